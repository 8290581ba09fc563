import { sql } from 'kysely';
import { inTransaction, nowIso, type OperationContext } from '../../core/context.ts';
import { DocketError, notFound, versionConflict } from '../../core/errors.ts';
import { newId } from '../../core/ids.ts';
import { parseInput } from '../../core/validation.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { fieldsOf, splitInput } from './record.row.ts';
import { commonDefaults, type RecordMeta, type Revision, type StoredRecord } from './record.schema.ts';
import type { RecordKind } from './record-kind.ts';
import { diffSnapshots, findRevision, insertRevision, listRevisions } from './revision.store.ts';

/**
 * The life cycle every record type shares: create, update with optimistic concurrency, soft delete
 * and undelete, restore of an earlier revision. Each change writes its revision in the same
 * transaction, so the history can never disagree with the record.
 */

export async function getRecord<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
  options: { includeDeleted?: boolean } = {},
): Promise<StoredRecord<F>> {
  const [record] = await kind.load(ctx.db, [id]);
  if (!record || (record.deletedAt && !options.includeDeleted)) throw notFound(kind.type, id);
  return record;
}

export async function createRecord<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  input: unknown,
): Promise<StoredRecord<F>> {
  const { common, fields: fieldInput } = splitInput(
    parseInput(kind.createSchema, input) as Record<string, unknown>,
  );
  const fields = parseInput(kind.fieldsSchema, { ...kind.defaults, ...fieldInput });
  return guardRef(
    kind,
    inTransaction(ctx, async (trx) => {
      await kind.check?.(trx, fields);
      const ref = common.ref ?? null;
      if (ref !== null) await assertRefFree(trx, kind, ref);
      const now = nowIso(trx);
      const meta: RecordMeta = {
        ...commonDefaults,
        ...common,
        ref,
        id: newId(),
        version: 1,
        createdAt: now,
        createdBy: trx.actor.id,
        updatedAt: now,
        updatedBy: trx.actor.id,
        deletedAt: null,
        deletedBy: null,
      };
      await kind.insert(trx.db, meta, fields);
      const created = await getRecord(trx, kind, meta.id);
      await record(trx, kind, 'create', undefined, created);
      return created;
    }),
  );
}

export async function updateRecord<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
  input: unknown,
): Promise<StoredRecord<F>> {
  const parsed = parseInput(kind.updateSchema, input) as Record<string, unknown> & { version: number };
  const { common, fields: patch } = splitInput(parsed);
  return guardRef(
    kind,
    inTransaction(ctx, async (trx) => {
      const current = await loadForChange(trx, kind, id, parsed.version);
      const fields = parseInput(kind.fieldsSchema, { ...fieldsOf(current), ...patch });
      const next = { ...current, ...common, ...fields };
      if (diffSnapshots(current, next).length === 0) return current;
      await kind.check?.(trx, fields);
      if (next.ref !== null && next.ref !== current.ref) await assertRefFree(trx, kind, next.ref);
      await claimVersion(trx, kind, current, {
        ref: next.ref,
        sensitivity: next.sensitivity,
        is_published: next.isPublished,
      });
      await kind.updateFields(trx.db, id, fields);
      const updated = await getRecord(trx, kind, id);
      await record(trx, kind, 'update', current, updated);
      return updated;
    }),
  );
}

export async function deleteRecord<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
  version: number,
): Promise<StoredRecord<F>> {
  return inTransaction(ctx, async (trx) => {
    const current = await loadForChange(trx, kind, id, version);
    await claimVersion(trx, kind, current, { deleted_at: nowIso(trx), deleted_by: trx.actor.id });
    const deleted = await getRecord(trx, kind, id, { includeDeleted: true });
    await record(trx, kind, 'delete', current, deleted);
    return deleted;
  });
}

export async function undeleteRecord<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
  version: number,
): Promise<StoredRecord<F>> {
  return inTransaction(ctx, async (trx) => {
    const current = await loadForChange(trx, kind, id, version, { allowDeleted: true });
    if (!current.deletedAt) {
      throw new DocketError({
        type: 'not-deleted',
        title: 'Not deleted',
        detail: `The ${kind.type} ${id} is not deleted`,
      });
    }
    await claimVersion(trx, kind, current, { deleted_at: null, deleted_by: null });
    const restored = await getRecord(trx, kind, id);
    await record(trx, kind, 'undelete', current, restored);
    return restored;
  });
}

