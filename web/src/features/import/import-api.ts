import { api } from '../../api/client.ts';
import { ApiError, type Problem, toProblem } from '../../api/problem.ts';
import type { paths } from '../../api/schema.d.ts';
import type { ServerMapping } from './mapping.ts';
import type { ImportType } from './targets.ts';

export type ImportReport =
  paths['/api/import/{type}']['post']['responses'][200]['content']['application/json'];

/** A problem with one row, as the server lists it: the spreadsheet's row number and column. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

export type ImportOutcome =
  | { ok: true; report: ImportReport }
  | {
      ok: false;
      problem: Problem;
      rowErrors: RowError[];
      otherErrors: Array<{ path: string; message: string }>;
    };

export type ImportFormat = 'csv' | 'xlsx';

const CONTENT_TYPES: Record<ImportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The server's limit on an upload through the API (`IMPORT_BODY_LIMIT_BYTES`). */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

/** The format of a chosen file, by its name: browsers disagree on a CSV file's type. */
export function formatOf(file: File): ImportFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  return null;
}

function isRowError(value: unknown): value is RowError {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return typeof row.row === 'number' && typeof row.column === 'string' && typeof row.message === 'string';
}

/**
 * Sends the file itself to the server, which reads it, checks every row and (unless a dry run)
 * writes everything in one transaction. A 400 answer is a result of the check, not a failure of
 * the screen: its row errors are returned; any other failure is thrown as an ApiError.
 */
export async function runImport(input: {
  type: ImportType;
  file: File;
  format: ImportFormat;
  mapping: ServerMapping;
  dryRun: boolean;
  signal?: AbortSignal;
}): Promise<ImportOutcome> {
  const { data, error, response } = await api.POST('/api/import/{type}', {
    params: {
      path: { type: input.type },
      query: { format: input.format, dryRun: input.dryRun, mapping: JSON.stringify(input.mapping) },
    },
    body: input.file,
    // The file goes as it is: the server parses it, never this page.
    bodySerializer: (body: unknown) => body as Blob,
    headers: { 'content-type': CONTENT_TYPES[input.format] },
    ...(input.signal ? { signal: input.signal } : {}),
  });
  if (response.ok && data) return { ok: true, report: data };
  const problem = toProblem(response.status, error);
  if (response.status !== 400) throw new ApiError(problem);
  const rows = Array.isArray(problem.rows) ? problem.rows.filter(isRowError) : [];
  const otherErrors = rows.length > 0 ? [] : (problem.errors ?? []);
  return { ok: false, problem, rowErrors: rows, otherErrors };
}

/**
 * The file's columns the server did not recognize, from the header errors (row 1) of a check: what
 * the mapping step asks the user about. Columns already named like a field are read as they are.
 */
export function unknownColumns(outcome: ImportOutcome): string[] {
  if (outcome.ok) return [];
  const unnamed = /^column \d+$/;
  const names = outcome.rowErrors
    .filter((error) => error.row === 1 && error.column !== '' && !unnamed.test(error.column))
    .map((error) => error.column);
  return [...new Set(names)];
}
