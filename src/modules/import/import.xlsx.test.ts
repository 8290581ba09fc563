import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { describeEachDialect, rowCounts } from '../../../test/support/database.ts';
import { isDocketError } from '../../core/errors.ts';
import { listPersons } from '../persons/person.operations.ts';
import { importRecords } from './import.operations.ts';
import type { ImportRowError } from './import-rows.ts';
import { cellText, readXlsx } from './xlsx.ts';

const MAPPING = {
  columns: { 'No.': 'ref', 'Full name': 'names.0.text', Born: 'birthDate', Occupation: 'occupations.0' },
  values: { 'occupations.0': { Blogger: 'blogger', Journalist: 'journalist' } },
};

type Cell = string | number | Date | null;

/** A workbook as a spreadsheet user makes it: first sheet, header row, then the rows as given. */
async function workbook(rows: ReadonlyArray<ReadonlyArray<Cell>>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('People');
  rows.forEach((cells, i) => {
    cells.forEach((value, c) => {
      if (value !== null) sheet.getCell(i + 1, c + 1).value = value;
    });
  });
  book.addWorksheet('Ignored').getCell(1, 1).value = 'not read';
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const HEADER = ['No.', 'Full name', 'Born', 'Occupation'];

describe('readXlsx', () => {
  it('reads cells as the CSV reader would give them', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('One');
    sheet.addRow(['a', 'b', 'c', 'd', 'e', 'f']);
    sheet.addRow([
      'Азиз',
      42.5,
      new Date(Date.UTC(2021, 0, 29)),
      { richText: [{ text: 'Мам' }, { text: 'ай', font: { bold: true } }] },
      { formula: '1+1', result: 2 },
      true,
    ]);
    sheet.addRow([]);
    sheet.addRow([null, { text: 'link', hyperlink: 'https://example.org' }]);
    const table = await readXlsx(new Uint8Array(await book.xlsx.writeBuffer()));
    expect(table).toEqual([
      ['a', 'b', 'c', 'd', 'e', 'f'],
      ['Азиз', '42.5', '2021-01-29', 'Мамай', '2', 'true'],
      [],
      [null, 'link'],
    ]);
    expect(cellText('')).toBeNull();
    expect(cellText(undefined)).toBeNull();
  });

  it('refuses bytes that are not a workbook', async () => {
    await expect(readXlsx(new TextEncoder().encode('No.,Full name\r\n'))).rejects.toThrow();
  });
});

describeEachDialect('import from XLSX', (db) => {
  it('imports a sheet like the same CSV, and names the spreadsheet row of a bad one', async () => {
    const ctx = db().context();
    const bad = await workbook([
      HEADER,
      ['P-1', 'Жанболат Мамай', new Date(Date.UTC(1990, 4, 17)), 'Journalist'],
      [null, null, null, null],
      ['P-2', 'Otabek Sattoriy', '29.01.1979', 'Poet'],
    ]);
    const before = await rowCounts(db());
    const refused = await importRecords(ctx, {
      type: 'persons',
      format: 'xlsx',
      data: bad,
      mapping: MAPPING,
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    if (!isDocketError(refused)) throw new Error('expected the sheet to be refused');
    const rows = refused.extensions.rows as ImportRowError[];
    expect(rows.map(({ row, column }) => [row, column])).toEqual([
      [4, 'Born'],
      [4, 'Occupation'],
    ]);
    expect(await rowCounts(db())).toEqual(before);

    const good = await workbook([
      HEADER,
      ['P-1', 'Жанболат Мамай', new Date(Date.UTC(1990, 4, 17)), 'Journalist'],
      ['P-2', 'Otabek Sattoriy', null, 'Blogger'],
    ]);
    const input = { type: 'persons', format: 'xlsx', data: good, mapping: MAPPING };
    expect(await importRecords(ctx, input)).toMatchObject({ created: 2, rows: [{ row: 2 }, { row: 3 }] });
    const listed = await listPersons(ctx, { limit: 10 });
    const born = Object.fromEntries(listed.items.map((p) => [p.ref, [p.birthDate, p.occupations]]));
    expect(born).toEqual({ 'P-1': ['1990-05-17', ['journalist']], 'P-2': [null, ['blogger']] });
    expect(listed.items.find((p) => p.ref === 'P-1')?.names[0]).toMatchObject({
      text: 'Жанболат Мамай',
      script: 'Cyrl',
    });

    const text = `${HEADER.join(',')}\r\nP-1,Жанболат Мамай,1990-05-17,Journalist\r\nP-2,Otabek Sattoriy,,Blogger\r\n`;
    const asCsv = await importRecords(ctx, { type: 'persons', format: 'csv', text, mapping: MAPPING });
    expect(asCsv).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await importRecords(ctx, input)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('refuses a file that is not XLSX with a readable problem', async () => {
    const data = new TextEncoder().encode('ref\r\nP-1\r\n');
    await expect(importRecords(db().context(), { type: 'persons', format: 'xlsx', data })).rejects.toThrow(
      'The file cannot be read',
    );
  });
});
