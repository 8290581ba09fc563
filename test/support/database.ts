import { afterEach, beforeEach, describe, inject } from 'vitest';
import { type Actor, type Dialect, type OperationContext, operator } from '../../src/core/context.ts';
import { keyringOf, secretKeyFrom } from '../../src/core/secret-box.ts';
import { type DocketDatabase, migrateToLatest, openDatabase } from '../../src/db/database.ts';
import { adminQuery, databaseUrl, dropDatabase, scratchName } from './postgres-template.ts';

export { adminQuery };

/** A fixed key for sealing secret values in tests (never a production key: it is in the source). */
export const TEST_KEYRING = keyringOf(secretKeyFrom(Buffer.alloc(32, 7)), []);
/** A fixed key for signing the audit head in tests. */
export const TEST_AUDIT_KEY = Buffer.alloc(32, 9);

/**
 * Every test gets a fresh, migrated database: in-memory SQLite, or on the run's PostgreSQL server a
 * database of its own (dropped afterwards).
 */
export interface TestDatabase extends DocketDatabase {
  context(options?: { actor?: Actor; clock?: () => Date }): OperationContext;
}

export async function openTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const database =
    dialect === 'sqlite' ? openDatabase({ sqlitePath: ':memory:' }) : await openPostgresDatabase();
  await migrateToLatest(database);
  return {
    ...database,
    context: (options = {}) => ({
      actor: options.actor ?? operator,
      db: database.db,
      dialect: database.dialect,
      clock: options.clock ?? (() => new Date()),
      keyring: TEST_KEYRING,
      auditKey: TEST_AUDIT_KEY,
    }),
  };
}

/**
 * A database of its own on the run's server, dropped at close: a copy of the run's migrated template
 * (test/support/postgres-template.ts), or without one (global setup could not migrate it) an empty
 * database that `openTestDatabase` migrates, so each test reports the migration's error. Not a schema
 * in a shared database: Kysely's migrator looks for its tables in every schema of the database, so
 * tests migrating side by side (one per worker) would take each other's for their own.
 */
async function openPostgresDatabase(): Promise<DocketDatabase> {
  const url = inject('postgresUrl');
  if (!url) throw new Error('PostgreSQL is not available in this run');
  const template = inject('postgresTemplate');
  const name = scratchName('t');
  await adminQuery(url, `create database ${name}${template ? ` template ${template}` : ''}`);
  const database = openDatabase({ url: databaseUrl(url, name), poolSize: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      await dropDatabase(url, name);
    },
  };
}

/** Creates an empty database on the server at `adminUrl`; `drop` removes it (see `dropDatabase`). */
export async function createScratchPostgresDatabase(
  adminUrl: string,
  prefix: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = scratchName(prefix);
  await adminQuery(adminUrl, `create database ${name}`);
  return {
    url: databaseUrl(adminUrl, name),
    drop: () => dropDatabase(adminUrl, name),
  };
}

export const postgresAvailable = (): boolean => inject('postgresUrl') !== null;

/**
 * Declares the suite once per dialect; the PostgreSQL copy is skipped (visibly) when the run has no
 * cluster, which global setup only allows outside CI.
 */
export function describeEachDialect(
  name: string,
  suite: (db: () => TestDatabase, dialect: Dialect) => void,
): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`${name} [${dialect}]`, () => {
      let current: TestDatabase | undefined;
      beforeEach(async () => {
        current = await openTestDatabase(dialect);
      });
      afterEach(async () => {
        await current?.close();
        current = undefined;
      });
      suite(() => {
        if (!current) throw new Error('the test database is opened in beforeEach');
        return current;
      }, dialect);
    });
  }
}

const COUNTED_TABLES = [
  'persons',
  'person_names',
  'person_occupations',
  'sources',
  'citations',
  'organizations',
  'events',
  'cases',
  'custody_intervals',
  'proceedings',
  'proceeding_cases',
  'legal_instruments',
  'indicators',
  'revisions',
] as const;
export type RowCounts = Record<(typeof COUNTED_TABLES)[number], number>;

/** How many rows each table holds, to show that a refused request wrote nothing. */
export async function rowCounts(database: TestDatabase): Promise<RowCounts> {
  const counts: Partial<RowCounts> = {};
  for (const table of COUNTED_TABLES) {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts as RowCounts;
}
