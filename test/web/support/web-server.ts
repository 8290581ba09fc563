import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type OperationContext, operator } from '../../../src/core/context.ts';
import { type DocketDatabase, migrateToLatest, openDatabase } from '../../../src/db/database.ts';
import { FileStore } from '../../../src/db/file-store.ts';
import { demoLoader, loadDemoDataset } from '../../../src/demo/load-demo.ts';
import type { Role } from '../../../src/modules/access/access.schema.ts';
import { enrollFromTerminal } from '../../../src/modules/access/mfa.operations.ts';
import { createOrg, createUserWithPassword } from '../../../src/modules/access/user.operations.ts';
import type { Sensitivity } from '../../../src/modules/records/record.schema.ts';
import { buildApp } from '../../../src/server/app.ts';
import { builtWebRoot } from '../../../src/server/web-app.ts';
import { TEST_AUDIT_KEY, TEST_KEYRING } from '../../support/database.ts';

export const WEB_TEST_PASSWORD = 'correct horse battery staple';

export interface WebUser {
  id: string;
  email: string;
  password: string;
  /** Set when the user has MFA enrolled. */
  totpSecret?: string;
}

export interface WebServer {
  url: string;
  app: FastifyInstance;
  ctx: OperationContext;
  /** A user of the server's organization (made on first use of the name). */
  createUser(options: {
    email: string;
    role?: Role;
    clearance?: Sensitivity;
    withMfa?: boolean;
    org?: string;
  }): Promise<WebUser>;
  close(): Promise<void>;
}

/**
 * The real server with the built web app, on a fresh SQLite database in a temporary folder, listening
 * on a free loopback port: what a browser test drives. `demo` loads the demo dataset.
 */
export async function startWebServer(options: { demo?: boolean } = {}): Promise<WebServer> {
  const webRoot = builtWebRoot();
  if (!webRoot) throw new Error('web/dist has no build: the test run’s global setup builds it');
  const dir = mkdtempSync(join(tmpdir(), 'docket-web-test-'));
  const database: DocketDatabase = openDatabase({ sqlitePath: join(dir, 'docket.sqlite') });
  await migrateToLatest(database);
  const ctx: OperationContext = {
    actor: operator,
    db: database.db,
    dialect: database.dialect,
    clock: () => new Date(),
    keyring: TEST_KEYRING,
    auditKey: TEST_AUDIT_KEY,
    files: new FileStore(join(dir, 'files')),
  };
  if (options.demo) await loadDemoDataset({ ...ctx, actor: demoLoader });
  const files = new FileStore(join(dir, 'files'));
  const app = await buildApp({ database, keyring: TEST_KEYRING, auditKey: TEST_AUDIT_KEY, webRoot, files });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const orgs = new Map<string, string>();
  const orgId = async (name: string) => {
    const known = orgs.get(name);
    if (known) return known;
    const org = await createOrg(ctx, { name });
    orgs.set(name, org.id);
    return org.id;
  };
  return {
    url: address,
    app,
    ctx,
    async createUser({
      email,
      role = 'administrator',
      clearance = 'secret',
      withMfa = true,
      org = 'Web test coalition',
    }) {
      const user = await createUserWithPassword(
        ctx,
        { email, displayName: email.split('@')[0] ?? email, org: await orgId(org), role, clearance },
        WEB_TEST_PASSWORD,
      );
      const mfa = withMfa ? await enrollFromTerminal(ctx, user.id, email) : undefined;
      return { id: user.id, email, password: WEB_TEST_PASSWORD, ...(mfa ? { totpSecret: mfa.secret } : {}) };
    },
    async close() {
      await app.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
