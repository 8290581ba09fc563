/**
 * A migrated template database on the run's PostgreSQL server, built once by test/global-setup.ts.
 * Running every migration costs about half a second per test on PostgreSQL; `create database … template`
 * copies the migrated files in a fraction of that, so each test's database is a copy of this one
 * (test/support/database.ts). Nothing may connect to it while it is copied: only global setup does.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateToLatest, openDatabase } from '../../src/db/database.ts';

/** A name no other test (or concurrent run on a shared server) uses, for a schema or database. */
export const scratchName = (prefix: string): string => `${prefix}_${randomBytes(6).toString('hex')}`;

/** Runs one statement on its own connection to the PostgreSQL server at `url` (an admin URL). */
export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Drops database `name` once its connections are gone. A closed pool's connections linger for a
 * moment after `end()` resolves; `with (force)` would terminate them, and each would then raise an
 * uncaught error in the test's process. Force is only for a connection still open after 5 s (a leak).
 */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      const { rows } = await client.query<{ n: number }>(
        'select count(*)::int as n from pg_stat_activity where datname = $1',
        [name],
      );
      if (rows[0]?.n === 0) break;
      await new Promise((wait) => setTimeout(wait, 10));
    }
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the server at `adminUrl`. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface PostgresTemplate {
  name: string;
  drop(): Promise<void>;
}

/** Creates a database, migrates it to the latest schema and closes every connection to it. */
export async function createMigratedTemplate(adminUrl: string): Promise<PostgresTemplate> {
  const name = scratchName('docket_template');
  await adminQuery(adminUrl, `create database ${name}`);
  const drop = () => dropDatabase(adminUrl, name);
  try {
    const database = openDatabase({ url: databaseUrl(adminUrl, name), poolSize: 1 });
    try {
      await migrateToLatest(database);
    } finally {
      await database.close();
    }
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, drop };
}
