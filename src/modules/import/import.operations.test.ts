import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { describeEachDialect, rowCounts, type TestDatabase } from '../../../test/support/database.ts';
import { buildPersonInput } from '../../../test/support/factories.ts';
import type { OperationContext } from '../../core/context.ts';
import { isDocketError } from '../../core/errors.ts';
import { newId } from '../../core/ids.ts';
import { loadDemoDataset } from '../../demo/load-demo.ts';
import { exportRecords } from '../export/export.operations.ts';
import { exportableTypeNames } from '../export/exportable-types.ts';
import { createPerson, personKind } from '../persons/person.operations.ts';
import { listRecordRevisions } from '../records/record.operations.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { describeImport, type ImportInput, importRecords } from './import.operations.ts';
import type { ImportRowError } from './import-rows.ts';

const NOW = new Date('2025-03-01T10:00:00Z');

async function exportText(ctx: OperationContext, type: string): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await exportRecords(ctx, { type, format: 'json' }, output);
  return Buffer.concat(chunks).toString('utf8');
}

async function badRows(work: Promise<unknown>): Promise<ImportRowError[]> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isDocketError(error)) throw new Error(`expected a DocketError, got ${String(error)}`);
  expect(error.title).toBe('The file has invalid rows');
  return error.extensions.rows as ImportRowError[];
}

/** Rows of every table an import of persons or cases can touch. */
async function counts(database: TestDatabase) {
  const cases = await database.db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return { ...(await rowCounts(database)), cases: Number(cases.n) };
}

const csv = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

const detentionMapping = (values: Record<string, Record<string, string>> = {}) => ({
  columns: {
    'No.': 'ref',
    'Full name': 'title',
    'Person ID': 'victimId',
    'Date detained': 'timeline.0.date',
    Type: 'caseType',
    Country: 'country',
    Public: 'isPublished',
    'Internal note': null,
  },
  values: {
    caseType: { Detention: 'arbitrary-detention', ...values.caseType },
    country: { Uzbekistan: 'UZ', Kazakhstan: 'KZ' },
  },
  defaults: { 'timeline.0.kind': 'arrest' },
});

