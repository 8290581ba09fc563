import { sql } from 'kysely';
import type { OperationContext } from '../../core/context.ts';
import { findExportableType } from '../export/exportable-types.ts';
import type { ImportMapping } from './import-mapping.ts';
import type { ImportRowError, SourceRow } from './import-rows.ts';
import { getPath, setPath } from './schema-paths.ts';

const LOOKUP_CHUNK = 500;

/**
 * Cells that hold another record's `ref` instead of its id (`"refs": { "victimId": "persons" }`):
 * each is replaced by the id of the record with that ref before the rows are checked. A cell may
 * hold one ref or (a JSON list column) a list of refs; an unknown ref is an error of its row.
 */
export async function resolveRefs(
  ctx: OperationContext,
  mapping: ImportMapping,
  rows: readonly SourceRow[],
): Promise<ImportRowError[]> {
  const errors: ImportRowError[] = [];
  for (const [path, typeName] of Object.entries(mapping.refs)) {
    const { kind } = findExportableType(typeName);
    const segments = path.split('.');
    const wanted = new Set<string>();
    for (const { values } of rows) for (const ref of refsIn(getPath(values, segments))) wanted.add(ref);
    const ids = await idsByRef(ctx, kind.table, [...wanted]);
    for (const source of rows) {
      const value = getPath(source.values, segments);
      const column = source.columns.find((c) => c.path === path)?.column ?? path;
      const resolve = (ref: string): string => {
        const id = ids.get(ref.trim());
        if (id !== undefined) return id;
        errors.push({ row: source.row, column, message: `no ${kind.type} with ref "${ref.trim()}"` });
        return ref;
      };
      if (typeof value === 'string' && value.trim() !== '') setPath(source.values, segments, resolve(value));
      else if (Array.isArray(value)) {
        const list: unknown[] = value;
        setPath(
          source.values,
          segments,
          list.map((item) => (typeof item === 'string' && item.trim() !== '' ? resolve(item) : item)),
        );
      }
    }
  }
  return errors;
}

function refsIn(value: unknown): string[] {
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.flatMap((item) => (typeof item === 'string' && item.trim() !== '' ? [item.trim()] : []));
}

async function idsByRef(ctx: OperationContext, table: string, refs: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < refs.length; i += LOOKUP_CHUNK) {
    const chunk = refs.slice(i, i + LOOKUP_CHUNK);
    const found = await sql<{ id: string; ref: string }>`select id, ref from ${sql.table(table)}
      where ref in (${sql.join(chunk)})`.execute(ctx.db);
    for (const { id, ref } of found.rows) ids.set(ref, id);
  }
  return ids;
}

/**
 * Splits a batch where a row refers (through `refs`) to a record of the same type that an earlier
 * row of the same batch creates: each part is written before the next is checked, so a file may
 * list an organization and, further down, another that names it as its parent.
 */
export function splitAtInFileRefs(
  mapping: ImportMapping,
  typeName: string,
  rows: readonly SourceRow[],
): SourceRow[][] {
  const selfPaths = Object.entries(mapping.refs)
    .filter(([, type]) => type === typeName)
    .map(([path]) => path.split('.'));
  if (selfPaths.length === 0) return [[...rows]];
  const parts: SourceRow[][] = [];
  let part: SourceRow[] = [];
  let refsInPart = new Set<string>();
  for (const row of rows) {
    const needsEarlier = selfPaths.some((segments) =>
      refsIn(getPath(row.values, segments)).some((ref) => refsInPart.has(ref)),
    );
    if (needsEarlier) {
      parts.push(part);
      part = [];
      refsInPart = new Set();
    }
    part.push(row);
    const ref = row.values.ref;
    if (typeof ref === 'string' && ref.trim() !== '') refsInPart.add(ref.trim());
  }
  if (part.length > 0) parts.push(part);
  return parts;
}
