import type { ImportField, ImportType } from './targets.ts';

/**
 * What the user decided in the mapping steps, and its translation into the mapping the server reads
 * (`src/modules/import/import-mapping.ts`): `columns` renames the file's columns to field paths
 * (null ignores one), `values` replaces a cell's text by our value per target path, `defaults` fills
 * a path a row leaves empty, `refs` reads a column of another record's refs instead of ids.
 */
export interface MappingDraft {
  /** File column → target path; null ignores the column; absent: not decided yet. */
  columns: Record<string, string | null>;
  /** Target path → pairs of the file's text and our value (as typed; converted on sending). */
  values: Record<string, ValuePair[]>;
  defaults: DefaultValue[];
  /** Target path → the record type whose refs the column holds. */
  refs: Record<string, ImportType>;
}

export interface ValuePair {
  from: string;
  to: string;
}

export interface DefaultValue {
  path: string;
  value: string;
}

export const EMPTY_DRAFT: MappingDraft = { columns: {}, values: {}, defaults: [], refs: {} };

export interface ServerMapping {
  columns: Record<string, string | null>;
  values: Record<string, Record<string, unknown>>;
  defaults: Record<string, unknown>;
  refs: Record<string, string>;
}

/** A typed value as the field holds it: numbers and booleans as such, the rest as text. */
export function typedValue(field: ImportField | undefined, text: string): unknown {
  const trimmed = text.trim();
  if (field?.kind === 'number' && trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  if (field?.kind === 'boolean' && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true';
  return trimmed;
}

/** The paths the decided columns go to. */
export function mappedPaths(draft: MappingDraft): Set<string> {
  return new Set(Object.values(draft.columns).filter((path): path is string => typeof path === 'string'));
}

/**
 * The mapping to send. Only what applies is sent: value tables and refs of paths no column goes to
 * are left out (the user may have remapped a column since), and empty rows are dropped.
 */
export function toServerMapping(draft: MappingDraft, fields: readonly ImportField[]): ServerMapping {
  const byPath = new Map(fields.map((field) => [field.path, field]));
  const used = mappedPaths(draft);
  const values: ServerMapping['values'] = {};
  for (const [path, pairs] of Object.entries(draft.values)) {
    if (!used.has(path)) continue;
    const table: Record<string, unknown> = {};
    for (const { from, to } of pairs) {
      if (from.trim() !== '' && to.trim() !== '') table[from.trim()] = typedValue(byPath.get(path), to);
    }
    if (Object.keys(table).length > 0) values[path] = table;
  }
  const defaults: ServerMapping['defaults'] = {};
  for (const { path, value } of draft.defaults) {
    if (path && value.trim() !== '') defaults[path] = typedValue(byPath.get(path), value);
  }
  const refs: ServerMapping['refs'] = {};
  for (const [path, type] of Object.entries(draft.refs)) if (used.has(path)) refs[path] = type;
  return { columns: { ...draft.columns }, values, defaults, refs };
}

/** The mapping as a file, for `docket import --mapping` or the next upload of the same spreadsheet. */
export function mappingFileUrl(mapping: ServerMapping): string {
  const blob = new Blob([`${JSON.stringify(mapping, null, 2)}\n`], { type: 'application/json' });
  return URL.createObjectURL(blob);
}
