import { CompiledQuery } from 'kysely';
import { nowIso, type OperationContext } from '../../core/context.ts';
import { DocketError } from '../../core/errors.ts';
import { newId } from '../../core/ids.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { fieldLevelsOf, sealedFieldsOf } from '../access/field-levels.ts';
import { type AuditInput, appendAudit } from '../audit/audit.store.ts';
import { personKind } from '../persons/person.operations.ts';
import type { PersonFields } from '../persons/person.schema.ts';
import { personChildRows, personColumns, personLevelColumns } from '../persons/person.store.ts';
import { assertMayCreate, createRecord, updateRecord } from '../records/record.operations.ts';
import { metaToRow } from '../records/record.row.ts';
import { commonDefaults, type RecordMeta } from '../records/record.schema.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { diffSnapshots, revisionRow } from '../records/revision.store.ts';
import { isEmptyValue } from '../records/sealing.ts';
import type { ParsedCreate, PlannedRow } from './import.plan.ts';

/**
 * Writes an import's planned rows. New records of kinds with a bulk store are written a chunk at a
 * time with multi-row INSERTs — the same rows, and the same 'create' revision, that createRecord
 * writes one record at a time (a test holds the two paths equal); other kinds, and every update, go
 * through the record operations. The INSERTs are compiled here rather than by the query builder,
 * whose per-value work costs more than the database's on a million rows.
 */

type Value = string | number | boolean | null;
type Row = Record<string, Value>;

/** The rows of every table one new record needs, parent table first. */
type BulkStore = (meta: RecordMeta, fields: Record<string, unknown>) => Array<[string, Row[]]>;

const personRows: BulkStore = (meta, value) => {
  const fields = value as PersonFields;
  const children = personChildRows(meta.id, fields);
  return [
    ['persons', [{ ...metaToRow(meta), ...personColumns(fields), ...personLevelColumns(meta) }]],
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
    // A record with secret fields is sealed by createRecord; the bulk path writes the rest.
    if (row.action === 'create' && store && row.parsed && !hasSecrets(kind, row.parsed)) {
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

function hasSecrets(kind: RecordKind<object>, parsed: ParsedCreate): boolean {
  const { sensitivity = commonDefaults.sensitivity, fieldSensitivity = {} } = parsed.common;
  return sealedFieldsOf(kind.levels ?? {}, { sensitivity, fieldSensitivity }).some(
    (field) => !isEmptyValue(parsed.fields[field]),
  );
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
  const revisions: Row[] = [];
  const auditEntries: AuditInput[] = [];
  for (const { parsed } of creates) {
    const now = nowIso(trx);
    const { sensitivity, ownerOrgId } = assertMayCreate(trx, parsed.common);
    // Keys in the order the store reads a record back, so the snapshot's JSON is the same text.
    const meta: RecordMeta = {
      id: newId(),
      ref: parsed.common.ref ?? null,
      version: 1,
      sensitivity,
      isPublished: parsed.common.isPublished ?? commonDefaults.isPublished,
      createdAt: now,
      createdBy: trx.actor.id,
      updatedAt: now,
      updatedBy: trx.actor.id,
      deletedAt: null,
      deletedBy: null,
      ownerOrgId,
      fieldSensitivity: fieldLevelsOf(kind.levels ?? {}, {
        fieldSensitivity: parsed.common.fieldSensitivity ?? {},
      }),
      sealed: null,
    };
    ids.push(meta.id);
    for (const [table, rows] of store(meta, parsed.fields)) {
      const list = tables.get(table) ?? [];
      for (const row of rows) list.push(row);
      tables.set(table, list);
    }
    // The stored record is its meta and its parsed fields: what createRecord reads back.
    const after = { ...meta, ...parsed.fields };
    const changes = diffSnapshots(undefined, after);
    auditEntries.push({
      action: 'record.create',
      targetType: kind.type,
      targetId: meta.id,
      fields: changes.map((change) => change.field),
      detail: { version: meta.version },
    });
    revisions.push(
      revisionRow({
        recordType: kind.type,
        recordId: meta.id,
        version: meta.version,
        action: 'create',
        actor: trx.actor.id,
        at: meta.updatedAt,
        snapshot: after,
        changes,
        restoredFrom: null,
      }),
    );
  }
  try {
    for (const [table, rows] of tables) await insertMany(trx, table, rows);
  } catch (error) {
    if (!isUniqueViolation(error, kind.table, 'ref')) throw error;
    throw new DocketError({
      type: 'duplicate',
      title: 'Reference already used',
      detail: `Another ${kind.type} took a ref of this file at the same moment; import again`,
    });
  }
  await insertMany(trx, 'revisions', revisions);
  await appendAudit(trx, auditEntries);
  return ids;
}

/**
 * Multi-row INSERTs of rows sharing the first row's columns, within the bound-variable limit.
 * Table and column names come from the stores' code, never from a file, so they are quoted as is.
 */
export async function insertMany(trx: OperationContext, table: string, rows: readonly Row[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const width = columns.length;
  const perStatement = Math.max(1, Math.floor(MAX_VARIABLES / width));
  const sqlite = trx.dialect === 'sqlite';
  const head = `insert into "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) values `;
  const sqliteTuple = `(${new Array<string>(width).fill('?').join(', ')})`;
  for (let start = 0; start < rows.length; start += perStatement) {
    const end = Math.min(rows.length, start + perStatement);
    const parameters: Value[] = new Array<Value>((end - start) * width);
    const tuples: string[] = [];
    let p = 0;
    for (let r = start; r < end; r += 1) {
      const row = rows[r] as Row;
      for (const column of columns) {
        const value = row[column] ?? null;
        // better-sqlite3 refuses booleans; SQLite stores them as 0/1 anyway.
        parameters[p] = sqlite && typeof value === 'boolean' ? Number(value) : value;
        p += 1;
      }
      tuples.push(sqlite ? sqliteTuple : postgresTuple(p - width + 1, width));
    }
    await trx.db.executeQuery(CompiledQuery.raw(head + tuples.join(', '), parameters));
  }
}

/** `($7, $8, $9)`: PostgreSQL numbers its parameters. */
function postgresTuple(from: number, width: number): string {
  let tuple = `($${from}`;
  for (let i = 1; i < width; i += 1) tuple += `, $${from + i}`;
  return `${tuple})`;
}
