import { type Kysely, sql } from 'kysely';
import { nowIso, type OperationContext } from '../../core/context.ts';
import { DocketError } from '../../core/errors.ts';
import { newId } from '../../core/ids.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { Schema } from '../../db/schema.ts';
import { personKind } from '../persons/person.operations.ts';
import type { PersonFields } from '../persons/person.schema.ts';
import { personChildRows, personColumns } from '../persons/person.store.ts';
import { createRecord, updateRecord } from '../records/record.operations.ts';
import { metaToRow } from '../records/record.row.ts';
import { commonDefaults, type RecordMeta } from '../records/record.schema.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { diffSnapshots, revisionRow } from '../records/revision.store.ts';
import type { ParsedCreate, PlannedRow } from './import.plan.ts';

/**
 * Writes an import's planned rows. New records of kinds with a bulk store are written a chunk at a
 * time with multi-row INSERTs — the same rows, and the same 'create' revision, that createRecord
 * writes one record at a time; other kinds, and every update, go through the record operations.
 */

type Value = string | number | boolean | null;
type Row = Record<string, Value>;

/** The rows of every table one new record needs, parent table first. */
type BulkStore = (meta: RecordMeta, fields: Record<string, unknown>) => Array<[string, Row[]]>;

const personRows: BulkStore = (meta, value) => {
  const fields = value as PersonFields;
  const children = personChildRows(meta.id, fields);
  return [
    ['persons', [{ ...metaToRow(meta), ...personColumns(fields) }]],
    ['person_names', children.names],
    ['person_occupations', children.occupations],
  ];
};

const bulkStores = new Map<RecordKind<object>, BulkStore>([[personKind as RecordKind<object>, personRows]]);

export const BULK_CHUNK = 1_000;
/** SQLite refuses a statement with more bound variables than this (PostgreSQL allows 65,535). */
export const MAX_VARIABLES = 32_766;

export async function writePlanned(
  trx: OperationContext,
  kind: RecordKind<object>,
  planned: readonly PlannedRow[],
  options: { bulk?: boolean } = {},
): Promise<PlannedRow[]> {
  const store = options.bulk === false ? undefined : bulkStores.get(kind);
  const written: PlannedRow[] = [];
  let pending: Array<{ index: number; parsed: ParsedCreate }> = [];
  const flush = async () => {
    if (!store || pending.length === 0) return;
    const ids = await createMany(trx, kind, store, pending);
    pending.forEach(({ index }, n) => {
      const row = written[index];
      if (row) written[index] = { ...row, id: ids[n] ?? null };
    });
    pending = [];
  };
  for (const row of planned) {
    if (row.action === 'create' && store && row.parsed) {
      pending.push({ index: written.length, parsed: row.parsed });
      written.push(row);
      if (pending.length >= BULK_CHUNK) await flush();
    } else if (row.action === 'create') {
      const created = await createRecord(trx, kind, row.body);
      written.push({ ...row, id: created.id });
    } else {
      if (row.action === 'update' && row.id) await updateRecord(trx, kind, row.id, row.body);
      written.push(row);
    }
  }
  await flush();
  return written;
}

/** Creates the records as createRecord does (its ids, meta, snapshot and revision), in few statements. */
async function createMany(
  trx: OperationContext,
  kind: RecordKind<object>,
  store: BulkStore,
  creates: ReadonlyArray<{ parsed: ParsedCreate }>,
): Promise<string[]> {
  const tables = new Map<string, Row[]>();
  const ids: string[] = [];
  for (const { parsed } of creates) {
    const now = nowIso(trx);
    const meta: RecordMeta = {
      ...commonDefaults,
      ...parsed.common,
      ref: parsed.common.ref ?? null,
      id: newId(),
      version: 1,
      createdAt: now,
      createdBy: trx.actor.id,
      updatedAt: now,
      updatedBy: trx.actor.id,
      deletedAt: null,
      deletedBy: null,
    };
    ids.push(meta.id);
    for (const [table, rows] of store(meta, parsed.fields)) {
      const list = tables.get(table) ?? [];
      for (const row of rows) list.push(row);
      tables.set(table, list);
    }
  }
  try {
    for (const [table, rows] of tables) await insertMany(trx.db, table, rows);
  } catch (error) {
    if (!isUniqueViolation(error, kind.table, 'ref')) throw error;
    throw new DocketError({
      type: 'duplicate',
      title: 'Reference already used',
      detail: `Another ${kind.type} took a ref of this file at the same moment; import again`,
    });
  }
  // The snapshot is the record as stored and read back, exactly as createRecord records it.
  const loaded = new Map((await kind.load(trx.db, ids)).map((record) => [record.id, record]));
  const revisions = ids.map((id) => {
    const after = loaded.get(id);
    if (!after) throw new Error(`the new ${kind.type} ${id} cannot be read back`);
    return revisionRow({
      recordType: kind.type,
      recordId: id,
      version: after.version,
      action: 'create',
      actor: trx.actor.id,
      at: after.updatedAt,
      snapshot: after,
      changes: diffSnapshots(undefined, after),
      restoredFrom: null,
    });
  });
  await insertMany(trx.db, 'revisions', revisions);
  return ids;
}

/** Multi-row INSERTs of rows sharing the first row's columns, within the bound-variable limit. */
export async function insertMany(db: Kysely<Schema>, table: string, rows: readonly Row[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const perStatement = Math.max(1, Math.floor(MAX_VARIABLES / columns.length));
  const names = sql.join(columns.map((column) => sql.ref(column)));
  for (let i = 0; i < rows.length; i += perStatement) {
    const tuples = rows
      .slice(i, i + perStatement)
      .map((row) => sql`(${sql.join(columns.map((column) => row[column] ?? null))})`);
    await sql`insert into ${sql.table(table)} (${names}) values ${sql.join(tuples)}`.execute(db);
  }
}
