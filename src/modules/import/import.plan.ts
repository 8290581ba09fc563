import { sql } from 'kysely';
import type { z } from 'zod';
import type { OperationContext } from '../../core/context.ts';
import { type FieldError, isDocketError } from '../../core/errors.ts';
import { unsafeTextErrors } from '../../core/text-safety.ts';
import { fieldErrorsFromIssues } from '../../core/validation.ts';
import { withheldFields } from '../access/redaction.ts';
import { redactionRules } from '../records/disclosure.ts';
import { fieldsOf, splitInput } from '../records/record.row.ts';
import type { StoredRecord } from '../records/record.schema.ts';
import { abilitiesOf } from '../records/record-access.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { diffSnapshots } from '../records/revision.store.ts';
import { openRecord } from '../records/sealing.ts';
import type { ImportRowError, SourceRow } from './import-rows.ts';

export type ImportAction = 'create' | 'update' | 'unchanged';

/** What one valid row will do; `body` is the create or update body to send. */
export interface PlannedRow {
  row: number;
  action: ImportAction;
  id: string | null;
  ref: string | null;
  body: Record<string, unknown>;
  /** For a create: the body as createRecord parses it, so a bulk write need not parse it again. */
  parsed?: ParsedCreate;
}

export interface ParsedCreate {
  common: ReturnType<typeof splitInput>['common'];
  fields: Record<string, unknown>;
}

const LOOKUP_CHUNK = 500;

/** The ids and refs met so far in the file, with the row each was first met on. */
export type FirstRows = Map<string, number>;

/**
 * Checks a batch of rows against the record type's schemas, its cross-record rules and the
 * database, and decides each row's action; nothing is written. Rows are matched by `id`, else by
 * `ref`; `firstRowOf` carries the file's ids and refs from batch to batch, to refuse repeats.
 */
export async function planRows(
  ctx: OperationContext,
  kind: RecordKind<object>,
  rows: readonly SourceRow[],
  firstRowOf: FirstRows = new Map(),
): Promise<{ planned: PlannedRow[]; errors: ImportRowError[] }> {
  const existing = await loadExisting(ctx, kind, rows);
  const errors: ImportRowError[] = [];
  const planned: PlannedRow[] = [];
  for (const source of rows) {
    const rowErrors: FieldError[] = [];
    const { id: rawId, ...body } = source.values;
    const id = typeof rawId === 'string' && rawId !== '' ? rawId : null;
    const ref = typeof body.ref === 'string' ? body.ref.trim() : null;
    for (const [key, path] of [
      [id && `id:${id}`, 'id'],
      [ref && `ref:${ref}`, 'ref'],
    ] as const) {
      if (!key) continue;
      const first = firstRowOf.get(key);
      if (first !== undefined) rowErrors.push({ path, message: `is already on row ${first} of this file` });
      else firstRowOf.set(key, source.row);
    }
    const byId = id ? existing.byId.get(id) : undefined;
    const byRef = ref ? existing.byRef.get(ref) : undefined;
    if (id && !byId) rowErrors.push({ path: 'id', message: `no ${kind.type} with id ${id}` });
    if (byId && byRef && byId.id !== byRef.id) {
      rowErrors.push({ path: 'ref', message: `belongs to another ${kind.type} (${byRef.id})` });
    }
    const current = byId ?? (id ? undefined : byRef);
    if (current?.deletedAt) {
      rowErrors.push({ path: 'id', message: `the ${kind.type} ${current.id} is deleted; undelete it first` });
    }
    if (rowErrors.length === 0) {
      const outcome = current
        ? await planUpdate(ctx, kind, current, body, existing.withheldOf.get(current.id) ?? [])
        : !id
          ? await planCreate(ctx, kind, body)
          : undefined;
      if (outcome && 'errors' in outcome) rowErrors.push(...outcome.errors);
      else if (outcome) planned.push({ row: source.row, id: current?.id ?? null, ref, ...outcome });
    }
    errors.push(...rowErrors.map((error) => rowError(source, error)));
  }
  return { planned, errors };
}

type Outcome =
  | { action: ImportAction; body: Record<string, unknown>; parsed?: ParsedCreate }
  | { errors: FieldError[] };

async function planCreate(
  ctx: OperationContext,
  kind: RecordKind<object>,
  body: Record<string, unknown>,
): Promise<Outcome> {
  const input = parse(kind.createSchema, body);
  if ('errors' in input) return input;
  const { common, fields: given } = splitInput(input.data);
  const fields = parse(kind.fieldsSchema, { ...kind.defaults, ...given }, { checked: true });
  if ('errors' in fields) return fields;
  const refused = await checkErrors(ctx, kind, fields.data);
  return refused.length > 0
    ? { errors: refused }
    : { action: 'create', body, parsed: { common, fields: fields.data } };
}

async function planUpdate(
  ctx: OperationContext,
  kind: RecordKind<object>,
  current: StoredRecord<object>,
  values: Record<string, unknown>,
  withheldFields: readonly string[],
): Promise<Outcome> {
  const { isPublished, ...rest } = values;
  if (isPublished !== undefined && isPublished !== current.isPublished) {
    return {
      errors: [
        {
          path: 'isPublished',
          message: 'publishing is its own action: use publish or unpublish on the record',
        },
      ],
    };
  }
  const withheld = withheldFields.filter((field) => field in rest);
  if (withheld.length > 0) {
    return {
      errors: withheld.map((path) => ({ path, message: 'you may not change a field you cannot see' })),
    };
  }
  const body = { ...carryItemIds(current, rest), version: current.version };
  const input = parse(kind.updateSchema, body);
  if ('errors' in input) return input;
  const { common, fields: patch } = splitInput(input.data);
  const fields = parse(kind.fieldsSchema, { ...fieldsOf(current), ...patch }, { checked: true });
  if ('errors' in fields) return fields;
  if (diffSnapshots(current, { ...current, ...common, ...fields.data }).length === 0) {
    return { action: 'unchanged', body };
  }
  const refused = await checkErrors(ctx, kind, fields.data);
  return refused.length > 0 ? { errors: refused } : { action: 'update', body };
}

