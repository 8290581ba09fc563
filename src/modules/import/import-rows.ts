import {
  type ImportMapping,
  type ImportTarget,
  isIgnoredColumn,
  mappedValue,
  targetProblem,
} from './import-mapping.ts';
import { acceptsNull, cellKind, getPath, hasParent, schemaAt, setPath } from './schema-paths.ts';

/** A problem with one row of the file, as a spreadsheet user finds it: row number and their column. */
export interface ImportRowError {
  row: number;
  /** The file's own column name (or the record's key in JSON); empty for the whole row. */
  column: string;
  message: string;
}

/** One row of the file in our field names, with the file's column behind each path. */
export interface SourceRow {
  row: number;
  values: Record<string, unknown>;
  columns: ReadonlyArray<{ path: string; column: string }>;
}

export interface ReadRows {
  rows: SourceRow[];
  errors: ImportRowError[];
}

const FORMULA_GUARDED = /^'+[=+\-@\t\r]/;

/** The path a column of the file goes to: the mapping's target, else its own name; null = ignored. */
function columnPath(mapping: ImportMapping, column: string): string | null {
  if (Object.hasOwn(mapping.columns, column)) return mapping.columns[column] ?? null;
  return isIgnoredColumn(column) ? null : column;
}

/**
 * Spreadsheet rows (CSV, later XLSX): the first row is the header. Row numbers are the
 * spreadsheet's, so the first data row is row 2.
 */
export function readSheetRows(
  target: ImportTarget,
  mapping: ImportMapping,
  table: ReadonlyArray<ReadonlyArray<string | null>>,
): ReadRows {
  const [header = [], ...data] = table;
  const errors: ImportRowError[] = [];
  const columns: Array<{ index: number; path: string; column: string }> = [];
  const seen = new Map<string, string>();
  header.forEach((name, index) => {
    const column = name?.trim() ?? '';
    if (column === '') {
      errors.push({ row: 1, column: `column ${index + 1}`, message: 'has no name in the header row' });
      return;
    }
    const path = columnPath(mapping, column);
    if (path === null) return;
    const problem = targetProblem(target, path);
    const earlier = seen.get(path);
    if (problem)
      errors.push({ row: 1, column, message: `${problem}; map it in a mapping file or remove it` });
    else if (earlier) errors.push({ row: 1, column, message: `goes to ${path}, as "${earlier}" does` });
    else {
      seen.set(path, column);
      columns.push({ index, path, column });
    }
  });
  const rows: SourceRow[] = [];
  data.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((cell) => cell === null)) return;
    if (cells.length > header.length) {
      errors.push({ row, column: '', message: `has ${cells.length} cells, the header ${header.length}` });
      return;
    }
    const values: Record<string, unknown> = {};
    for (const { index, path, column } of columns) {
      const read = readCell(target, mapping, path, cells[index] ?? null);
      if ('error' in read) errors.push({ row, column, message: read.error });
      else if (read.value !== undefined) setPath(values, path.split('.'), read.value);
    }
    applyDefaults(mapping, values);
    rows.push({ row, values, columns });
  });
  return { rows, errors };
}

/** JSON records (the export's `records`, or a plain array). Row n is the n-th record. */
export function readJsonRows(
  target: ImportTarget,
  mapping: ImportMapping,
  records: readonly unknown[],
): ReadRows {
  const errors: ImportRowError[] = [];
  const rows: SourceRow[] = [];
  records.forEach((record, i) => {
    const row = i + 1;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      errors.push({ row, column: '', message: 'must be an object with the record’s fields' });
      return;
    }
    const values: Record<string, unknown> = {};
    const columns: Array<{ path: string; column: string }> = [];
    for (const [column, raw] of Object.entries(record)) {
      const path = columnPath(mapping, column);
      if (path === null) continue;
      const problem = targetProblem(target, path);
      if (problem) {
        errors.push({ row, column, message: problem });
        continue;
      }
      const mapped = typeof raw === 'string' ? mappedValue(mapping, path, raw) : { found: false as const };
      setPath(values, path.split('.'), mapped.found ? mapped.value : raw);
      columns.push({ path, column });
    }
    applyDefaults(mapping, values);
    rows.push({ row, values, columns });
  });
  return { rows, errors };
}

function applyDefaults(mapping: ImportMapping, values: Record<string, unknown>): void {
  for (const [path, value] of Object.entries(mapping.defaults)) {
    const segments = path.split('.');
    const current = getPath(values, segments);
    if ((current === undefined || current === null) && hasParent(values, segments)) {
      setPath(values, segments, value);
    }
  }
}

/**
 * One cell as the schema at its path expects it: empty is null where null is allowed and absent
 * otherwise; text as typed (the export's formula apostrophe removed); lists and objects as JSON.
 */
function readCell(
  target: ImportTarget,
  mapping: ImportMapping,
  path: string,
  cell: string | null,
): { value: unknown } | { error: string } {
  const schema = schemaAt(target.root, path.split('.'));
  if (!schema) return { error: `no field ${path}` };
  if (cell === null) return { value: acceptsNull(schema) ? null : undefined };
  const mapped = mappedValue(mapping, path, cell);
  if (mapped.found) return { value: mapped.value };
  const kind = cellKind(schema);
  const text = kind !== 'json' && FORMULA_GUARDED.test(cell) ? cell.slice(1) : cell;
  switch (kind) {
    case 'number': {
      const number = Number(text.trim());
      return { value: text.trim() !== '' && Number.isFinite(number) ? number : text };
    }
    case 'boolean': {
      const word = text.trim().toLowerCase();
      return { value: word === 'true' ? true : word === 'false' ? false : text };
    }
    case 'json':
      try {
        return { value: JSON.parse(text) };
      } catch {
        return { error: 'must be JSON in this column, e.g. ["a","b"] or {"en":"text"}' };
      }
    case 'auto':
      if (/^\s*[[{]/.test(text)) {
        try {
          return { value: JSON.parse(text) };
        } catch {
          return { value: text };
        }
      }
      return { value: text };
    default:
      return { value: text };
  }
}
