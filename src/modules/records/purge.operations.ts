import { sql } from 'kysely';
import { z } from 'zod';
import { inTransaction, nowIso, type OperationContext } from '../../core/context.ts';
import { DocketError, forbidden, notFound, validationError } from '../../core/errors.ts';
import { idSchema, newId } from '../../core/ids.ts';
import { parseInput } from '../../core/validation.ts';
import type { Schema } from '../../db/schema.ts';
import { appendAudit } from '../audit/audit.store.ts';
import { indexRecord } from '../search/search-index.ts';
import { readableRecord } from './record.operations.ts';
import { fieldsOf } from './record.row.ts';
import type { StoredRecord } from './record.schema.ts';
import { claimVersion } from './record.write.ts';
import { assertAbility } from './record-access.ts';
import type { RecordKind } from './record-kind.ts';
import { insertRevision, listRevisions, updateRevisionBody } from './revision.store.ts';
import { openRecord, sealFields } from './sealing.ts';

/**
 * Purge: a value typed into the wrong field (a witness's name in a public note) removed everywhere —
 * the record, every revision, the caches derived from them — at the request of one editor and the
 * approval of a second person. Audited as what and by whom, never the value. Afterwards the bytes
 * are made to go: SQLite runs with `secure_delete` on (freed space is zeroed) and its WAL is
 * checkpointed and truncated; PostgreSQL rewrites the touched tables with VACUUM FULL.
 */

export const purgeRequestSchema = z
  .object({
    fields: z.array(z.string().min(1).max(100)).min(1).max(50).describe('The fields to empty, everywhere'),
  })
  .strict();