/**
 * List items a spreadsheet gives without ids (a timeline step from "Date detained") keep the id of
 * the stored item at the same position, so importing the same file again is not a change.
 */
function carryItemIds(
  current: StoredRecord<object>,
  values: Record<string, unknown>,
): Record<string, unknown> {
  const stored = current as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => {
      const before = stored[key];
      if (!Array.isArray(value) || !Array.isArray(before)) return [key, value];
      return [
        key,
        value.map((item: unknown, i) => {
          const old: unknown = before[i];
          const isItem = (x: unknown): x is Record<string, unknown> =>
            typeof x === 'object' && x !== null && !Array.isArray(x);
          if (!isItem(item) || 'id' in item || !isItem(old) || typeof old.id !== 'string') return item;
          return { id: old.id, ...item };
        }),
      ];
    }),
  );
}

/** `checked`: the text was already checked for NULs and lone surrogates, by the body's own parse. */
function parse(
  schema: z.ZodType,
  input: unknown,
  options: { checked?: boolean } = {},
): { data: Record<string, unknown> } | { errors: FieldError[] } {
  const unsafe = options.checked ? [] : unsafeTextErrors(input);
  if (unsafe.length > 0) return { errors: unsafe };
  const result = schema.safeParse(input);
  if (result.success) return { data: result.data as Record<string, unknown> };
  return { errors: fieldErrorsFromIssues(result.error.issues.flatMap(clearestIssues)) };
}

type Issue = z.core.$ZodIssue;

/**
 * A value no member of a union accepts gets zod's bare "Invalid input"; the member whose type
 * matched says what is wrong (a date step given as text: "must be a date as YYYY…").
 */
function clearestIssues(issue: Issue): Issue[] {
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) {
    return [{ ...issue, message: 'is required' }];
  }
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const branch =
    issue.errors.find((issues) => !issues.some((i) => i.code === 'invalid_type' && i.path.length === 0)) ??
    issue.errors[0] ??
    [];
  return branch.flatMap(clearestIssues).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

async function checkErrors(
  ctx: OperationContext,
  kind: RecordKind<object>,
  fields: object,
): Promise<FieldError[]> {
  try {
    await kind.check?.(ctx, fields);
    return [];
  } catch (error) {
    if (!isDocketError(error)) throw error;
    return error.errors.length > 0 ? error.errors : [{ path: '', message: error.detail ?? error.title }];
  }
}

/** A field error of a row as the user sees it: the file's column, and the rest of the path. */
function rowError(source: SourceRow, error: FieldError): ImportRowError {
  const match = source.columns
    .filter(({ path }) => error.path === path || error.path.startsWith(`${path}.`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (match) {
    const rest = error.path.slice(match.path.length + 1);
    return {
      row: source.row,
      column: match.column,
      message: rest ? `${rest}: ${error.message}` : error.message,
    };
  }
  // A list the file fills through `names.0.text` but left empty: "is required" belongs to that column.
  const inside = error.path && source.columns.find(({ path }) => path.startsWith(`${error.path}.`));
  if (inside) return { row: source.row, column: inside.column, message: error.message };
  const [field = '', ...rest] = error.path.split('.');
  return {
    row: source.row,
    column: field,
    message: rest.length ? `${rest.join('.')}: ${error.message}` : error.message,
  };
}

async function loadExisting(ctx: OperationContext, kind: RecordKind<object>, rows: readonly SourceRow[]) {
  const refs = new Set<string>();
  const ids = new Set<string>();
  for (const { values } of rows) {
    if (typeof values.ref === 'string' && values.ref.trim() !== '') refs.add(values.ref.trim());
    if (typeof values.id === 'string' && values.id !== '') ids.add(values.id);
  }
  const refIds = new Map<string, string>();
  const refList = [...refs];
  for (let i = 0; i < refList.length; i += LOOKUP_CHUNK) {
    const chunk = refList.slice(i, i + LOOKUP_CHUNK);
    const found = await sql<{ id: string; ref: string }>`select id, ref from ${sql.table(kind.table)}
      where ref in (${sql.join(chunk)})`.execute(ctx.db);
    for (const { id, ref } of found.rows) refIds.set(ref, id);
  }
  const wanted = [...new Set([...ids, ...refIds.values()])];
  // A record the importer may not read is matched as if it did not exist; one it reads is compared
  // as it sees it, so planning never reveals a withheld value (a secret field is opened only for a
  // caller who may see every field).
  const byId = new Map<string, StoredRecord<object>>();
  const withheldOf = new Map<string, string[]>();
  for (let i = 0; i < wanted.length; i += LOOKUP_CHUNK) {
    const records = await kind.load(ctx.db, wanted.slice(i, i + LOOKUP_CHUNK));
    const abilities = await abilitiesOf(ctx, kind, records);
    for (const record of records) {
      const can = abilities.get(record.id);
      if (!can?.read) continue;
      const withheld = withheldFields(record, redactionRules(kind), can);
      byId.set(record.id, withheld.length === 0 ? openRecord(ctx, kind, record) : record);
      if (withheld.length > 0) withheldOf.set(record.id, withheld);
    }
  }
  const byRef = new Map<string, StoredRecord<object>>();
  for (const [ref, id] of refIds) {
    const record = byId.get(id);
    if (record) byRef.set(ref, record);
  }
  return { byId, byRef, withheldOf };
}
