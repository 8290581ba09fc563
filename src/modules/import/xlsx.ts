import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CsvCell } from './csv.ts';

/**
 * The first worksheet of an XLSX file as the same table of cells the CSV reader gives: row 1 is the
 * header, and table row n is spreadsheet row n, so errors name the row a spreadsheet shows. Cells
 * become text for the cell reader: numbers and booleans as written, dates Excel stores as dates as
 * YYYY-MM-DD, rich text joined, hyperlinks as their text, formulas as their last result, empty as null.
 * `readXlsx` loads the whole workbook; `xlsxRows` streams the first worksheet for large files.
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

export interface XlsxRow {
  /** The spreadsheet's row number: 1 is the header. */
  row: number;
  cells: CsvCell[];
}

export const XLSX_BATCH_SIZE = 1000;

const STREAM_OPTIONS = {
  sharedStrings: 'cache',
  hyperlinks: 'ignore',
  styles: 'cache',
  worksheets: 'emit',
  entries: 'emit',
} as const;

/**
 * The first worksheet's rows as `readXlsx` gives them, read from a stream in batches, with their
 * spreadsheet row numbers; rows without a value are left out. Differences from `readXlsx` come from
 * exceljs's streaming reader, which keeps only a number as a formula's result: a formula that gives
 * TRUE or FALSE reads as 1 or 0, and one that gives an error (#N/A) reads as empty.
 */
export async function* xlsxRows(
  input: AsyncIterable<Uint8Array | string> | NodeJS.ReadableStream,
): AsyncGenerator<XlsxRow[]> {
  const chunks = bytesOf(input);
  const first = await chunks.next();
  // exceljs waits forever on an empty stream, so an empty file is refused before it starts.
  if (first.done) throw new XlsxReadError('the file is empty');
  const source = Readable.from(prepend(first.value, chunks), { objectMode: false });
  // exceljs waits on the part it is reading, and hears neither of a source that fails (a cut
  // connection: a pipe does not pass errors on) nor of an unzipper that fails (a file cut short,
  // while a part is still open): every read below also ends when either fails.
  let fail: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failed.catch(() => undefined);
  let sourceError: unknown;
  source.once('error', (error) => {
    sourceError = error;
    fail(error);
  });
  mendUnzipper(source, fail);
  const next = <T>(iterator: AsyncIterator<T>) => {
    const step = iterator.next();
    // A step left waiting when the source fails may still fail later, with no one to hear it.
    step.catch(() => undefined);
    return Promise.race([step, failed]);
  };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, STREAM_OPTIONS);
  const sheets = reader[Symbol.asyncIterator]();
  let found = false;
  let chosen: unknown;
  try {
    for (let sheet = await next(sheets); !sheet.done; sheet = await next(sheets)) {
      if (found || !isFirstSheet(reader, sheet.value)) {
        close(Reflect.get(sheet.value, 'iterator'));
        continue;
      }
      found = true;
      chosen = Reflect.get(sheet.value, 'iterator');
      Reflect.set(sheet.value, 'iterator', asText(chosen));
      const date1904 = usesDate1904(reader);
      const rows = sheet.value[Symbol.asyncIterator]();
      let batch: XlsxRow[] = [];
      for (let row = await next(rows); !row.done; row = await next(rows)) {
        const cells = rowCells(row.value, date1904);
        if (cells.length > 0) batch.push({ row: row.value.number, cells });
        if (batch.length >= XLSX_BATCH_SIZE) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    }
  } catch (error) {
    if (error === sourceError || error instanceof XlsxReadError) throw error;
    throw new XlsxReadError(unzipMessage(error instanceof Error ? error.message : String(error)));
  } finally {
    source.destroy();
    // Left early, a sheet parked in a temporary file would hold the file open.
    close(chosen);
  }
  if (!found) throw new XlsxReadError('the workbook has no worksheet');
}

/** The unzipper's terse messages in words a user can act on. */
function unzipMessage(message: string): string {
  if (message.startsWith('invalid signature')) return 'the file is not an XLSX workbook, or it is damaged';
  if (message === 'FILE_ENDED') return 'the file ends too soon; it may be cut short';
  return message;
}

/**
 * Watches the unzipper that exceljs pipes the source into (unzipper 0.10, which hands out the zip's
 * parts as 'data') for its errors, and mends two faults of exceljs 4.4 and of the unzipper.
 *
 * exceljs turns each chunk of a part into text on its own, so a character cut by a chunk boundary
 * becomes U+FFFD (exceljs issues #2063, #2084; the fixes were never merged): in a large file some
 * Cyrillic names would come out garbled. Its XML parser takes text as it is, so each XML part is
 * made text as the unzipper hands it out, and a sheet exceljs parked in a temporary file is decoded
 * by `asText` as it is read back.
 *
 * The unzipper emits 'end' by hand as soon as it has read all its input, whether or not it has
 * handed out every part and found the zip's end. exceljs stops at that 'end': it misses parts still
 * waiting because it was busy with an earlier one (about one read in 500: workbook.xml, which
 * exceljs writes last, then fails as "reading 'sheets'"), and takes a file cut short for a whole
 * one. That 'end' is dropped: after the zip's last record the stream's own 'end' follows once every
 * part is out, and a file cut short fails with FILE_ENDED.
 */
