import { z } from 'zod';
import { DocketError, type FieldError } from '../../core/errors.ts';
import { fieldErrorsFromIssues } from '../../core/validation.ts';
import { exportableTypeNames } from '../export/exportable-types.ts';
import { SYSTEM_META } from '../records/record.schema.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { schemaAt } from './schema-paths.ts';

/**
 * A mapping file for spreadsheets with their own column names:
 * `{ "columns": { "Date detained": "timeline.0.date", "Notes (internal)": null },
 *    "values": { "caseType": { "Detention": "arbitrary-detention" } },
 *    "defaults": { "timeline.0.kind": "arrest" } }`.
 * Targets are our field names or dotted paths into a field; `null` ignores a column. Values are
 * replaced before a cell is read (their text, trimmed; case is ignored when no exact match).
 * Defaults fill a path a row leaves empty, inside the objects the row has. `refs` names paths whose
 * cells hold another record's `ref` (`{ "victimId": "persons" }`), resolved to its id on import.
 */
export const importMappingSchema = z.strictObject({
  columns: z.record(z.string(), z.string().trim().min(1).nullable()).default({}),
  values: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  defaults: z.record(z.string(), z.unknown()).default({}),
  refs: z.record(z.string(), z.string()).default({}),
});
export type ImportMapping = z.output<typeof importMappingSchema>;

/** What a row of one record type may hold: `id` to match, then the create body's members. */
export interface ImportTarget {
  typeName: string;
  kind: RecordKind<object>;
  root: z.ZodType;
  fields: readonly string[];
}

export function importTarget(typeName: string, kind: RecordKind<object>): ImportTarget {
  const create = kind.createSchema;
  if (!(create instanceof z.ZodObject)) {
    throw new Error(`The create schema of ${kind.type} must be an object schema to be imported`);
  }
  const shape = create.shape as Record<string, z.ZodType>;
  return {
    typeName,
    kind,
    root: z.object({ id: z.string(), ...shape }),
    fields: ['id', ...Object.keys(shape)],
  };
}

/** What an export adds for its reader (abilities, withheld fields): nothing to import. */
const DISCLOSURE_COLUMNS: readonly string[] = ['abilities', 'redacted'];

/** Columns an export writes that the record machinery maintains itself; import ignores them. */
export function isIgnoredColumn(name: string): boolean {
  return (
    name !== 'id' && ((SYSTEM_META as readonly string[]).includes(name) || DISCLOSURE_COLUMNS.includes(name))
  );
}

/** Why a target path is not one of the type's fields, or null when it is. */
export function targetProblem(target: ImportTarget, path: string): string | null {
  const segments = path.split('.');
  const [field = ''] = segments;
  if (!target.fields.includes(field)) {
    return `"${field}" is not a field of ${target.typeName}; use one of ${target.fields.join(', ')}`;
  }
  return schemaAt(target.root, segments) ? null : `${field} has no member ${segments.slice(1).join('.')}`;
}

/** Parses and checks a mapping against the record type; every bad entry is reported at once. */
export function parseMapping(target: ImportTarget, input: unknown): ImportMapping {
  const result = importMappingSchema.safeParse(input ?? {});
  if (!result.success) throw mappingError(fieldErrorsFromIssues(result.error.issues));
  const mapping = result.data;
  const errors: FieldError[] = [];
  for (const [column, path] of Object.entries(mapping.columns)) {
    const problem = path === null ? null : targetProblem(target, path);
    if (problem) errors.push({ path: `columns.${column}`, message: problem });
  }
  for (const [path, type] of Object.entries(mapping.refs)) {
    const problem = targetProblem(target, path);
    if (problem) errors.push({ path: `refs.${path}`, message: problem });
    else if (!exportableTypeNames.includes(type)) {
      errors.push({ path: `refs.${path}`, message: `use one of ${exportableTypeNames.join(', ')}` });
    }
  }
  for (const section of ['values', 'defaults'] as const) {
    for (const path of Object.keys(mapping[section])) {
      const problem = targetProblem(target, path);
      if (problem) errors.push({ path: `${section}.${path}`, message: problem });
    }
  }
  if (errors.length > 0) throw mappingError(errors);
  return mapping;
}

function mappingError(errors: FieldError[]): DocketError {
  return new DocketError({
    type: 'validation',
    title: 'Invalid mapping',
    detail: 'The mapping names fields the record type does not have',
    errors,
  });
}

/** The replacement a value mapping gives for a cell, if any. */
export function mappedValue(
  mapping: ImportMapping,
  path: string,
  text: string,
): { found: true; value: unknown } | { found: false } {
  const table = Object.hasOwn(mapping.values, path) ? mapping.values[path] : undefined;
  if (!table) return { found: false };
  const key = text.trim();
  if (Object.hasOwn(table, key)) return { found: true, value: table[key] };
  const folded = key.toLocaleLowerCase();
  const match = Object.keys(table).find((their) => their.trim().toLocaleLowerCase() === folded);
  return match === undefined ? { found: false } : { found: true, value: table[match] };
}
