import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { parseCsv } from '../../../test/support/csv.ts';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildPersonInput } from '../../../test/support/factories.ts';
import type { OperationContext } from '../../core/context.ts';
import { isDocketError } from '../../core/errors.ts';
import { loadDemoDataset } from '../../demo/load-demo.ts';
import { createPerson } from '../persons/person.operations.ts';
import { disclose } from '../records/disclosure.ts';
import { CSV_BOM } from './cells.ts';
import { type ExportInput, type ExportOptions, exportRecords } from './export.operations.ts';
import { exportableTypeNames, exportableTypes } from './exportable-types.ts';

type Json = Record<string, unknown>;

async function run(ctx: OperationContext, input: ExportInput, options: ExportOptions = {}) {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const { count } = await exportRecords(ctx, input, output, options);
  return { count, buffer: Buffer.concat(chunks) };
}

async function exportJson(ctx: OperationContext, type: string, filters: Json = {}, options?: ExportOptions) {
  const { count, buffer } = await run(ctx, { type, format: 'json', filters }, options);
  const parsed = JSON.parse(buffer.toString('utf8')) as { docket: Json; records: Json[]; count: number };
  expect(parsed.count).toBe(count);
  expect(parsed.records).toHaveLength(count);
  return parsed;
}

/** Every record the listing returns, page by page, as the reference an export must match. */
/** Every record the listing returns, as disclosed to the caller (without their abilities). */
async function listAll(ctx: OperationContext, type: string, filters: Json = {}): Promise<object[]> {
  const exportable = exportableTypes[type];
  if (!exportable) throw new Error(`no type ${type}`);
  const items: object[] = [];
  let cursor: string | undefined;
  do {
    const page = await exportable.list(ctx, { ...filters, limit: 200, ...(cursor ? { cursor } : {}) });
    const disclosed = await disclose(ctx, exportable.kind, page.items);
    items.push(...disclosed.map(({ abilities: _abilities, ...record }) => record));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/** What import will do with a CSV cell, guided by the value the JSON export holds. */
function readCell(cell: string | null, like: unknown): unknown {
  if (cell === null) return null;
  if (typeof like === 'number') return Number(cell);
  if (typeof like === 'boolean') return cell === 'true';
  if (typeof like === 'object' && like !== null) return JSON.parse(cell);
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

async function rejection(work: Promise<unknown>): Promise<{ type: string; paths: string[] }> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isDocketError(error)) throw new Error(`expected a DocketError, got ${String(error)}`);
  return { type: error.type, paths: error.errors.map((e) => e.path) };
}

describeEachDialect('export', (db) => {
  const demo = async () => {
    const ctx = db().context();
    await loadDemoDataset(ctx);
    return ctx;
  };

  it('exports every record of every type as JSON, exactly as the listing returns it', async () => {
    const ctx = await demo();
    for (const type of exportableTypeNames) {
      const json = await exportJson(ctx, type);
      expect(json.docket).toMatchObject({
        type,
        formatVersion: 1,
        exportedAt: expect.any(String),
        filters: {},
      });
      const listed = await listAll(ctx, type);
      expect(listed.length, type).toBeGreaterThan(0);
      expect(json.records, type).toEqual(listed);
      for (const record of json.records)
        expect(Object.keys(record).sort(), type).toEqual([...(exportableTypes[type]?.columns ?? [])].sort());
    }
    const cases = await exportJson(ctx, 'cases');
    expect(cases.records.some((record) => 'derived' in record)).toBe(false);
  });

  it('writes CSV with a BOM, CRLF, the columns as header and one row per record that reads back exactly', async () => {
    const ctx = await demo();
    for (const type of exportableTypeNames) {
      const json = await exportJson(ctx, type);
      const { buffer, count } = await run(ctx, { type, format: 'csv' });
      const text = buffer.toString('utf8');
      expect(text.startsWith(CSV_BOM), type).toBe(true);
      expect(text.endsWith('\r\n'), type).toBe(true);
      const [header, ...rows] = parseCsv(text.slice(CSV_BOM.length));
      const columns = exportableTypes[type]?.columns ?? [];
      expect(header, type).toEqual(columns);
      expect(rows, type).toHaveLength(count);
      expect(count, type).toBe(json.records.length);
      rows.forEach((row, i) => {
        const record = json.records[i] ?? {};
        const back = Object.fromEntries(columns.map((c, j) => [c, readCell(row[j] ?? null, record[c])]));
        expect(back, `${type} row ${i + 1}`).toEqual(record);
      });
    }
    const persons = (await run(ctx, { type: 'persons', format: 'csv' })).buffer.toString('utf8');
    expect(persons).toContain('Жанболат Мамай');
  });

  it('guards CSV cells a spreadsheet would run as formulas, and keeps null apart from empty text', async () => {
    const ctx = db().context();
    const notes = ['=HYPERLINK("http://x","y")', '+1', '-1', '@SUM(A1)', "'=already", 'plain, "quoted"', ''];
    for (const [i, note] of notes.entries()) {
      await createPerson(ctx, buildPersonInput({ notes: note, ref: `p${i}` }));
    }
    await createPerson(ctx, buildPersonInput({ notes: null, ref: 'p-null' }));
    const { buffer } = await run(ctx, { type: 'persons', format: 'csv', filters: { sort: 'createdAt' } });
    const text = buffer.toString('utf8');
    const [header, ...rows] = parseCsv(text.slice(CSV_BOM.length));
    const column = header?.indexOf('notes') ?? -1;
    expect(rows.map((row) => row[column])).toEqual([
      '\'=HYPERLINK("http://x","y")',
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "''=already",
      'plain, "quoted"',
      '',
      null,
    ]);
    expect(text).toContain(',"\'=HYPERLINK(""http://x"",""y"")",');
  });

  it('writes XLSX with the same columns, a bold frozen header and typed cells', async () => {
    const ctx = await demo();
    await createPerson(ctx, buildPersonInput({ notes: '=1+2', ref: 'formula' }));
    const json = await exportJson(ctx, 'persons');
    const { buffer, count } = await run(ctx, { type: 'persons', format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('persons');
    if (!sheet) throw new Error('no persons sheet');
    expect(sheet.rowCount).toBe(count + 1);
    const columns = exportableTypes.persons?.columns ?? [];
    const header = sheet.getRow(1);
    expect(columns.map((_, j) => header.getCell(j + 1).value)).toEqual(columns);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    json.records.forEach((record, i) => {
      const row = sheet.getRow(i + 2);
      const back = Object.fromEntries(
        columns.map((c, j) => {
          const value = row.getCell(j + 1).value;
          const like = record[c];
          return [c, typeof like === 'object' && like !== null ? JSON.parse(String(value)) : value];
        }),
      );
      expect(back).toEqual(record);
    });
    const notes = columns.indexOf('notes') + 1;
    const formula = json.records.findIndex((record) => record.ref === 'formula') + 2;
    expect(sheet.getRow(formula).getCell(notes).type).toBe(ExcelJS.ValueType.String);
    expect(JSON.stringify(json.records)).toContain('Жанболат Мамай');
  });

  it('applies the listing filters: cases in Uzbekistan only', async () => {
    const ctx = await demo();
    const all = await exportJson(ctx, 'cases');
    const uz = await exportJson(ctx, 'cases', { country: 'UZ' });
    expect(uz.records.length).toBeGreaterThan(0);
    expect(uz.records.length).toBeLessThan(all.records.length);
    expect(uz.records.every((record) => record.country === 'UZ')).toBe(true);
    expect(uz.records).toEqual(await listAll(ctx, 'cases', { country: 'UZ' }));
    expect(uz.docket.filters).toEqual({ country: 'UZ' });
    const inCustody = await exportJson(ctx, 'cases', { country: 'UZ', inCustodyOn: '2022-12-01' });
    expect(inCustody.records).toEqual(
      await listAll(ctx, 'cases', { country: 'UZ', inCustodyOn: '2022-12-01' }),
    );
  });

  it('walks every page: more records than one page of 200, and the same with tiny pages', async () => {
    const ctx = db().context();
    for (let i = 0; i < 205; i += 1) {
      await createPerson(ctx, buildPersonInput({ ref: `bulk-${String(i).padStart(3, '0')}` }));
    }
    const json = await exportJson(ctx, 'persons');
    expect(json.count).toBe(205);
    expect(new Set(json.records.map((record) => record.id)).size).toBe(205);
    const progress: number[] = [];
    const small = await exportJson(ctx, 'persons', {}, { pageSize: 50, onProgress: (n) => progress.push(n) });
    expect(small.records).toEqual(json.records);
    expect(progress).toEqual([50, 100, 150, 200, 205]);
  });

  it('exports an empty listing as an empty but complete file', async () => {
    const ctx = db().context();
    const json = await exportJson(ctx, 'cases');
    expect(json).toMatchObject({ records: [], count: 0 });
    const csv = (await run(ctx, { type: 'cases', format: 'csv' })).buffer.toString('utf8');
    expect(parseCsv(csv.slice(1))).toEqual([exportableTypes.cases?.columns]);
  });

  it('stops with an error, without crashing, when the reader goes away half-way', async () => {
    const ctx = await demo();
    for (const format of ['json', 'csv', 'xlsx']) {
      const output = new PassThrough();
      output.once('data', () => output.destroy());
      const attempt = exportRecords(ctx, { type: 'citations', format }, output, { pageSize: 5 });
      await expect(attempt, format).rejects.toThrow(/closed before the export finished/);
    }
  });

  it('refuses an unknown type, a bad format and bad filters before writing anything', async () => {
    const ctx = db().context();
    const attempt = (input: ExportInput) => rejection(run(ctx, input));
    expect(await attempt({ type: 'secrets', format: 'json' })).toEqual({
      type: 'not-found',
      paths: ['type'],
    });
    expect(await attempt({ type: 'constructor', format: 'json' })).toMatchObject({ type: 'not-found' });
    expect(await attempt({ type: 'cases', format: 'pdf' })).toEqual({
      type: 'validation',
      paths: ['format'],
    });
    const filter = (filters: Json) => attempt({ type: 'cases', format: 'csv', filters });
    expect(await filter({ country: 'Uzbekistan' })).toEqual({ type: 'validation', paths: ['country'] });
    expect(await filter({ colour: 'red' })).toEqual({ type: 'validation', paths: ['colour'] });
    expect(await filter({ cursor: 'x', limit: '5' })).toEqual({
      type: 'validation',
      paths: ['cursor', 'limit'],
    });
  });
});
