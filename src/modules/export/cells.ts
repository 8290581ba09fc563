/**
 * How a record becomes one spreadsheet row (CSV and XLSX alike), and how a CSV row is written.
 *
 * Layout (import reads it back with the record type's schema at hand):
 * - one column per top-level key of the record, meta first (see `ExportableType.columns`);
 * - strings, numbers and booleans as they are; null as an empty cell;
 * - arrays and objects (names, timeline, claims…) as compact JSON in the cell.
 *
 * CSV (RFC 4180): UTF-8 with a byte-order mark so Excel reads Cyrillic correctly, CRLF line ends,
 * a field quoted when it holds a comma, a quote, CR or LF. Null is an empty field and the empty
 * string is `""`, so the two stay apart. A text cell that a spreadsheet would run as a formula
 * (starting with = + - @ tab or CR, after any apostrophes) gets one leading apostrophe; import
 * removes exactly one apostrophe from a cell matching /^'+[=+\-@\t\r]/, so the guard is reversible.
 */

export type CellValue = string | number | boolean | null;

export const CSV_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

/** A record's value as one cell: scalars as they are, arrays and objects as compact JSON. */
export function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** The cells of a record in the given column order. */
export function rowCells(record: object, columns: readonly string[]): CellValue[] {
  const values = record as Record<string, unknown>;
  return columns.map((column) => cellValue(values[column]));
}

const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Prefixes text a spreadsheet would run as a formula with an apostrophe (see the module comment). */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field. Only text is guarded: numbers, booleans and JSON cannot start a formula. */
export function csvField(value: CellValue, options: { isJson?: boolean } = {}): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = options.isJson ? value : guardFormula(value);
  return text === '' || NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, CRLF-terminated. */
export function csvRow(values: readonly string[]): string {
  return `${values.join(',')}${CSV_LINE_END}`;
}

/** A record as one CSV line in the given column order. */
export function csvRecord(record: object, columns: readonly string[]): string {
  const values = record as Record<string, unknown>;
  return csvRow(
    columns.map((column) => {
      const raw = values[column];
      return csvField(cellValue(raw), { isJson: typeof raw === 'object' && raw !== null });
    }),
  );
}
