import { DocketError } from '../../core/errors.ts';
import { CsvSyntaxError, csvRecords } from './csv.ts';
import type { ImportMapping, ImportTarget } from './import-mapping.ts';
import {
  type ImportRowError,
  readJsonRecord,
  type SheetReader,
  type SourceRow,
  sheetReader,
} from './import-rows.ts';
import { JsonReadError, jsonRecords } from './json-records.ts';
import { XlsxReadError, xlsxRows } from './xlsx.ts';

/**
 * The rows of an import file, read as a stream: the file is decoded and parsed a chunk at a time
 * and handed on in batches, so a 100 MB file is never held whole. Bad cells are added to `errors`
 * as they are met; a file that cannot be read at all (broken CSV quoting, invalid JSON, the wrong
 * record type) stops the import with one problem.
 */

export type ImportFormat = 'json' | 'csv' | 'xlsx';
export type Chunks = AsyncIterable<Uint8Array | string>;

export interface SourceBatches {
  format: ImportFormat;
  type: string;
  target: ImportTarget;
  mapping: ImportMapping;
  chunks: Chunks;
  batchSize: number;
}

export async function* sourceBatches(
  source: SourceBatches,
  errors: ImportRowError[],
): AsyncGenerator<SourceRow[]> {
  const rows = source.format === 'json' ? jsonSourceRows(source, errors) : sheetSourceRows(source, errors);
  let batch: SourceRow[] = [];
  try {
    for await (const row of rows) {
      batch.push(row);
      if (batch.length >= source.batchSize) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    throw readError(error);
  }
  if (batch.length > 0) yield batch;
}

async function* jsonSourceRows(source: SourceBatches, errors: ImportRowError[]): AsyncGenerator<SourceRow> {
  let row = 0;
  for await (const records of jsonRecords(source.chunks, source.type)) {
    for (const record of records) {
      row += 1;
      const read = readJsonRecord(source.target, source.mapping, record, row, errors);
      if (read) yield read;
    }
  }
}

async function* sheetSourceRows(source: SourceBatches, errors: ImportRowError[]): AsyncGenerator<SourceRow> {
  let reader: SheetReader | undefined;
  for await (const { row, cells } of numberedRows(source)) {
    if (!reader) {
      // The first row is the header; a sheet whose row 1 is empty has no named columns. Rows are
      // still read after a bad header, so the user sees what else the file would need.
      reader = sheetReader(source.target, source.mapping, row === 1 ? cells : []);
      errors.push(...reader.headerErrors);
      if (row === 1) continue;
    }
    const read = reader.readRow(cells, row, errors);
    if (read) yield read;
  }
}

/** Spreadsheet rows with their numbers: a CSV's n-th record is row n, an XLSX row keeps its own. */
async function* numberedRows(
  source: SourceBatches,
): AsyncGenerator<{ row: number; cells: ReadonlyArray<string | null> }> {
  if (source.format === 'xlsx') {
    for await (const rows of xlsxRows(source.chunks)) yield* rows;
    return;
  }
  let row = 0;
  for await (const records of csvRecords(source.chunks)) {
    for (const cells of records) {
      row += 1;
      yield { row, cells };
    }
  }
}

function readError(error: unknown): unknown {
  if (error instanceof CsvSyntaxError) return fileError(`Not valid CSV: ${error.message}`);
  if (error instanceof XlsxReadError) return fileError(`Not a readable XLSX file: ${error.message}`);
  if (error instanceof JsonReadError) return fileError(error.message);
  return error;
}

export function fileError(message: string): DocketError {
  return new DocketError({ type: 'validation', title: 'The file cannot be read', detail: message });
}

/** `row 7, "Date detained"`: where a spreadsheet user finds the problem. */
export function rowLocation(error: ImportRowError): string {
  return error.column ? `row ${error.row}, "${error.column}"` : `row ${error.row}`;
}

/** The problem for a file with bad rows: each error listed, and how many rows there were. */
export function invalidRows(errors: readonly ImportRowError[], badRows?: number, unlisted = 0): DocketError {
  const rows = badRows ?? new Set(errors.map((error) => error.row)).size;
  const more = unlisted > 0 ? `; the first ${errors.length} errors are listed, ${unlisted} more are not` : '';
  return new DocketError({
    type: 'validation',
    title: 'The file has invalid rows',
    detail: `${rows} ${rows === 1 ? 'row has' : 'rows have'} errors; nothing was imported${more}`,
    errors: errors.map((error) => ({ path: rowLocation(error), message: error.message })),
    extensions: { rows: errors },
  });
}
