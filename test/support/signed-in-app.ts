import type { FastifyInstance, InjectOptions } from 'fastify';
import { operator } from '../../src/core/context.ts';
import type { DocketDatabase } from '../../src/db/database.ts';
import type { Role, TokenScope } from '../../src/modules/access/access.schema.ts';
import { createApiToken } from '../../src/modules/access/token.operations.ts';
import { createOrg, createUserWithPassword } from '../../src/modules/access/user.operations.ts';
import type { Sensitivity } from '../../src/modules/records/record.schema.ts';
import { type AppOptions, buildApp } from '../../src/server/app.ts';
import { TEST_AUDIT_KEY, TEST_KEYRING } from './database.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface SignedInApp {
  app: FastifyInstance;
  userId: string;
  orgId: string;
  token: string;
}

/**
 * The real app with a real administrator and an API token of theirs, whose requests carry the token
 * unless they set their own `authorization` header — so suites about records need not sign in, and
 * suites about access can still send anonymous or other requests.
 */
export async function buildSignedInApp(
  options: AppOptions & { scope?: TokenScope; email?: string; role?: Role; clearance?: Sensitivity },
): Promise<SignedInApp> {
  const app = await buildApp({ keyring: TEST_KEYRING, auditKey: TEST_AUDIT_KEY, ...options });
  const clock = options.clock ?? (() => new Date());
  const ctx = { actor: operator, db: options.database.db, dialect: options.database.dialect, clock };
  const email = options.email ?? 'admin@example.org';
  const org = await createOrg(ctx, { name: `Test coalition ${email}` });
  const user = await createUserWithPassword(
    ctx,
    // Secret clearance, so record suites see every field unless they ask for less.
    { email, org: org.id, role: options.role ?? 'administrator', clearance: options.clearance ?? 'secret' },
    TEST_PASSWORD,
  );
  const { token } = await createApiToken(
    ctx,
    { id: user.id, role: user.role },
    { name: 'tests', scope: options.scope ?? 'admin', expiresInDays: 365 },
  );
  const inject = app.inject.bind(app);
  const withToken = (request: InjectOptions | string): InjectOptions => {
    const opts: InjectOptions = typeof request === 'string' ? { url: request } : request;
    const headers = { ...(opts.headers ?? {}) };
    if (!('authorization' in headers)) headers.authorization = `Bearer ${token}`;
    return { ...opts, headers };
  };
  // The instance keeps every other method; only inject adds the token.
  Object.assign(app, { inject: (request: InjectOptions | string) => inject(withToken(request)) });
  return { app, userId: user.id, orgId: org.id, token };
}

export type { DocketDatabase };
