import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/database.ts';
import {
  assertSqliteVersion,
  compareVersions,
  databaseVersion,
  MINIMUM_SQLITE_VERSION,
  migrateToLatest,
  openDatabase,
  pendingMigrations,
} from './database.ts';

describe('SQLite setup', () => {
  it('opens a file database with WAL, synchronous=FULL, foreign keys and a busy timeout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docket-db-'));
    const database = openDatabase({ sqlitePath: join(dir, 'docket.sqlite') });
    try {
      const pragma = async (name: string) =>
        Object.values(
          (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(database.db)).rows[0] ?? {},
        )[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(2);
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
      expect(compareVersions(await databaseVersion(database), MINIMUM_SQLITE_VERSION)).toBeGreaterThanOrEqual(
        0,
      );
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an SQLite older than 3.51.3', () => {
    expect(() => assertSqliteVersion('3.51.2')).toThrow(/3\.51\.2 is too old/);
    expect(() => assertSqliteVersion('3.50.9')).toThrow(/too old/);
    expect(() => assertSqliteVersion('3.51.3')).not.toThrow();
    expect(() => assertSqliteVersion('3.53.2')).not.toThrow();
    expect(compareVersions('3.9', '3.10')).toBe(-1);
  });
});

describeEachDialect('migrations', (db) => {
  it('leave nothing pending and apply nothing the second time', async () => {
    expect(await pendingMigrations(db())).toEqual([]);
    expect(await migrateToLatest(db())).toEqual([]);
  });

  it('enforce foreign keys from child rows to their record', async () => {
    await expect(
      db()
        .db.insertInto('person_names')
        .values({
          person_id: 'missing',
          position: 0,
          text: 'x',
          folded: 'x',
          script: 'Latn',
          language: null,
          kind: 'primary',
        })
        .execute(),
    ).rejects.toThrow();
  });
});
