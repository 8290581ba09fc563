import { sql } from 'kysely';
import type { OperationContext } from '../../core/context.ts';
import { nowIso } from '../../core/context.ts';
import { DocketError, versionConflict } from '../../core/errors.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { sealedFieldsOf } from '../access/field-levels.ts';
import { appendAudit } from '../audit/audit.store.ts';
import { indexRecord } from '../search/search-index.ts';
import type { Revision, StoredRecord } from './record.schema.ts';
import { abilitiesOn } from './record-access.ts';
import type { RecordKind } from './record-kind.ts';
import { diffSnapshots, insertRevision } from './revision.store.ts';
import { openRecord, sealChanges } from './sealing.ts';

/**
 * The writes every record change ends with: the version claimed so only one writer wins, the ref
 * kept unique, and the revision with its audit row.
 */

/**
 * Bumps the version only if it is still the one read: two writers that read the same version
 * cannot both win, on either database (PostgreSQL also takes the row lock here).
 */
export async function claimVersion<F extends object>(
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

export async function assertRefFree<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  ref: string,
): Promise<void> {
  const taken = await sql<{ id: string }>`select id from ${sql.table(kind.table)} where ref = ${ref}`.execute(
    ctx.db,
  );
  const existing = taken.rows[0];
  if (!existing) return;
  // A record the caller may not read is not named: refs are unique across the coalition, so the ref
  // is refused, but nothing says which record holds it.
  const [holder] = await kind.load(ctx.db, [existing.id]);
  const readable = holder ? (await abilitiesOn(ctx, kind, holder)).read : false;
  if (!readable) throw duplicateRef(`The ref "${ref}" is not available; choose another`);
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
export async function guardRef<F extends object, T>(kind: RecordKind<F>, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error, kind.table, 'ref')) {
      throw duplicateRef(`Another ${kind.type} took this ref at the same moment; choose another`);
    }
    throw error;
  }
}

/**
 * Writes the revision of a change, its audit row and its search entries: the snapshot as stored (secret values sealed),
 * and the field changes between the opened versions, with both sides of a change to a secret field
 * sealed.
 */
export async function writeRevision<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  action: Revision['action'],
  before: StoredRecord<F> | undefined,
  after: StoredRecord<F>,
  restoredFrom: string | null = null,
): Promise<void> {
  const levels = kind.levels ?? {};
  const secret = new Set([
    ...(before ? sealedFieldsOf(levels, before) : []),
    ...sealedFieldsOf(levels, after),
  ]);
  const changes = diffSnapshots(before, openRecord(ctx, kind, after));
  // The audit row names the fields that changed, never their values.
  await appendAudit(ctx, [
    {
      action: `record.${action}`,
      targetType: kind.type,
      targetId: after.id,
      fields: changes.map((change) => change.field),
      detail: { version: after.version, ...(restoredFrom ? { restoredFrom } : {}) },
    },
  ]);
  await insertRevision(ctx.db, {
    recordType: kind.type,
    recordId: after.id,
    version: after.version,
    action,
    actor: ctx.actor.id,
    at: after.updatedAt,
    snapshot: after,
    changes: sealChanges(ctx, kind, after.id, changes, secret),
    restoredFrom,
  });
  // The search index follows every change in the same transaction, so it never shows a stale value.
  await indexRecord(ctx, kind, after);
}
