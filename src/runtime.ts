import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadAuditKey } from './audit-key.ts';
import type { Config } from './config.ts';
import { type OperationContext, operator } from './core/context.ts';
import type { Keyring } from './core/secret-box.ts';
import { type DocketDatabase, migrateToLatest, openDatabase } from './db/database.ts';
import { fileStoreFor } from './db/file-store.ts';
import { createDemoUsers, describeDemoCredentials } from './demo/demo-users.ts';
import { demoLoader, describeDemoLoad, isDatabaseEmpty, loadDemoDataset } from './demo/load-demo.ts';
import { citableKinds } from './modules/citations/citable-kinds.ts';
import { sealOutstanding } from './modules/records/key-rotation.ts';
import { ensureSearchIndex } from './modules/search/search-rebuild.ts';
import { loadKeyring } from './secret-keys.ts';
import { buildApp } from './server/app.ts';
import { builtWebRoot } from './server/web-app.ts';

/** The SQLite file under the data directory. */
export function sqlitePathOf(config: Config): string {
  return join(config.dataDir, 'docket.sqlite');
}

/**
 * Opens the configured database (SQLite under the data directory unless a PostgreSQL URL is set),
 * encrypted with DOCKET_DATABASE_KEY if it is set (SQLite only; PostgreSQL ignores it).
 */
export function openConfiguredDatabase(config: Config): DocketDatabase {
  if (config.databaseUrl) return openDatabase({ url: config.databaseUrl });
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const path = sqlitePathOf(config);
  const database = openDatabase({ sqlitePath: path, key: config.databaseKey });
  // Evidence about victims and witnesses: readable by the operator only (SQLite copies this mode to
  // the -wal and -shm files it creates).
  chmodSync(path, 0o600);
  return database;
}

/**
 * Opens and migrates the database, runs `work` as the local operator, and always closes it. The
 * keyring is the configured one unless given (`docket keys rotate` brings its own).
 */
export async function withOperatorContext<T>(
  config: Config,
  work: (ctx: OperationContext) => Promise<T>,
  keyring?: Keyring,
): Promise<T> {
  const database = openConfiguredDatabase(config);
  try {
    await migrateToLatest(database);
    return await work({
      actor: operator,
      db: database.db,
      dialect: database.dialect,
      clock: () => new Date(),
      keyring: keyring ?? loadKeyring({ env: process.env, dataDir: config.dataDir }),
      auditKey: loadAuditKey({ env: process.env, dataDir: config.dataDir }),
      files: fileStoreFor(config.dataDir),
    });
  } finally {
    await database.close();
  }
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function startServer(config: Config): Promise<RunningServer> {
  const database = openConfiguredDatabase(config);
  try {
    const applied = await migrateToLatest(database);
    const keyring = loadKeyring({ env: process.env, dataDir: config.dataDir });
    const auditKey = loadAuditKey({ env: process.env, dataDir: config.dataDir });
    const app = await buildApp({
      database,
      keyring,
      auditKey,
      logger: { level: config.logLevel },
      isHttps: config.isHttps,
      publicUrl: config.publicUrl,
      webRoot: builtWebRoot(),
      files: fileStoreFor(config.dataDir),
    });
    if (applied.length > 0) app.log.info({ migrations: applied }, 'database migrated');
    const ctx = {
      actor: demoLoader,
      db: database.db,
      dialect: database.dialect,
      clock: () => new Date(),
      keyring,
      auditKey,
    };
    const sealed = await sealOutstanding(ctx, Object.values(citableKinds));
    if (sealed > 0) app.log.info({ records: sealed }, 'secret values of older records encrypted');
    // After sealing, so no secret value is ever read into the index.
    const indexed = await ensureSearchIndex(ctx, Object.values(citableKinds));
    if (indexed !== null) app.log.info({ records: indexed }, 'search index built');
    if (config.loadDemo && (await isDatabaseEmpty(ctx))) {
      // The accounts first, so the demo's follow-up tasks have their owners.
      const credentials = await createDemoUsers(ctx);
      // Printed once, to the console only: never logged, never stored in clear.
      if (credentials) process.stdout.write(`${describeDemoCredentials(credentials)}\n`);
      const demo = await loadDemoDataset(ctx);
      app.log.info({ demo: demo.added }, describeDemoLoad(demo));
    }
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return {
      app,
      url: `http://localhost:${port}`,
      async close() {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
