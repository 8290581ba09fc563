import { sql } from 'kysely';
import { inTransaction, nowIso, type OperationContext } from '../../core/context.ts';
import type { AuditLogTable } from '../../db/schema.ts';
import { type AuditEntry, type AuditHead, type ChainedEntry, entryHash, signHead } from './audit-chain.ts';

/** What an operation tells the audit log; the actor and time come from its context. */
export interface AuditInput {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  /** The names of the fields concerned: never their values. */
  fields?: readonly string[];
  detail?: AuditEntry['detail'];
}

/** SQLite accepts at most this many bound values in one statement. */
const ROWS_PER_INSERT = 2_000;

/**
 * Appends entries to the chain, in the caller's transaction when there is one (so a change and its
 * audit row commit or roll back together), else in one of its own. The head row is locked first, so
 * concurrent writers (other processes too) line up.
 */
export async function appendAudit(ctx: OperationContext, inputs: readonly AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await inTransaction(ctx, async (trx) => {
    // Take the write lock before reading the head: PostgreSQL locks the row; SQLite's no-op update
    // makes this connection the writer at once (waiting its busy timeout), where a read first would
    // fail outright if another process wrote in between.
    if (trx.dialect === 'sqlite') await sql`update audit_head set seq = seq where id = 1`.execute(trx.db);
    const lock = trx.dialect === 'postgres' ? sql` for update` : sql``;
    const head = (
      await sql<AuditHead>`select seq, hash, signature from audit_head where id = 1${lock}`.execute(trx.db)
    ).rows[0];
    if (!head) throw new Error('The audit head is missing: the database was not migrated');
    const at = nowIso(trx);
    let seq = Number(head.seq);
    let prevHash = head.hash;
    const rows: AuditLogTable[] = inputs.map((input) => {
      seq += 1;
      const entry: AuditEntry = {
        seq,
        at,
        actor: trx.actor.id,
        actorKind: trx.actor.kind,
        action: input.action,
        targetType: input.targetType ?? null,
        targetId: input.targetId ?? null,
        fields: [...(input.fields ?? [])],
        detail: input.detail ?? {},
        prevHash,
      };
      const hash = entryHash(entry);
      prevHash = hash;
      return rowOf({ ...entry, hash });
    });
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await trx.db
        .insertInto('audit_log')
        .values(rows.slice(start, start + ROWS_PER_INSERT))
        .execute();
    }
    const signature = trx.auditKey ? signHead(trx.auditKey, seq, prevHash) : '';
    await trx.db
      .updateTable('audit_head')
      .set({ seq, hash: prevHash, signature })
      .where('id', '=', 1)
      .execute();
  });
}

function rowOf(entry: ChainedEntry): AuditLogTable {
  return {
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    actor_kind: entry.actorKind,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId,
    fields: JSON.stringify(entry.fields),
    detail: JSON.stringify(entry.detail),
    prev_hash: entry.prevHash,
    hash: entry.hash,
  };
}

export function entryOf(row: AuditLogTable): ChainedEntry {
  return {
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    actorKind: row.actor_kind,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    fields: JSON.parse(row.fields) as string[],
    detail: JSON.parse(row.detail) as AuditEntry['detail'],
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export async function readHead(ctx: OperationContext): Promise<AuditHead> {
  const head = await ctx.db
    .selectFrom('audit_head')
    .select(['seq', 'hash', 'signature'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return head ? { ...head, seq: Number(head.seq) } : { seq: 0, hash: '', signature: '' };
}

/** The rows after `afterSeq`, in order, a page at a time. */
export async function readRows(
  ctx: OperationContext,
  afterSeq: number,
  limit: number,
): Promise<ChainedEntry[]> {
  const rows = await ctx.db
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map(entryOf);
}
