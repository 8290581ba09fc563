import { resolve } from 'node:path';
import { z } from 'zod';
import { DocketError } from './core/errors.ts';
import { fieldErrorsFromIssues } from './core/validation.ts';

/** Settings read from the environment; see "Configuration" in the README. */
const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a port number')
    .min(0, 'must be a port number')
    .max(65_535, 'must be a port number')
    .default(8080),
  DOCKET_DATA_DIR: z.string().min(1).default('./data'),
  DOCKET_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DOCKET_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DOCKET_DEMO: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
});

export interface Config {
  port: number;
  /** Loopback only until accounts and access control exist. */
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['DOCKET_LOG_LEVEL'];
  /** Whether the server loads the demo dataset when it finds an empty database. */
  loadDemo: boolean;
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
    host: '127.0.0.1',
    dataDir: resolve(values.DOCKET_DATA_DIR),
    databaseUrl: values.DOCKET_DATABASE_URL,
    logLevel: values.DOCKET_LOG_LEVEL,
    loadDemo: values.DOCKET_DEMO === 'on',
  };
}
