import { expect, it } from 'vitest';
import { describeEachDialect, rowCounts } from '../../../test/support/database.ts';
import { isDocketError } from '../../core/errors.ts';
import { type ImportProgress, importRecords } from './import.operations.ts';
import type { ImportRowError } from './import-rows.ts';

const csv = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

const persons = (count: number, name = (n: number) => `Person ${n}`) =>
  csv(['ref,names.0.text', ...Array.from({ length: count }, (_, i) => `p-${i + 1},${name(i + 1)}`)]);

/** The file in pieces of `size` bytes, as a stream delivers it (multi-byte characters split too). */
async function* pieces(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function problemOf(work: Promise<unknown>) {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isDocketError(error)) throw new Error(`expected a DocketError, got ${String(error)}`);
  return { detail: error.detail, rows: error.extensions.rows as ImportRowError[] };
}

describeEachDialect('streamed import', (db) => {
  it('reads a file delivered in small pieces exactly as the whole text, batch after batch', async () => {
    const text = persons(23, (n) => `Жанболат Мамай ${n}`);
    const ctx = db().context();
    const progress: ImportProgress[] = [];
    const result = await importRecords(
      ctx,
      { type: 'persons', format: 'csv', chunks: pieces(text, 7) },
      { batchSize: 5, onProgress: (p) => progress.push(p) },
    );
    expect(result).toMatchObject({ created: 23, updated: 0, unchanged: 0, rowsNotListed: 0 });
    expect(progress.map((p) => p.rows)).toEqual([5, 10, 15, 20, 23]);
    expect(progress.at(-1)?.bytes).toBe(Buffer.byteLength(text));
    const again = await importRecords(ctx, { type: 'persons', format: 'csv', text }, { batchSize: 4 });
    expect(again).toMatchObject({ created: 0, unchanged: 23 });
  });

  it('finds every bad row across batches, a ref repeated in another batch among them, and writes nothing', async () => {
    const ctx = db().context();
    const before = await rowCounts(db());
    const text = csv([
      'ref,names.0.text,birthDate',
      'p-1,A,1980',
      'p-2,B,1980-13',
      'p-3,C,',
      'p-1,D,',
      'p-5,,',
    ]);
    const { detail, rows } = await problemOf(
      importRecords(ctx, { type: 'persons', format: 'csv', text }, { batchSize: 2 }),
    );
    expect(detail).toBe('3 rows have errors; nothing was imported');
    expect(rows.map(({ row, column }) => [row, column])).toEqual([
      [3, 'birthDate'],
      [5, 'ref'],
      [6, 'names.0.text'],
    ]);
    expect(rows[1]?.message).toBe('is already on row 2 of this file');
    expect(await rowCounts(db())).toEqual(before);
  });

  it('lets a row refer by ref to a record an earlier row of the same file creates', async () => {
    const ctx = db().context();
    const text = csv([
      'No.,Name,Kind,Country,Refused by,Refused on',
      'ministry,Ministry of Justice,state-body,KZ,,',
      'ngo-1,Ar.Rukh.Khak,ngo,KZ,ministry,2021-05',
      'ngo-2,Human Rights Bureau,ngo,KZ,ministry,2022',
    ]);
    const mapping = {
      columns: {
        'No.': 'ref',
        Name: 'names.0.text',
        Kind: 'kind',
        Country: 'country',
        'Refused by': 'registrations.0.authorityId',
        'Refused on': 'registrations.0.date',
      },
      defaults: { 'registrations.0.status': 'refused' },
      refs: { 'registrations.0.authorityId': 'organizations' },
    };
    const input = { type: 'organizations', format: 'csv', text, mapping };
    const preview = await importRecords(ctx, { ...input, dryRun: true });
    expect(preview).toMatchObject({ dryRun: true, created: 3 });
    expect(preview.rows.map((row) => row.id)).toEqual([null, null, null]);
    expect(await rowCounts(db())).toMatchObject({ organizations: 0, revisions: 0 });

    const result = await importRecords(ctx, input);
    expect(result).toMatchObject({ created: 3 });
    const ministry = result.rows[0]?.id;
    const stored = await ctx.db.selectFrom('organizations').select(['ref', 'body']).orderBy('ref').execute();
    expect(stored.map((row) => row.ref)).toEqual(['ministry', 'ngo-1', 'ngo-2']);
    expect(stored.filter((row) => JSON.stringify(row.body).includes(ministry ?? '?'))).toHaveLength(2);
    expect(await importRecords(ctx, input)).toMatchObject({ created: 0, unchanged: 3 });
  });

  it('says a row refers to a ref the file has not created yet, and writes nothing', async () => {
    const ctx = db().context();
    const text = csv([
      'ref,names.0.text,kind,registrations.0.authorityId,registrations.0.status,registrations.0.date',
      'ngo-1,NGO,ngo,ministry,refused,2021',
      'ministry,Ministry,state-body,,,',
    ]);
    const mapping = { refs: { 'registrations.0.authorityId': 'organizations' } };
    const { rows } = await problemOf(
      importRecords(ctx, { type: 'organizations', format: 'csv', text, mapping }),
    );
    expect(rows).toEqual([
      { row: 2, column: 'registrations.0.authorityId', message: 'no organization with ref "ministry"' },
    ]);
    expect(await rowCounts(db())).toMatchObject({ organizations: 0 });
  });

  it('summarizes a large import instead of listing every row', async () => {
    const ctx = db().context();
    const result = await importRecords(ctx, { type: 'persons', format: 'csv', text: persons(10_005) });
    expect(result).toMatchObject({ created: 10_005, rowsNotListed: 5 });
    expect(result.rows).toHaveLength(10_000);
  });
});
