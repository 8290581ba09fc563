import { z } from 'zod';
import { inTransaction, type OperationContext } from '../../core/context.ts';
import { DocketError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { findExportableType } from '../export/exportable-types.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { type CsvCell, CsvSyntaxError, parseCsv } from './csv.ts';
import { writePlanned } from './import.bulk-write.ts';
import { type ImportAction, type PlannedRow, planRows } from './import.plan.ts';
import { importTarget, parseMapping } from './import-mapping.ts';
import { resolveRefs } from './import-refs.ts';
import { type ImportRowError, type ReadRows, readJsonRows, readSheetRows } from './import-rows.ts';
import { readXlsx, XlsxReadError } from './xlsx.ts';

/**
 * Import of one record type from JSON (the export's layout, or a plain array of records), CSV or XLSX:
 * every row is checked first, and only a file without a bad row is written, all in one transaction.
 * Rows match stored records by `id`, else by `ref`; an unchanged row writes nothing, so importing the
 * same file twice changes nothing the second time.
 */

export const importFormatSchema = z.enum(['json', 'csv', 'xlsx']).describe('json, csv or xlsx');

export interface ImportInput {
  /** Plural record type: `cases`. */
  type: string;
  format: string;
  /** The file's text; or `rows` already split into cells (header first), e.g. from a spreadsheet. */
  text?: string;
  /** The file's bytes, for XLSX (the first worksheet is read). */
  data?: Uint8Array;
  rows?: ReadonlyArray<ReadonlyArray<string | null>>;
  /** A mapping for files with their own column names; see `importMappingSchema`. */
  mapping?: unknown;
  dryRun?: boolean;
}

export interface ImportOptions {
  /** Replaces the type's kind, so tests can make a write fail half-way. */
  kind?: RecordKind<object>;
  /** `false` writes new records one at a time (createRecord), as kinds without a bulk store are. */
  bulk?: boolean;
}

export interface ImportResult {
  type: string;
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rows: Array<{ row: number; action: ImportAction; id: string | null; ref: string | null }>;
}

export async function importRecords(
  ctx: OperationContext,
  input: ImportInput,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const type = findExportableType(input.type);
  const { format } = parseInput(z.object({ format: importFormatSchema }), { format: input.format });
  const kind = options.kind ?? type.kind;
  const target = importTarget(type.name, kind);
  const mapping = parseMapping(target, input.mapping);
  const read =
    format === 'json'
      ? readJson(type.name, input, (records) => readJsonRows(target, mapping, records))
      : readSheetRows(target, mapping, input.rows ?? (await readTable(format, input)));
  const plan = async (trx: OperationContext) => {
    const unresolved = await resolveRefs(trx, mapping, read.rows);
    const { planned, errors } = await planRows(trx, kind, read.rows);
    // A cell whose ref is unknown says so once, not again as the id the check cannot find.
    const named = new Set(unresolved.map(({ row, column }) => `${row}\u0000${column}`));
    const rest = errors.filter(({ row, column }) => !named.has(`${row}\u0000${column}`));
    const all = [...read.errors, ...unresolved, ...rest].sort((a, b) => a.row - b.row);
    if (all.length > 0) throw invalidRows(all);
    return planned;
  };
  if (input.dryRun) return summarize(type.name, true, await plan(ctx));
  return inTransaction(ctx, async (trx) => {
    const written = await writePlanned(trx, kind, await plan(trx), { bulk: options.bulk });
    return summarize(type.name, false, written);
  });
}

function summarize(type: string, dryRun: boolean, planned: readonly PlannedRow[]): ImportResult {
  const count = (action: ImportAction) => planned.filter((row) => row.action === action).length;
  return {
    type,
    dryRun,
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    rows: planned.map(({ row, action, id, ref }) => ({ row, action, id, ref })),
  };
}

/** "would create 3, update 1, leave 10 unchanged" or "created 3, updated 1, left 10 unchanged". */
export function describeImport(result: ImportResult): string {
  const { created, updated, unchanged } = result;
  return result.dryRun
    ? `would create ${created}, update ${updated}, leave ${unchanged} unchanged`
    : `created ${created}, updated ${updated}, left ${unchanged} unchanged`;
}

/** `row 7, "Date detained"`: where a spreadsheet user finds the problem. */
export function rowLocation(error: ImportRowError): string {
  return error.column ? `row ${error.row}, "${error.column}"` : `row ${error.row}`;
}

function invalidRows(errors: readonly ImportRowError[]): DocketError {
  const rows = new Set(errors.map((error) => error.row)).size;
  return new DocketError({
    type: 'validation',
    title: 'The file has invalid rows',
    detail: `${rows} ${rows === 1 ? 'row has' : 'rows have'} errors; nothing was imported`,
    errors: errors.map((error) => ({ path: rowLocation(error), message: error.message })),
    extensions: { rows: errors },
  });
}

function fileError(message: string): DocketError {
  return new DocketError({ type: 'validation', title: 'The file cannot be read', detail: message });
}

async function readTable(format: 'csv' | 'xlsx', input: ImportInput): Promise<CsvCell[][]> {
  if (format === 'csv') return readCsvText(input.text);
  try {
    return await readXlsx(input.data ?? new Uint8Array());
  } catch (error) {
    if (error instanceof XlsxReadError) throw fileError(`Not a readable XLSX file: ${error.message}`);
    throw error;
  }
}

function readCsvText(text: string | undefined): Array<Array<string | null>> {
  try {
    return parseCsv(text ?? '');
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw fileError(`Not valid CSV: ${error.message}`);
    throw error;
  }
}

const exportLayoutSchema = z.looseObject({
  docket: z.looseObject({ type: z.string() }),
  records: z.array(z.unknown()),
  count: z.number().int().min(0).optional(),
});

function readJson(type: string, input: ImportInput, read: (records: unknown[]) => ReadRows): ReadRows {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.text ?? '');
  } catch (error) {
    throw fileError(`Not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (Array.isArray(parsed)) return read(parsed);
  const layout = exportLayoutSchema.safeParse(parsed);
  if (!layout.success) {
    throw fileError('Expected a Docket export ({"docket":…,"records":[…]}) or an array of records');
  }
  const { docket, records, count } = layout.data;
  if (docket.type !== type) throw fileError(`The file holds ${docket.type}, not ${type}`);
  if (count !== undefined && count !== records.length) {
    throw fileError(`The file says it holds ${count} records but has ${records.length}; it may be cut short`);
  }
  return read(records);
}