/** Puts the record back as it was at an earlier revision; the restore is itself a new revision. */
export async function restoreRevision<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
  revisionId: string,
  version: number,
): Promise<StoredRecord<F>> {
  return guardRef(
    kind,
    inTransaction(ctx, async (trx) => {
      const revision = await findRevision(trx.db, revisionId);
      if (!revision || revision.recordType !== kind.type || revision.recordId !== id) {
        throw notFound(`revision of ${kind.type} ${id}`, revisionId);
      }
      const current = await loadForChange(trx, kind, id, version, { allowDeleted: true });
      const target = revision.snapshot as StoredRecord<F>;
      const fields = parseInput(kind.fieldsSchema, fieldsOf(target));
      await kind.check?.(trx, fields);
      if (target.ref !== null && target.ref !== current.ref) await assertRefFree(trx, kind, target.ref);
      await claimVersion(trx, kind, current, {
        ref: target.ref,
        sensitivity: target.sensitivity,
        is_published: target.isPublished,
        deleted_at: target.deletedAt ? (current.deletedAt ?? nowIso(trx)) : null,
        deleted_by: target.deletedAt ? (current.deletedBy ?? trx.actor.id) : null,
      });
      await kind.updateFields(trx.db, id, fields);
      const restored = await getRecord(trx, kind, id, { includeDeleted: true });
      await record(trx, kind, 'restore', current, restored, revision.id);
      return restored;
    }),
  );
}

export async function listRecordRevisions<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
): Promise<Revision[]> {
  await getRecord(ctx, kind, id, { includeDeleted: true });
  return listRevisions(ctx.db, kind.type, id);
}

async function loadForChange<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
  version: number,
  options: { allowDeleted?: boolean } = {},
): Promise<StoredRecord<F>> {
  const current = await getRecord(ctx, kind, id, { includeDeleted: true });
  if (current.version !== version) throw versionConflict(kind.type, id, version, current.version);
  if (current.deletedAt && !options.allowDeleted) {
    throw new DocketError({
      type: 'deleted',
      title: 'Record is deleted',
      detail: `The ${kind.type} ${id} is deleted; undelete it before changing it`,
    });
  }
  return current;
}

/**
 * Bumps the version only if it is still the one read: two writers that read the same version
 * cannot both win, on either database (PostgreSQL also takes the row lock here).
 */
async function claimVersion<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  current: StoredRecord<F>,
  columns: Record<string, string | boolean | null>,
): Promise<void> {
  const assignments = Object.entries({
    ...columns,
    version: current.version + 1,
    updated_at: nowIso(ctx),
    updated_by: ctx.actor.id,
  }).map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  const result = await sql`update ${sql.table(kind.table)} set ${sql.join(assignments)}
    where id = ${current.id} and version = ${current.version}`.execute(ctx.db);
  if (Number(result.numAffectedRows ?? 0) !== 1) {
    const [now] = await kind.load(ctx.db, [current.id]);
    throw versionConflict(kind.type, current.id, current.version, now?.version ?? current.version + 1);
  }
}

async function assertRefFree<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  ref: string,
): Promise<void> {
  const taken = await sql<{ id: string }>`select id from ${sql.table(kind.table)} where ref = ${ref}`.execute(
    ctx.db,
  );
  const existing = taken.rows[0];
  if (existing)
    throw duplicateRef(`The ref "${ref}" already belongs to ${kind.type} ${existing.id}`, existing.id);
}

function duplicateRef(detail: string, existingId?: string): DocketError {
  return new DocketError({
    type: 'duplicate',
    title: 'Reference already used',
    detail,
    errors: [{ path: 'ref', message: 'is already used by another record' }],
    ...(existingId ? { extensions: { existingId } } : {}),
  });
}

/**
 * The ref check above cannot see a concurrent transaction's uncommitted ref; the unique index does,
 * and its violation means the same thing.
 */
async function guardRef<F extends object, T>(kind: RecordKind<F>, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error, kind.table, 'ref')) {
      throw duplicateRef(`Another ${kind.type} took this ref at the same moment; choose another`);
    }
    throw error;
  }
}

async function record<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  action: Revision['action'],
  before: StoredRecord<F> | undefined,
  after: StoredRecord<F>,
  restoredFrom: string | null = null,
): Promise<void> {
  await insertRevision(ctx.db, {
    recordType: kind.type,
    recordId: after.id,
    version: after.version,
    action,
    actor: ctx.actor.id,
    at: after.updatedAt,
    snapshot: after,
    changes: diffSnapshots(before, after),
    restoredFrom,
  });
}
