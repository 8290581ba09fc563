import {
  type ImportMapping,
  type ImportTarget,
  isIgnoredColumn,
  mappedValue,
  targetProblem,
} from './import-mapping.ts';
import {
  acceptsNull,
  type CellKind,
  cellKind,
  getPath,
  hasParent,
  schemaAt,
  setPath,
} from './schema-paths.ts';

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

const FORMULA_GUARDED = /^'+[=+\-@\t\r]/;

/** The path a column of the file goes to: the mapping's target, else its own name; null = ignored. */
function columnPath(mapping: ImportMapping, column: string): string | null {
  if (Object.hasOwn(mapping.columns, column)) return mapping.columns[column] ?? null;
  return isIgnoredColumn(column) ? null : column;
}

/** A spreadsheet column the import reads: where it goes and how its cells are read. */
interface SheetColumn {
  index: number;
  path: string;
  segments: readonly string[];
  column: string;
  kind: CellKind;
  nullable: boolean;
  /** The path goes through a list item (`registrations.0.date`). */
  inListItem: boolean;
}

export interface SheetReader {
  /** Problems of the header row itself (row 1): unnamed, unknown or repeated columns. */
  headerErrors: ImportRowError[];
  /** One data row: its values, or nothing for an empty row; `errors` holds its bad cells. */
  readRow(cells: ReadonlyArray<string | null>, row: number, errors: ImportRowError[]): SourceRow | null;
}

/**
 * Spreadsheet rows (CSV, XLSX): the header row is read once, and each column's schema is looked up
 * then, so a million rows cost one lookup per column rather than one per cell. Row numbers are the
 * spreadsheet's, so the first data row is row 2.
 */
export function sheetReader(
  target: ImportTarget,
  mapping: ImportMapping,
  header: ReadonlyArray<string | null>,
): SheetReader {
  const headerErrors: ImportRowError[] = [];
  const columns: SheetColumn[] = [];
  const seen = new Map<string, string>();
  header.forEach((name, index) => {
    const column = name?.trim() ?? '';
    if (column === '') {
      headerErrors.push({ row: 1, column: `column ${index + 1}`, message: 'has no name in the header row' });
      return;
    }
    const path = columnPath(mapping, column);
    if (path === null) return;
    const segments = path.split('.');
    const problem = targetProblem(target, path);
    const schema = schemaAt(target.root, segments);
    const earlier = seen.get(path);
    if (problem || !schema) {
      const reason = problem ?? `no field ${path}`;
      headerErrors.push({ row: 1, column, message: `${reason}; map it in a mapping file or remove it` });
    } else if (earlier)
      headerErrors.push({ row: 1, column, message: `goes to ${path}, as "${earlier}" does` });
    else {
      seen.set(path, column);
      columns.push({
        index,
        path,
        segments,
        column,
        kind: cellKind(schema),
        nullable: acceptsNull(schema),
        inListItem: segments.some((segment) => /^\d+$/.test(segment)),
      });
    }
  });
  const located = columns.map(({ path, column }) => ({ path, column }));
  return {
    headerErrors,
    readRow(cells, row, errors) {
      if (cells.every((cell) => cell === null)) return null;
      if (cells.length > header.length) {
        errors.push({ row, column: '', message: `has ${cells.length} cells, the header ${header.length}` });
        return null;
      }
      const values: Record<string, unknown> = {};
      for (const column of columns) {
        const cell = cells[column.index] ?? null;
        // An empty cell of a list item adds nothing, so a row whose "Refused on" and "Refused by"
        // are both empty has no registration step rather than a step of nulls.
        if (cell === null && column.inListItem) continue;
        const read = readCell(mapping, column, cell);
        if ('error' in read) errors.push({ row, column: column.column, message: read.error });
        else if (read.value !== undefined) setPath(values, column.segments, read.value);
      }
      applyDefaults(mapping, values);
      return { row, values, columns: located };
    },
  };
}

/** One JSON record (of the export's `records`, or a plain array); row n is the n-th record. */
export function readJsonRecord(
  target: ImportTarget,
  mapping: ImportMapping,
  record: unknown,
  row: number,
  errors: ImportRowError[],
): SourceRow | null {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    errors.push({ row, column: '', message: 'must be an object with the record’s fields' });
    return null;
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
  return { row, values, columns };
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
  mapping: ImportMapping,
  column: SheetColumn,
  cell: string | null,
): { value: unknown } | { error: string } {
  if (cell === null) return { value: column.nullable ? null : undefined };
  const mapped = mappedValue(mapping, column.path, cell);
  if (mapped.found) return { value: mapped.value };
  const { kind } = column;
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
