import { expect, it } from 'vitest';
import { describeEachDialect, type TestDatabase } from '../../../test/support/database.ts';
import { readJson } from '../../db/codec.ts';
import { createPerson } from '../persons/person.operations.ts';
import { BULK_CHUNK } from './import.bulk-write.ts';
import { importRecords } from './import.operations.ts';

const NOW = new Date('2025-03-01T10:00:00Z');
const NAMES = ['Жанболат Мамай', 'Otabek Sattoriy', 'Айгуль Ахмедова', 'Gulnara Karimova'];
const OCCUPATIONS = ['journalist', 'blogger', '', 'lawyer'];
const GENDERS = ['female', 'male', '', 'unknown', 'other'];
const BORN = ['', '1980', '1975-04', '1990-12-31'];

/** More rows than one bulk chunk, so the chunk boundary is crossed; P-3 exists and is updated. */
function personsCsv(rows: number): string {
  const lines = ['ref,names.0.text,birthDate,occupations.0,gender'];
  for (let i = 1; i <= rows; i++) {
    const at = <T>(list: readonly T[]) => list[i % list.length];
    lines.push(`P-${i},${at(NAMES)} ${i},${at(BORN)},${at(OCCUPATIONS)},${at(GENDERS)}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Every row an import of persons writes, keyed by ref instead of the ids that must differ. */
async function stored(database: TestDatabase) {
  const persons = await database.db.selectFrom('persons').selectAll().orderBy('ref').execute();
  const refOf = new Map(persons.map((p) => [p.id, p.ref]));
  const byRef = (id: string) => refOf.get(id) ?? `unknown ${id}`;
  const names = await database.db.selectFrom('person_names').selectAll().execute();
  const occupations = await database.db.selectFrom('person_occupations').selectAll().execute();
  const revisions = await database.db.selectFrom('revisions').selectAll().execute();
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    persons: persons.map(({ id: _id, ...row }) => row),
    names: sorted(names.map(({ person_id, ...row }) => ({ person: byRef(person_id), ...row }))),
    occupations: sorted(occupations.map(({ person_id, ...row }) => ({ person: byRef(person_id), ...row }))),
    revisions: sorted(
      revisions.map(({ id: _id, record_id, snapshot, changes, ...row }) => {
        const { id: snapshotId, ...rest } = readJson(snapshot) as Record<string, unknown>;
        return {
          ...row,
          record: byRef(record_id),
          snapshotOf: typeof snapshotId === 'string' ? byRef(snapshotId) : null,
          snapshot: rest,
          changes: readJson(changes),
        };
      }),
    ),
  };
}

/** Empties what a persons import writes, so the second import starts from the same database. */
async function clear(database: TestDatabase): Promise<void> {
  for (const table of ['revisions', 'person_occupations', 'person_names', 'persons'] as const) {
    await database.db.deleteFrom(table).execute();
  }
}

describeEachDialect('bulk import', (db) => {
  it('writes exactly the records and revisions that one createRecord per row writes', async () => {
    const rows = BULK_CHUNK + 7;
    const text = personsCsv(rows);
    const results = [];
    for (const bulk of [false, true]) {
      await clear(db());
      const ctx = db().context({ clock: () => NOW });
      await createPerson(ctx, { ref: 'P-3', names: [{ text: 'Old name' }] });
      const result = await importRecords(ctx, { type: 'persons', format: 'csv', text }, { bulk });
      expect(result).toMatchObject({ created: rows - 1, updated: 1, unchanged: 0 });
      expect(result.rows.every((row) => typeof row.id === 'string')).toBe(true);
      results.push(await stored(db()));
    }
    const [viaRows, viaBulk] = results;
    expect(viaBulk?.persons).toHaveLength(rows);
    expect(viaBulk?.revisions).toHaveLength(rows + 1);
    expect(viaBulk).toEqual(viaRows);
  });

  it('keeps a row order of ids: each imported row reports the id of the record it created', async () => {
    const ctx = db().context({ clock: () => NOW });
    const result = await importRecords(ctx, { type: 'persons', format: 'csv', text: personsCsv(5) });
    const persons = await ctx.db.selectFrom('persons').select(['id', 'ref']).execute();
    const idOf = new Map(persons.map((p) => [p.ref, p.id]));
    expect(result.rows.map((row) => row.id)).toEqual(result.rows.map((row) => idOf.get(row.ref ?? '')));
  });
});
