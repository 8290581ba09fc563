import { resolve } from 'node:path';
import { z } from 'zod';
import { DocketError } from './core/errors.ts';
import { fieldErrorsFromIssues } from './core/validation.ts';

/** The shortest DOCKET_DATABASE_KEY accepted. */
export const DATABASE_KEY_MIN_LENGTH = 16;

/** Settings read from the environment; see "Configuration" in the README. */
const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a port number')
    .min(0, 'must be a port number')
    .max(65_535, 'must be a port number')
    .default(8080),
  // Empty counts as unset, so `HOST=` in an env file cannot bind every interface by accident.
  HOST: z
    .union([z.literal('').transform(() => undefined), z.ipv4(), z.ipv6(), z.hostname()], {
      error: 'must be an IP address or a host name',
    })
    .optional(),
  DOCKET_DATA_DIR: z.string().min(1).default('./data'),
  DOCKET_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  // A passphrase, never echoed: zod's messages do not include the input. Empty counts as unset.
  DOCKET_DATABASE_KEY: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .min(DATABASE_KEY_MIN_LENGTH, {
        message: `must be at least ${DATABASE_KEY_MIN_LENGTH} characters (a long random passphrase, e.g. \`openssl rand -base64 32\`)`,
      })
      .optional(),
  ),
  DOCKET_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DOCKET_DEMO: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  DOCKET_HTTPS: z.enum(['on', 'off'], { message: 'must be on or off' }).default('off'),
  DOCKET_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://docket.example.org' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

/** Only this machine reaches the server unless the operator decides otherwise. */
export const DEFAULT_HOST = '127.0.0.1';

export interface Config {
  port: number;
  /** The address to listen on: loopback unless HOST says otherwise. */
  host: string;
  /**
   * Whether clients reach the server over HTTPS (a TLS-terminating proxy in front); Docket then sends
   * Strict-Transport-Security. Set, not detected: X-Forwarded-Proto could come from anyone.
   */
  isHttps: boolean;
  dataDir: string;
  databaseUrl: string | undefined;
  /**
   * DOCKET_DATABASE_KEY: the passphrase the SQLite file is encrypted with, if any (ignored on
   * PostgreSQL, which relies on the server's disk encryption). Never log or print it.
   */
  databaseKey: string | undefined;
  logLevel: z.infer<typeof envSchema>['DOCKET_LOG_LEVEL'];
  /** Whether the server loads the demo dataset when it finds an empty database. */
  loadDemo: boolean;
  /** The address users open, for invitation and reset links: DOCKET_PUBLIC_URL, else localhost. */
  publicUrl: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new DocketError({
      type: 'validation',
      title: 'Invalid configuration',
      detail: 'fix these environment variables',
      errors: fieldErrorsFromIssues(parsed.error.issues),
    });
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST ?? DEFAULT_HOST,
    isHttps: values.DOCKET_HTTPS === 'on',
    dataDir: resolve(values.DOCKET_DATA_DIR),
    databaseUrl: values.DOCKET_DATABASE_URL,
    databaseKey: values.DOCKET_DATABASE_KEY,
    logLevel: values.DOCKET_LOG_LEVEL,
    loadDemo: values.DOCKET_DEMO === 'on',
    publicUrl: values.DOCKET_PUBLIC_URL ?? `http://localhost:${values.PORT}`,
  };
}

/** Whether `host` can only be reached from this machine (`0.0.0.0` and `::` are every interface). */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
