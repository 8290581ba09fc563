import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, describe, inject } from 'vitest';
import { type Actor, type Dialect, type OperationContext, operator } from '../../src/core/context.ts';
import { type DocketDatabase, migrateToLatest, openDatabase } from '../../src/db/database.ts';

/**
 * Every test gets a fresh, migrated database: in-memory SQLite, or its own schema in the run's
 * throwaway PostgreSQL cluster (dropped afterwards).
 */
export interface TestDatabase extends DocketDatabase {
  context(options?: { actor?: Actor; clock?: () => Date }): OperationContext;
}

export async function openTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const database =
    dialect === 'sqlite' ? openDatabase({ sqlitePath: ':memory:' }) : await openPostgresSchema();
  await migrateToLatest(database);
  return {
    ...database,
    context: (options = {}) => ({
      actor: options.actor ?? operator,
      db: database.db,
      dialect: database.dialect,
      clock: options.clock ?? (() => new Date()),
    }),
  };
}

async function openPostgresSchema(): Promise<DocketDatabase> {
  const url = inject('postgresUrl');
  if (!url) throw new Error('PostgreSQL is not available in this run');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create schema ${schema}`);
  const database = openDatabase({ url, postgresSchema: schema, poolSize: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      await adminQuery(url, `drop schema ${schema} cascade`);
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
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