export const purgeSchema = z
  .object({
    id: idSchema,
    recordType: z.string(),
    recordId: idSchema,
    fields: z.array(z.string()),
    status: z.enum(['pending', 'approved', 'rejected']),
    requestedBy: z.string(),
    requestedAt: z.string(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'Purge' });
export type Purge = z.infer<typeof purgeSchema>;

/** Tables that hold copies of a record type's values beside its own row and the revisions. */
const CACHE_TABLES: Record<string, string[]> = {
  persons: ['person_names', 'person_occupations'],
  cases: ['custody_intervals'],
  proceedings: ['proceeding_cases'],
};

const blankOf = (value: unknown) => (Array.isArray(value) ? [] : null);

function purgeFromRow(row: Schema['purge_requests']): Purge {
  return {
    id: row.id,
    recordType: row.record_type,
    recordId: row.record_id,
    fields: JSON.parse(row.fields) as string[],
    status: row.status as Purge['status'],
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
  };
}

/** Purging is a curator's act: the record's editors and administrators, or the operator. */
async function curatedRecord<F extends object>(ctx: OperationContext, kind: RecordKind<F>, id: string) {
  const { record, abilities } = await readableRecord(ctx, kind, id, { includeDeleted: true });
  assertAbility(abilities, 'share', kind.type);
  return record;
}

function fieldNames(kind: RecordKind<object>): string[] {
  const schema = kind.fieldsSchema as unknown as { shape?: Record<string, unknown> };
  return Object.keys(schema.shape ?? {});
}

/** One editor asks for fields of a record to be emptied everywhere; a second person must approve. */
export async function requestPurge(
  ctx: OperationContext,
  kind: RecordKind<object>,
  id: string,
  input: unknown,
): Promise<Purge> {
  const { fields } = parseInput(purgeRequestSchema, input);
  const known = fieldNames(kind);
  const unknown = fields.filter((field) => !known.includes(field));
  if (unknown.length > 0) {
    throw validationError(
      unknown.map((field) => ({ path: 'fields', message: `${field} is not a field of a ${kind.type}` })),
    );
  }
  return inTransaction(ctx, async (trx) => {
    await curatedRecord(trx, kind, id);
    const row = {
      id: newId(),
      record_type: kind.type,
      record_id: id,
      fields: JSON.stringify([...new Set(fields)].sort()),
      status: 'pending',
      requested_by: trx.actor.id,
      requested_at: nowIso(trx),
      decided_by: null,
      decided_at: null,
    };
    await trx.db.insertInto('purge_requests').values(row).execute();
    await appendAudit(trx, [
      {
        action: 'purge.request',
        targetType: kind.type,
        targetId: id,
        fields: JSON.parse(row.fields) as string[],
        detail: { purgeId: row.id },
      },
    ]);
    return purgeFromRow(row);
  });
}

/** The purges awaiting a decision on records the caller curates. */
export async function listPendingPurges(
  ctx: OperationContext,
  kinds: Readonly<Record<string, RecordKind<object>>>,
): Promise<Purge[]> {
  const rows = await ctx.db
    .selectFrom('purge_requests')
    .selectAll()
    .where('status', '=', 'pending')
    .orderBy('requested_at')
    .execute();
  const visible: Purge[] = [];
  for (const row of rows) {
    const kind = kinds[row.record_type];
    if (!kind) continue;
    const curated = await curatedRecord(ctx, kind, row.record_id).then(
      () => true,
      () => false,
    );
    if (curated) visible.push(purgeFromRow(row));
  }
  return visible;
}

/**
 * Approves (and carries out) or rejects a pending purge. The decider must be another person than
 * the requester, and a curator of the record.
 */
export async function decidePurge(
  ctx: OperationContext,
  kinds: Readonly<Record<string, RecordKind<object>>>,
  purgeId: string,
  approve: boolean,
): Promise<Purge> {
  const decided = await inTransaction(ctx, async (trx) => {
    const row = await trx.db
      .selectFrom('purge_requests')
      .selectAll()
      .where('id', '=', purgeId)
      .executeTakeFirst();
    const kind = row ? kinds[row.record_type] : undefined;
    if (!row || !kind) throw notFound('purge', purgeId);
    await curatedRecord(trx, kind, row.record_id);
    if (row.status !== 'pending') {
      throw new DocketError({
        type: 'duplicate',
        title: 'Already decided',
        detail: `The purge ${purgeId} is ${row.status}`,
      });
    }
    if (row.requested_by === trx.actor.id)
      throw forbidden('A purge needs a second person: you asked for this one');
    const fields = JSON.parse(row.fields) as string[];
    if (approve) await purgeEverywhere(trx, kind, row.record_id, fields);
    const set = {
      status: approve ? 'approved' : 'rejected',
      decided_by: trx.actor.id,
      decided_at: nowIso(trx),
    };
    await trx.db.updateTable('purge_requests').set(set).where('id', '=', purgeId).execute();
    await appendAudit(trx, [
      {
        action: approve ? 'purge.approve' : 'purge.reject',
        targetType: kind.type,
        targetId: row.record_id,
        fields,
        detail: { purgeId },
      },
    ]);
    return { purge: purgeFromRow({ ...row, ...set }), kind };
  });
  if (approve) await compact(ctx, decided.kind);
  return decided.purge;
}

/** Empties the fields in the record (a new 'purge' revision naming them) and in every revision. */
async function purgeEverywhere(
  ctx: OperationContext,
  kind: RecordKind<object>,
  id: string,
  fields: readonly string[],
): Promise<void> {
  const [stored] = await kind.load(ctx.db, [id]);
  if (!stored) throw notFound(kind.type, id);
  const open = openRecord(ctx, kind, stored) as Record<string, unknown>;
  for (const field of fields) open[field] = blankOf(open[field]);
  const record = open as unknown as StoredRecord<object>;
  const { stored: values, sealed } = sealFields(ctx, kind, record, fieldsOf(record));
  await claimVersion(ctx, kind, stored, { sealed });
  await kind.updateFields(ctx.db, id, values);
  const purged = new Set(fields);
  for (const revision of await listRevisions(ctx.db, kind.type, id)) {
    const snapshot = { fieldSensitivity: {}, ...revision.snapshot } as StoredRecord<object>;
    const opened = openRecord(ctx, kind, snapshot) as Record<string, unknown>;
    for (const field of fields) if (field in opened) opened[field] = blankOf(opened[field]);
    const reopened = opened as unknown as StoredRecord<object>;
    const resealed = sealFields(ctx, kind, reopened, fieldsOf(reopened));
    await updateRevisionBody(ctx.db, revision.id, {
      snapshot: { ...reopened, ...resealed.stored, sealed: resealed.sealed },
      changes: revision.changes.map((change) =>
        purged.has(change.field) ? { field: change.field, from: null, to: null } : change,
      ),
    });
  }
  const [after] = await kind.load(ctx.db, [id]);
  if (!after) throw notFound(kind.type, id);
  // Out of the search index too; on SQLite FTS5's secure-delete leaves no trace of the terms.
  await indexRecord(ctx, kind, after);
  await insertRevision(ctx.db, {
    recordType: kind.type,
    recordId: id,
    version: after.version,
    action: 'purge',
    actor: ctx.actor.id,
    at: after.updatedAt,
    snapshot: after,
    changes: fields.map((field) => ({ field, from: null, to: null })),
  });
}

/**
 * Makes the removed bytes go: SQLite zeroes freed space as it goes (`secure_delete`), so the WAL,
 * which still holds the old pages, is checkpointed and truncated; PostgreSQL rewrites the tables.
 */
async function compact(ctx: OperationContext, kind: RecordKind<object>): Promise<void> {
  if (ctx.dialect === 'sqlite') {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(ctx.db);
    return;
  }
  const tables = [kind.table, 'revisions', 'search_entries', ...(CACHE_TABLES[kind.table] ?? [])];
  await sql`vacuum full ${sql.join(tables.map((table) => sql.table(table)))}`.execute(ctx.db);
}