describeEachDialect('import', (db) => {
  it('reports every bad row of a messy detentions sheet with its row and column, and writes nothing', async () => {
    const ctx = db().context();
    const a = await createPerson(ctx, buildPersonInput({ names: [{ text: 'Жанболат Мамай' }] }));
    const b = await createPerson(ctx, buildPersonInput({ names: [{ text: 'Otabek Sattoriy' }] }));
    const missing = newId();
    const header = 'No.,Full name,Person ID,Date detained,Type,Country,Public,Internal note';
    const text = csv([
      header,
      `D-1,Detention of Mamai,${a.id},2022-03,Detention,Kazakhstan,false,`,
      `D-2,Detention of Sattoriy,${b.id},29.01.2021,detention,Uzbekistan,,call back`,
      `D-3,Beaten in custody,${a.id},2022,Beating,KZ,,`,
      `D-1,Copy of row 2,${b.id},2021-01-29,Detention,UZ,,`,
      `D-5,Unknown victim,${missing},2021,Detention,UZ,,`,
      `D-6,Published?,${b.id},2021,Detention,UZ,perhaps,`,
    ]);
    const before = await counts(db());
    const input: ImportInput = { type: 'cases', format: 'csv', text, mapping: detentionMapping() };
    const rows = await badRows(importRecords(ctx, input));
    expect(rows.map(({ row, column }) => [row, column])).toEqual([
      [3, 'Date detained'],
      [4, 'Type'],
      [5, 'No.'],
      [6, 'Person ID'],
      [7, 'Public'],
    ]);
    expect(rows[0]?.message).toBe('must be a date as YYYY, YYYY-MM or YYYY-MM-DD');
    expect(rows[1]?.message).toMatch(/arbitrary-detention/);
    expect(rows[2]?.message).toBe('is already on row 2 of this file');
    expect(rows[3]?.message).toBe(`no person with id ${missing}`);
    expect(rows[4]?.message).toMatch(/boolean/);
    expect(await counts(db())).toEqual(before);

    // The unknown vocabulary value is fixed through the mapping, the rest in the sheet.
    const fixed = csv([
      header,
      `D-1,Detention of Mamai,${a.id},2022-03,Detention,Kazakhstan,false,`,
      `D-2,Detention of Sattoriy,${b.id},2021-01-29,detention,Uzbekistan,,call back`,
      `D-3,Beaten in custody,${a.id},2022,Beating,KZ,,`,
    ]);
    const mapping = detentionMapping({ caseType: { Beating: 'torture' } });
    const again = { ...input, text: fixed, mapping };
    const dry = await importRecords(ctx, { ...again, dryRun: true });
    expect(describeImport(dry)).toBe('would create 3, update 0, leave 0 unchanged');
    expect(await counts(db())).toEqual(before);
    const done = await importRecords(ctx, again);
    expect(describeImport(done)).toBe('created 3, updated 0, left 0 unchanged');
    expect((await counts(db())).cases).toBe(before.cases + 3);
    const second = await importRecords(ctx, again);
    expect(describeImport(second)).toBe('created 0, updated 0, left 3 unchanged');
    expect(await importRecords(ctx, { ...again, dryRun: true })).toMatchObject({ unchanged: 3 });
  });

  it('creates, leaves unchanged, and turns a changed row into an update with a revision', async () => {
    const ctx = db().context();
    const names = (text: string) => JSON.stringify(JSON.stringify([{ text }])).replaceAll('\\"', '""');
    const sheet = (birth: string) =>
      csv([
        'ref,names,birthDate,occupations,notes',
        `p-1,${names('Азиз Намунов')},1990,"[""blogger""]","'=1+2"`,
        `p-2,${names('Aziz Namunov')},${birth},,""`,
      ]);
    const first = await importRecords(ctx, { type: 'persons', format: 'csv', text: sheet('1988') });
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const stored = await exportText(ctx, 'persons');
    expect(stored).toContain('"notes":"=1+2"');
    expect(stored).toContain('"notes":""');
    expect(stored).toContain('"script":"Cyrl"');
    const before = await counts(db());
    expect(await importRecords(ctx, { type: 'persons', format: 'csv', text: sheet('1988') })).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(await counts(db())).toEqual(before);
    const changed = await importRecords(ctx, { type: 'persons', format: 'csv', text: sheet('1988-03') });
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const updated = changed.rows.find((row) => row.action === 'update');
    expect(updated).toMatchObject({ row: 3, ref: 'p-2' });
    const history = await listRecordRevisions(ctx, personKind, updated?.id ?? '');
    expect(history.map((r) => r.action)).toEqual(['create', 'update']);
    expect(history[1]?.changes).toEqual([{ field: 'birthDate', from: '1988', to: '1988-03' }]);
  });

  it('leaves the database as it was when a write fails half-way', async () => {
    const ctx = db().context();
    let inserts = 0;
    const failing: RecordKind<object> = {
      ...(personKind as unknown as RecordKind<object>),
      async insert(trx, meta, fields) {
        inserts += 1;
        if (inserts === 3) throw new Error('disk full');
        await personKind.insert(trx, meta, fields as Parameters<typeof personKind.insert>[2]);
      },
    };
    const records = [1, 2, 3, 4].map((n) => ({ ref: `p-${n}`, names: [{ text: `Person ${n}` }] }));
    const before = await counts(db());
    const input = { type: 'persons', format: 'json', text: JSON.stringify(records) };
    await expect(importRecords(ctx, input, { kind: failing })).rejects.toThrow('disk full');
    expect(inserts).toBe(3);
    expect(await counts(db())).toEqual(before);
    expect(await importRecords(ctx, input)).toMatchObject({ created: 4 });
  });

  it('imports a JSON export back unchanged, for every type, and exports it identically', async () => {
    const ctx = db().context({ clock: () => NOW });
    await loadDemoDataset(ctx);
    const before = await counts(db());
    for (const type of exportableTypeNames) {
      const text = await exportText(ctx, type);
      const result = await importRecords(ctx, { type, format: 'json', text });
      const total = (JSON.parse(text) as { count: number }).count;
      expect(result, type).toMatchObject({ created: 0, updated: 0, unchanged: total });
      expect(await exportText(ctx, type), type).toBe(text);
    }
    expect(await counts(db())).toEqual(before);
  });

  it('refuses a bad mapping, a file of another type, unknown columns and broken files', async () => {
    const ctx = db().context();
    const attempt = (input: Partial<ImportInput>) =>
      importRecords(ctx, { type: 'persons', format: 'csv', text: 'names\r\n', ...input }).then(
        () => null,
        (error: unknown) => (isDocketError(error) ? { title: error.title, errors: error.errors } : error),
      );
    expect(await attempt({ mapping: { columns: { 'Full name': 'fullName' } } })).toMatchObject({
      title: 'Invalid mapping',
      errors: [
        {
          path: 'columns.Full name',
          message: expect.stringMatching(/^"fullName" is not a field of persons/),
        },
      ],
    });
    expect(await attempt({ mapping: { defaults: { 'names.0.nick': 'x' } } })).toMatchObject({
      errors: [{ path: 'defaults.names.0.nick', message: 'names has no member 0.nick' }],
    });
    expect(await attempt({ text: 'Full name\r\nA\r\n' })).toMatchObject({
      title: 'The file has invalid rows',
      errors: [
        { path: 'row 1, "Full name"', message: expect.stringMatching(/is not a field of persons/) },
        { path: 'row 2, "names"', message: 'is required' },
      ],
    });
    const wrongType = JSON.stringify({ docket: { type: 'cases' }, records: [], count: 0 });
    expect(await attempt({ format: 'json', text: wrongType })).toMatchObject({
      title: 'The file cannot be read',
    });
    const cut = JSON.stringify({ docket: { type: 'persons' }, records: [], count: 3 });
    expect(await attempt({ format: 'json', text: cut })).toMatchObject({ title: 'The file cannot be read' });
    expect(await attempt({ text: 'names\r\n"unclosed\r\n' })).toMatchObject({
      title: 'The file cannot be read',
    });
    expect(await attempt({ format: 'xml' })).toMatchObject({ errors: [{ path: 'format' }] });
  });
});
