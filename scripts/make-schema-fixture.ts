/**
 * Writes test/fixtures/databases/<latest migration>.sqlite: a small database at the current schema,
 * plus a JSON file of what it holds. Run once per released schema, before adding the next
 * migration; the fixture is then kept, and test/migrations.test.ts checks that every later schema
 * still opens it without loss.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operator } from '../src/core/context.ts';
import { migrateToLatest, openDatabase } from '../src/db/database.ts';
import { migrationNames } from '../src/db/migrations/index.ts';
import { citeSource } from '../src/modules/citations/citation.operations.ts';
import { createPerson, personKind, updatePerson } from '../src/modules/persons/person.operations.ts';
import { deleteRecord } from '../src/modules/records/record.operations.ts';
import { createSource } from '../src/modules/sources/source.operations.ts';
import { exportFixtureContents } from '../test/support/fixture-contents.ts';

const name = migrationNames().at(-1) ?? 'empty';
const dir = mkdtempSync(join(tmpdir(), 'docket-fixture-'));
const file = join(dir, 'fixture.sqlite');
const database = openDatabase({ sqlitePath: file });
await migrateToLatest(database);
let tick = Date.parse('2024-03-01T09:00:00Z');
const ctx = {
  actor: operator,
  db: database.db,
  dialect: database.dialect,
  clock: () => {
    tick += 60_000;
    return new Date(tick);
  },
};
const person = await createPerson(ctx, {
  ref: 'fixture-person-1',
  names: [
    { text: 'Жанболат Мамай', language: 'kk' },
    { text: 'Zhanbolat Mamay', kind: 'alias' },
  ],
  birthDate: '1988',
  occupations: ['journalist'],
  consentBasis: 'public-record',
});
await updatePerson(ctx, person.id, { version: 1, notes: 'Fixture note — ұ қ ә ө' });
const removed = await createPerson(ctx, { names: [{ text: 'Deleted Person' }] });
await deleteRecord(ctx, personKind, removed.id, 1);
const source = await createSource(ctx, { kind: 'letter', title: 'Fixture letter', publishedOn: '2023-02' });
await citeSource(ctx, {
  sourceId: source.id,
  recordType: 'person',
  recordId: person.id,
  field: 'birthDate',
  summary: 'Gives the year of birth (summary)',
});
const contents = await exportFixtureContents(database.db);
await database.close();

const target = new URL(`../test/fixtures/databases/${name}`, import.meta.url).pathname;
copyFileSync(file, `${target}.sqlite`);
writeFileSync(`${target}.json`, `${JSON.stringify(contents, null, 2)}\n`);
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`wrote ${target}.sqlite and .json\n`);