function mendUnzipper(source: Readable, fail: (error: unknown) => void): void {
  const pipe = source.pipe.bind(source);
  source.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
    destination.on('error', fail);
    // prependListener, unlike on('data'), does not start the flow that exceljs paces itself.
    destination.prependListener('data', (part: unknown) => {
      const path: unknown = part instanceof Readable ? Reflect.get(part, 'path') : undefined;
      if (part instanceof Readable && typeof path === 'string' && /\.(xml|rels)$/.test(path)) {
        part.setEncoding('utf8');
      }
    });
    if (destination instanceof Readable) {
      const emit = destination.emit.bind(destination);
      destination.emit = (event: string | symbol, ...args: unknown[]): boolean => {
        // The stream's own 'end' marks itself ended before it is emitted; the hand-made one does not.
        return event === 'end' && !destination.readableEnded ? false : emit(event, ...args);
      };
    }
    return pipe(destination, options);
  };
}

/** A sheet's chunks as text, decoded across chunk boundaries; text chunks pass as they are. */
async function* asText(chunks: unknown): AsyncGenerator<string> {
  if (!isAsyncIterable(chunks)) throw new XlsxReadError('the worksheet cannot be read');
  const decoder = new TextDecoder();
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') yield chunk;
    else if (chunk instanceof Uint8Array) yield decoder.decode(chunk, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

async function* bytesOf(
  input: AsyncIterable<Uint8Array | string> | NodeJS.ReadableStream,
): AsyncGenerator<Buffer> {
  for await (const chunk of input) {
    if (typeof chunk === 'string') throw new XlsxReadError('the file was read as text, not as bytes');
    if (chunk.length > 0) yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
}

/** `first`, then the rest; closing it early closes `rest`, and so the caller's stream. */
async function* prepend<T>(first: T, rest: AsyncGenerator<T>): AsyncGenerator<T> {
  yield first;
  yield* rest;
}

type SheetReader = ExcelJS.stream.xlsx.WorksheetReader;

/**
 * Whether a worksheet is the workbook's first tab, as `readXlsx` picks it. exceljs gives a sheet
 * the tab's id when it could tie the sheet's file to a tab; one it could not is taken as it comes.
 */
function isFirstSheet(reader: ExcelJS.stream.xlsx.WorkbookReader, sheet: SheetReader): boolean {
  // Before workbook.xml is read the model is not there yet, whatever the type says.
  const tabs: ExcelJS.WorksheetModel[] | undefined = reader.model?.sheets;
  const id: unknown = Reflect.get(sheet, 'id');
  const firstTab = tabs?.[0];
  return firstTab === undefined || typeof id !== 'number' || id === firstTab.id;
}

/**
 * Lets a sheet's chunks go unread. A sheet exceljs parked in a temporary file comes as a file stream,
 * which holds the file open until closed; exceljs removes the file as soon as the sheet is passed
 * over, maybe before the stream has opened it, so the stream's failing to open is expected.
 */
function close(chunks: unknown): void {
  if (!(chunks instanceof Readable)) return;
  chunks.on('error', () => undefined);
  chunks.destroy();
}

/** Whether the workbook counts dates from 1904 (old Mac Excel); the streaming reader keeps it here. */
function usesDate1904(reader: ExcelJS.stream.xlsx.WorkbookReader): boolean {
  const properties: unknown = Reflect.get(reader, 'properties');
  const model: unknown =
    typeof properties === 'object' && properties ? Reflect.get(properties, 'model') : null;
  return typeof model === 'object' && model !== null && Reflect.get(model, 'date1904') === true;
}

function rowCells(row: ExcelJS.Row, date1904: boolean): CsvCell[] {
  const cells: CsvCell[] = [];
  for (let c = 1; c <= row.cellCount; c += 1) cells.push(cellText(streamedValue(row.getCell(c), date1904)));
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
}

/**
 * A cell's value as `readXlsx` would have it. The streaming reader leaves a formula's result a
 * number even when the cell shows a date, and a result that is not a number as NaN.
 */
function streamedValue(cell: ExcelJS.Cell, date1904: boolean): ExcelJS.CellValue {
  const { value } = cell;
  if (typeof value !== 'object' || value === null || !('formula' in value || 'sharedFormula' in value)) {
    return value;
  }
  const { result } = value;
  if (typeof result !== 'number') return value;
  if (!Number.isFinite(result)) return null;
  return isDateFormat(cell.numFmt) ? excelDate(result, date1904) : value;
}

/** exceljs's test for a date format: a date or time letter outside quoted text and [brackets]. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A serial day number as exceljs turns it into a date (days since 1899-12-30, or 1904-01-01). */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}
