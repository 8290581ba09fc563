import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Dialect } from '../core/context.ts';
import { DocketError } from '../core/errors.ts';
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
  /**
   * SQLite only: the passphrase the file is encrypted with (DOCKET_DATABASE_KEY); a new file is
   * created encrypted. PostgreSQL ignores it: use the server's disk encryption there.
   */
  key?: string | undefined;
}

export interface DocketDatabase {
  db: Kysely<Schema>;
  dialect: Dialect;
  close(): Promise<void>;
}

export function openDatabase(config: DatabaseConfig): DocketDatabase {
  if (config.url) return openPostgres(config.url, config);
  return openSqlite(config.sqlitePath ?? ':memory:', config.key);
}

/**
 * The cipher of an encrypted file: SQLite3 Multiple Ciphers' default, ChaCha20-Poly1305 (every page
 * authenticated, the WAL encrypted too), named here so that a change of the library's default cannot
 * make existing files unreadable.
 */
export const DATABASE_CIPHER = 'chacha20';

function openSqlite(path: string, key: string | undefined): DocketDatabase {
  const database = new BetterSqlite3(path);
  try {
    // The key has to be given before any statement reads the file. An in-memory database never
    // reaches the disk, and SQLite3 Multiple Ciphers refuses to key one.
    const keyed = key !== undefined && path !== ':memory:';
    if (keyed) applyKey(database, key);
    assertOpens(database, path, keyed);
    assertSqliteVersion(String(database.prepare('select sqlite_version() as v').pluck().get()));
    database.pragma('journal_mode = WAL');
    // The driver defaults to NORMAL, which can lose acknowledged commits on power loss.
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    // 64 MiB of page cache instead of 2 MiB: index pages of a large import or census stay in memory
    // rather than being re-read and spilled to the WAL on every random insert.
    database.pragma('cache_size = -65536');
    // Deleted and overwritten content is zeroed, not left in free pages: a purged value must go.
    database.pragma('secure_delete = ON');
    // SQLite3 Multiple Ciphers encrypts the database, its WAL and journals, but not temporary files
    // (large sorts, transient indexes, VACUUM): keep those in memory so no plaintext reaches the disk.
    if (keyed) database.pragma('temp_store = MEMORY');
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

/** Selects the cipher and gives the passphrase, bound as bytes: no quoting, never part of SQL text. */
export function applyKey(database: BetterSqlite3.Database, key: string): void {
  database.pragma(`cipher = '${DATABASE_CIPHER}'`);
  database.key(Buffer.from(key, 'utf8'));
}

/**
 * Reads the schema once, so a missing or wrong key fails here with a message that says so rather
 * than as SQLite's "file is not a database" on the first query.
 */
function assertOpens(database: BetterSqlite3.Database, path: string, keyed: boolean): void {
  try {
    database.prepare('select count(*) from sqlite_master').pluck().get();
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'SQLITE_NOTADB') throw error;
    const plaintext = isPlaintextSqliteFile(path);
    if (keyed && plaintext) {
      throw new DocketError({
        type: 'validation',
        title: `The database at ${path} is not encrypted`,
        detail: 'unset DOCKET_DATABASE_KEY, or encrypt it first with `docket db encrypt`',
      });
    }
    if (keyed) {
      throw new DocketError({ type: 'validation', title: `DOCKET_DATABASE_KEY does not open ${path}` });
    }
    throw new DocketError({
      type: 'validation',
      title: `The database at ${path} is encrypted`,
      detail: 'set DOCKET_DATABASE_KEY to its key',
    });
  }
}

/**
 * Encrypts the plaintext SQLite file at `path` in place with `key` (`docket db encrypt`). Nothing
 * else may have the file open: the WAL is folded in and the rewrite runs in rollback-journal mode,
 * the only mode in which SQLite3 Multiple Ciphers changes a key.
 */
export function encryptSqliteFile(path: string, key: string): void {
  assertFileExists(path);
  if (!isPlaintextSqliteFile(path)) {
    throw new DocketError({
      type: 'validation',
      title: `The database at ${path} is already encrypted`,
      detail: 'decrypt it first with `docket db decrypt` to change its key',
    });
  }
  rekeySqliteFile(path, undefined, key);
}

/** Decrypts the encrypted SQLite file at `path` in place (`docket db decrypt`); see `encryptSqliteFile`. */
export function decryptSqliteFile(path: string, key: string): void {
  assertFileExists(path);
  if (isPlaintextSqliteFile(path)) {
    throw new DocketError({ type: 'validation', title: `The database at ${path} is not encrypted` });
  }
  rekeySqliteFile(path, key, undefined);
}

function assertFileExists(path: string): void {
  if (!existsSync(path)) throw new DocketError({ type: 'not-found', title: `No database at ${path}` });
}

function rekeySqliteFile(path: string, from: string | undefined, to: string | undefined): void {
  const database = new BetterSqlite3(path, { fileMustExist: true });
  try {
    if (from !== undefined) applyKey(database, from);
    assertOpens(database, path, from !== undefined);
    try {
      database.pragma('journal_mode = DELETE');
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY') throw error;
      throw new DocketError({
        type: 'validation',
        title: `The database at ${path} is in use`,
        detail: 'stop the server and any other docket command first',
      });
    }
    database.pragma(`cipher = '${DATABASE_CIPHER}'`);
    const rc = database.rekey(Buffer.from(to ?? '', 'utf8'));
    if (rc !== 0) throw new Error(`Changing the encryption of ${path} failed (SQLite code ${rc})`);
    database.pragma('journal_mode = WAL');
  } finally {
    database.close();
  }
}

const SQLITE_HEADER = 'SQLite format 3\0';

/** Whether the file starts with SQLite's plaintext header (an encrypted file starts with its salt). */
export function isPlaintextSqliteFile(path: string): boolean {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return header.toString('latin1') === SQLITE_HEADER;
}

export function assertSqliteVersion(version: string): void {
  if (compareVersions(version, MINIMUM_SQLITE_VERSION) < 0) {
    throw new Error(
      `SQLite ${version} is too old: Docket needs ${MINIMUM_SQLITE_VERSION} or later ` +
        '(earlier versions can lose committed data in WAL mode). Reinstall better-sqlite3-multiple-ciphers 12.8 or later.',
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
