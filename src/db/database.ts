import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Dialect } from '../core/context.ts';
import { migrationProvider } from './migrations/index.ts';
import type { Schema } from './schema.ts';
import { withStatementCache } from './sqlite-statement-cache.ts';
import { SqliteValuesPlugin } from './sqlite-values-plugin.ts';

/** SQLite before 3.51.3 can lose committed data in WAL mode under concurrent checkpoints. */
export const MINIMUM_SQLITE_VERSION = '3.51.3';

export interface DatabaseConfig {
  /** `postgres://…` selects PostgreSQL; otherwise SQLite at `sqlitePath`. */
  url?: string | undefined;
  /** SQLite file, or `:memory:`. */
  sqlitePath?: string;
  /** PostgreSQL schema to use as search_path (tests give each test its own). */
  postgresSchema?: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

export interface DocketDatabase {
  db: Kysely<Schema>;
  dialect: Dialect;
  close(): Promise<void>;
}

export function openDatabase(config: DatabaseConfig): DocketDatabase {
  if (config.url) return openPostgres(config.url, config);
  return openSqlite(config.sqlitePath ?? ':memory:');
}

function openSqlite(path: string): DocketDatabase {
  const database = new BetterSqlite3(path);
  try {
    assertSqliteVersion(String(database.prepare('select sqlite_version() as v').pluck().get()));
    database.pragma('journal_mode = WAL');
    // The driver defaults to NORMAL, which can lose acknowledged commits on power loss.
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    // 64 MiB of page cache instead of 2 MiB: index pages of a large import or census stay in memory
    // rather than being re-read and spilled to the WAL on every random insert.
    database.pragma('cache_size = -65536');
  } catch (error) {
    database.close();
    throw error;
  }
  const db = new Kysely<Schema>({
    dialect: new SqliteDialect({ database: withStatementCache(database) }),
    plugins: [new SqliteValuesPlugin()],
  });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

export function assertSqliteVersion(version: string): void {
  if (compareVersions(version, MINIMUM_SQLITE_VERSION) < 0) {
    throw new Error(
      `SQLite ${version} is too old: Docket needs ${MINIMUM_SQLITE_VERSION} or later ` +
        '(earlier versions can lose committed data in WAL mode). Reinstall better-sqlite3 12.8 or later.',
    );
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

const TIMESTAMPTZ_OID = 1184;
const TIMESTAMP_OID = 1114;

/** Timestamps come back as ISO strings on both dialects, so records compare equal across them. */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === TIMESTAMPTZ_OID || oid === TIMESTAMP_OID) {
      return (value: string) => new Date(value).toISOString();
    }
    return pg.types.getTypeParser(oid, format ?? 'text');
  },
} as pg.CustomTypesConfig;

function openPostgres(url: string, config: DatabaseConfig): DocketDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: config.poolSize ?? 10,
    types: pgTypes,
    ...(config.postgresSchema ? { options: `-c search_path=${config.postgresSchema}` } : {}),
  });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/** Applies every pending migration; returns the names applied. Throws with the failing name. */
export async function migrateToLatest(database: DocketDatabase): Promise<string[]> {
  const migrator = new Migrator({ db: database.db, provider: migrationProvider(database.dialect) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(
      `Database migration failed${name}: ${String(error instanceof Error ? error.message : error)}`,
      {
        cause: error,
      },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function pendingMigrations(database: DocketDatabase): Promise<string[]> {
  const migrator = new Migrator({ db: database.db, provider: migrationProvider(database.dialect) });
  const all = await migrator.getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

export async function databaseVersion(database: DocketDatabase): Promise<string> {
  const query =
    database.dialect === 'sqlite'
      ? sql<{ v: string }>`select sqlite_version() as v`
      : sql<{ v: string }>`show server_version`;
  const result = await query.execute(database.db);
  const row = result.rows[0] as Record<string, string> | undefined;
  return Object.values(row ?? {})[0] ?? 'unknown';
}
