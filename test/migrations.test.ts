import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase, pendingMigrations } from '../src/db/database.ts';
import { exportFixtureContents } from './support/fixture-contents.ts';

type Row = Record<string, unknown>;

/**
 * Columns later migrations added, with the value every row from before them must get. An older
 * fixture's rows are compared on the fields it knew, and must hold these defaults for the rest.
 */
const ADDED_DEFAULTS: Row = {
  ownerOrgId: null,
  fieldSensitivity: {},
  sealed: null,
  contacts: [],
  whereabouts: null,
  clearance: 'internal',
  page: null,
};

/** The actual contents in the expected fixture's shape, after checking what was added is default. */
function asOfFixture(actual: Record<string, Row[]>, expected: Record<string, Row[]>) {
  // Record types added after the fixture's schema start out empty; the rest must hold what it held.
  for (const [list, rows] of Object.entries(actual)) {
    if (!(list in expected)) expect(rows, `${list}, new since the fixture`).toEqual([]);
  }
  return Object.fromEntries(
    Object.entries(actual)
      .filter(([list]) => list in expected)
      .map(([list, rows]) => [
        list,
        rows.map((row, i) => {
          const known = expected[list]?.[i];
          if (!known) return row;
          for (const key of Object.keys(row).filter((k) => !(k in known))) {
            expect(row[key], `${list}[${i}].${key}`).toEqual(ADDED_DEFAULTS[key]);
          }
          return Object.fromEntries(Object.keys(known).map((key) => [key, row[key]]));
        }),
      ]),
  );
}

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
      const expected = JSON.parse(readFileSync(join(fixtures, `${name}.json`), 'utf8')) as Record<
        string,
        Row[]
      >;
      const actual = (await exportFixtureContents(database.db)) as Record<string, Row[]>;
      expect(asOfFixture(actual, expected)).toEqual(expected);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
