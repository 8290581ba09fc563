import ExcelJS from 'exceljs';
import type { CsvCell } from './csv.ts';

/**
 * The first worksheet of an XLSX file as the same table of cells the CSV reader gives: row 1 is the
 * header, and table row n is spreadsheet row n, so errors name the row a spreadsheet shows. Cells
 * become text for the cell reader: numbers and booleans as written, dates Excel stores as dates as
 * YYYY-MM-DD, rich text joined, hyperlinks as their text, formulas as their last result, empty as null.
 */

export class XlsxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

export async function readXlsx(data: Uint8Array): Promise<CsvCell[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new XlsxReadError(error instanceof Error ? error.message : String(error));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new XlsxReadError('the workbook has no worksheet');
  const width = sheet.columnCount;
  const table: CsvCell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: CsvCell[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(cellText(row.getCell(c).value));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    table.push(cells);
  }
  return table;
}

/** One cell's value as text, or null when it is empty. */
export function cellText(value: ExcelJS.CellValue | undefined): CsvCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('') || null;
  if ('hyperlink' in value) return cellText(value.text);
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  return null;
}
