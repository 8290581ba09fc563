import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { OperationContext } from '../../core/context.ts';
import { validationError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { appendAudit } from '../audit/audit.store.ts';
import { disclose } from '../records/disclosure.ts';
import { CSV_BOM, csvField, csvRecord, csvRow, rowCells } from './cells.ts';
import { type ExportableType, findExportableType } from './exportable-types.ts';

/**
 * Export of every record of one type that matches a listing's filters, streamed: the module's own
 * list operation is walked page by page (cursor pagination), so memory stays flat however many
 * records there are, and the filters and their validation are exactly the API's.
 */

export const exportFormatSchema = z.enum(['json', 'csv', 'xlsx']).describe('json, csv or xlsx');
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** Bumped when the JSON layout changes, so an import can tell which layout it reads. */
export const EXPORT_FORMAT_VERSION = 1;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The list parameters the export itself sets while walking the pages. */
const PAGING_PARAMS = ['cursor', 'limit'] as const;
export const MAX_PAGE_SIZE = 200;

export interface ExportInput {
  /** Plural record type: `cases`. */
  type: string;
  format: string;
  /** The listing's query parameters (as strings, like a query string), without cursor and limit. */
  filters?: Record<string, unknown>;
}

export interface ExportPlan {
  type: ExportableType;
  format: ExportFormat;
  filters: Record<string, unknown>;
  contentType: string;
  /** `docket-cases-2025-01-31.csv`, dated by the context's clock. */
  fileName: string;
}

export interface ExportOptions {
  /** Records per page, 1–200; tests use small pages to cross page boundaries cheaply. */
  pageSize?: number;
  /** Called after each page with the number of records written so far. */
  onProgress?: (written: number) => void;
}

/** Checks the type, format and filters, so every refusal comes before the first byte is written. */
export function planExport(ctx: OperationContext, input: ExportInput): ExportPlan {
  const type = findExportableType(input.type);
  const format = parseInput(z.object({ format: exportFormatSchema }), { format: input.format }).format;
  const filters = { ...input.filters };
  const paging = PAGING_PARAMS.filter((param) => Object.hasOwn(filters, param));
  if (paging.length > 0) {
    throw validationError(
      paging.map((param) => ({
        path: param,
        message: 'is set by the export, which always returns every page',
      })),
    );
  }
  parseInput(type.listQuerySchema, filters);
  const day = ctx.clock().toISOString().slice(0, 10);
  return {
    type,
    format,
    filters,
    contentType: CONTENT_TYPES[format],
    fileName: `docket-${type.name}-${day}.${format}`,
  };
}

/** Validates, then writes the whole export to `output` and ends it; see `writeExport`. */
export async function exportRecords(
  ctx: OperationContext,
  input: ExportInput,
  output: Writable,
  options: ExportOptions = {},
): Promise<{ count: number }> {
  return writeExport(ctx, planExport(ctx, input), output, options);
}

/**
 * Writes a planned export to `output`, respecting its backpressure, and ends it. On failure the
 * output is destroyed with the error rather than ended, so a reader sees a broken stream, never a
 * file that looks complete (a JSON export also ends with its count, which a truncated file lacks).
 */
export async function writeExport(
  ctx: OperationContext,
  plan: ExportPlan,
  output: Writable,
  options: ExportOptions = {},
): Promise<{ count: number }> {
  const pages = recordPages(ctx, plan, Math.min(options.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE));
  try {
    const writer = plan.format === 'xlsx' ? writeXlsx : plan.format === 'csv' ? writeCsv : writeJson;
    const count = await writer(ctx, plan, pages, output, options.onProgress);
    // Which filters were used, not their values (a search text may be a name).
    await appendAudit(ctx, [
      {
        action: 'export',
        targetType: plan.type.kind.type,
        fields: Object.keys(plan.filters).sort(),
        detail: { format: plan.format, count },
      },
    ]);
    return { count };
  } catch (error) {
    output.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}

type Pages = AsyncGenerator<object[]>;
type Writer = (
  ctx: OperationContext,
  plan: ExportPlan,
  pages: Pages,
  output: Writable,
  onProgress: ((written: number) => void) | undefined,
) => Promise<number>;

/** Every matching record, one page at a time, as the module's list operation returns them. */
async function* recordPages(ctx: OperationContext, plan: ExportPlan, pageSize: number): Pages {
  let cursor: string | undefined;
  do {
    const page = await plan.type.list(ctx, {
      ...plan.filters,
      limit: pageSize,
      ...(cursor ? { cursor } : {}),
    });
    // The one redaction step; the caller's abilities are left out, as they say nothing about the data.
    const disclosed = await disclose(ctx, plan.type.kind, page.items);
    if (disclosed.length > 0) yield disclosed.map(({ abilities: _abilities, ...record }) => record);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * `{"docket":{…},"records":[…],"count":N}`, one record per line. Records are exactly what the API's
 * GET returns without presentation (no `derived`), so an import can match them by id and ref.
 * The count comes last because it is only known then; an import checks it against the records read.
 */
const writeJson: Writer = async (ctx, plan, pages, output, onProgress) => {
  const header = {
    type: plan.type.name,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: ctx.clock().toISOString(),
    filters: plan.filters,
  };
  await put(output, `{"docket":${JSON.stringify(header)},"records":[`);
  let count = 0;
  for await (const records of pages) {
    const lines = records.map((record, i) => `${count + i === 0 ? '' : ','}\n${JSON.stringify(record)}`);
    count += records.length;
    await put(output, lines.join(''));
    onProgress?.(count);
  }
  await put(output, `${count === 0 ? '' : '\n'}],"count":${count}}\n`);
  output.end();
  await finished(output, { readable: false });
  return count;
};

const writeCsv: Writer = async (_ctx, plan, pages, output, onProgress) => {
  const { columns } = plan.type;
  await put(output, CSV_BOM + csvRow(columns.map((column) => csvField(column))));
  let count = 0;
  for await (const records of pages) {
    count += records.length;
    await put(output, records.map((record) => csvRecord(record, columns)).join(''));
    onProgress?.(count);
  }
  output.end();
  await finished(output, { readable: false });
  return count;
};

/**
 * The same columns as CSV through exceljs' streaming writer, each row committed as it is written.
 * Cells are typed (text stays a text cell), so no formula guard is needed or applied here.
 */
const writeXlsx: Writer = async (_ctx, plan, pages, output, onProgress) => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Docket';
  const sheet = workbook.addWorksheet(plan.type.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow([...plan.type.columns]);
  header.font = { bold: true };
  header.commit();
  let count = 0;
  for await (const records of pages) {
    for (const record of records) sheet.addRow(rowCells(record, plan.type.columns)).commit();
    count += records.length;
    await drained(output);
    onProgress?.(count);
  }
  sheet.commit();
  await workbook.commit();
  return count;
};

async function put(output: Writable, chunk: string): Promise<void> {
  if (output.destroyed) throw new Error('The output was closed before the export finished');
  output.write(chunk);
  await drained(output);
}

/** Waits until the output takes more; fails if it is closed first (a client that went away). */
function drained(output: Writable): Promise<void> {
  if (output.destroyed) return Promise.reject(new Error('The output was closed before the export finished'));
  if (!output.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      output.off('drain', onDrain);
      output.off('close', onClose);
      output.off('error', settle);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onClose = () => settle(new Error('The output was closed before the export finished'));
    output.on('drain', onDrain);
    output.on('close', onClose);
    output.on('error', settle);
  });
}
