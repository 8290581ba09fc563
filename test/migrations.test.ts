import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, pendingMigrations } from '../src/db/database.ts';
import { exportFixtureContents } from './support/fixture-contents.ts';

const fixtures = new URL('./fixtures/databases/', import.meta.url).pathname;
const names = readdirSync(fixtures)
  .filter((file) => file.endsWith('.sqlite'))
  .map((file) => file.replace(/\.sqlite$/, ''));

describe('databases from every released schema', () => {
  it('include at least one released schema', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(names)('%s migrates to the latest schema without losing anything', async (name) => {
    const dir = mkdtempSync(join(tmpdir(), 'docket-migrate-'));
    const file = join(dir, 'copy.sqlite');
    copyFileSync(join(fixtures, `${name}.sqlite`), file);
    const database = openDatabase({ sqlitePath: file });
    try {
      await migrateToLatest(database);
      expect(await pendingMigrations(database)).toEqual([]);
      const expected = JSON.parse(readFileSync(join(fixtures, `${name}.json`), 'utf8')) as unknown;
      expect(await exportFixtureContents(database.db)).toEqual(expected);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
