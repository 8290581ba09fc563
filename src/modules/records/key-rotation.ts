import { sql } from 'kysely';
import type { OperationContext } from '../../core/context.ts';
import { isSealed, type Keyring, open, seal, sealedKeyId } from '../../core/secret-box.ts';
import { readJson, writeJson } from '../../db/codec.ts';
import type { RecordTable } from '../../db/schema.ts';
import { sealedFieldsOf } from '../access/field-levels.ts';
import { fieldsOf } from './record.row.ts';
import type { RecordKind } from './record-kind.ts';
import { resealRevisions, sealContext, sealFields } from './sealing.ts';

/**
 * Re-encrypts every sealed value under the keyring's current key: the records' `sealed` columns and
 * the sealed values inside revisions. Work is committed a batch at a time and a value already under
 * the current key is left alone, so an interrupted rotation resumes where it stopped when run again
 * (with the old keys still in the keyring) and a finished one finds nothing to do.
 */

export interface RotationTarget {
  table: RecordTable;
  /** The record type sealed values are bound to, e.g. `person`. */
  type: string;
}

export interface RotationOptions {
  batchSize?: number;
  /** Called after each committed batch; returning false stops the rotation there (for tests). */
  onBatch?: (progress: { table: string; rewritten: number }) => boolean | undefined;
}

export interface RotationResult {
  records: number;
  revisions: number;
  /** False when `onBatch` stopped it early. */
  finished: boolean;
}

const reseal = (keyring: Keyring, value: string, context: string) =>
  sealedKeyId(value) === keyring.current.id ? value : seal(keyring, open(keyring, value, context), context);

function requireKeyring(ctx: OperationContext): Keyring {
  if (!ctx.keyring) throw new Error('Key rotation needs the keyring');
  return ctx.keyring;
}

export async function rotateSealedValues(
  ctx: OperationContext,
  targets: readonly RotationTarget[],
  options: RotationOptions = {},
): Promise<RotationResult> {
  const keyring = requireKeyring(ctx);
  const batchSize = options.batchSize ?? 500;
  const result: RotationResult = { records: 0, revisions: 0, finished: true };
  const keepGoing = (table: string, rewritten: number) => options.onBatch?.({ table, rewritten }) !== false;

  // Each batch is read and rewritten in one transaction (rows locked on PostgreSQL; SQLite's single
  // writer does the same), so a change made meanwhile is never overwritten with an older value.
  const lock = ctx.dialect === 'postgres' ? sql` for update` : sql``;
  for (const { table, type } of targets) {
    let after = '';
    for (;;) {
      const batch = await ctx.db.transaction().execute(async (trx) => {
        const rows = await sql<{ id: string; sealed: string }>`select id, sealed from ${sql.table(table)}
          where sealed is not null and id > ${after} order by id limit ${batchSize}${lock}`.execute(trx);
        const stale = rows.rows.filter((row) => sealedKeyId(row.sealed) !== keyring.current.id);
        for (const row of stale) {
          const next = reseal(keyring, row.sealed, sealContext(type, row.id));
          await sql`update ${sql.table(table)} set sealed = ${next} where id = ${row.id}`.execute(trx);
        }
        return { last: rows.rows.at(-1)?.id, rewritten: stale.length };
      });
      if (batch.last === undefined) break;
      after = batch.last;
      if (batch.rewritten === 0) continue;
      result.records += batch.rewritten;
      if (!keepGoing(table, result.records)) return { ...result, finished: false };
    }
  }

  const asText = ctx.dialect === 'postgres' ? sql`cast(snapshot as text)` : sql`snapshot`;
  const changesText = ctx.dialect === 'postgres' ? sql`cast(changes as text)` : sql`changes`;
  let after = '';
  for (;;) {
    const batch = await ctx.db.transaction().execute(async (trx) => {
      const rows = await sql<{
        id: string;
        record_type: string;
        record_id: string;
        snapshot: unknown;
        changes: unknown;
      }>`
        select id, record_type, record_id, snapshot, changes from revisions
        where id > ${after} and (${asText} like '%dks1.%' or ${changesText} like '%dks1.%')
        order by id limit ${batchSize}${lock}`.execute(trx);
      let rewritten = 0;
      for (const row of rows.rows) {
        const context = sealContext(row.record_type, row.record_id);
        const snapshot = readJson(row.snapshot) as Record<string, unknown>;
        const changes = readJson(row.changes) as Array<Record<string, unknown>>;
        const nextSnapshot = isSealed(snapshot.sealed)
          ? { ...snapshot, sealed: reseal(keyring, snapshot.sealed, context) }
          : snapshot;
        const side = (value: unknown) => (isSealed(value) ? reseal(keyring, value, context) : value);
        const nextChanges = changes.map((change) => ({
          ...change,
          from: side(change.from),
          to: side(change.to),
        }));
        if (writeJson(nextSnapshot) === writeJson(snapshot) && writeJson(nextChanges) === writeJson(changes))
          continue;
        await trx
          .updateTable('revisions')
          .set({ snapshot: writeJson(nextSnapshot), changes: writeJson(nextChanges) })
          .where('id', '=', row.id)
          .execute();
        rewritten += 1;
      }
      return { last: rows.rows.at(-1)?.id, rewritten };
    });
    if (batch.last === undefined) break;
    after = batch.last;
    result.revisions += batch.rewritten;
    if (batch.rewritten > 0 && !keepGoing('revisions', result.revisions))
      return { ...result, finished: false };
  }
  return result;
}

/**
 * How many records and revisions hold values sealed under each key: what `docket keys status`
 * prints, so a rotation stopped half-way (some values still under the old key) shows as such.
 */
export async function countSealedByKey(
  ctx: OperationContext,
  targets: readonly RotationTarget[],
): Promise<{ records: Record<string, number>; revisions: Record<string, number> }> {
  const counts: Record<string, number> = {};
  for (const { table } of targets) {
    const rows = await sql<{
      sealed: string;
    }>`select sealed from ${sql.table(table)} where sealed is not null`.execute(ctx.db);
    for (const { sealed } of rows.rows) {
      const id = sealedKeyId(sealed) ?? 'unreadable';
      counts[id] = (counts[id] ?? 0) + 1;
    }
  }
  const revisionCounts: Record<string, number> = {};
  const asText =
    ctx.dialect === 'postgres'
      ? sql`cast(snapshot as text) || cast(changes as text)`
      : sql`snapshot || changes`;
  const rows = await sql<{
    text: string;
  }>`select ${asText} as text from revisions where ${asText} like '%dks1.%'`.execute(ctx.db);
  for (const { text } of rows.rows) {
    for (const id of new Set([...text.matchAll(/dks1\.([0-9a-f]+)\./g)].map((m) => m[1] ?? ''))) {
      revisionCounts[id] = (revisionCounts[id] ?? 0) + 1;
    }
  }
  return { records: counts, revisions: revisionCounts };
}

/**
 * Seals the secret values still held in clear: those of secret records written before secret values
 * were encrypted (schema 0004). Idempotent and cheap when there is nothing to do; the server runs
 * it at start, and `docket keys rotate` before rotating.
 */
export async function sealOutstanding(
  ctx: OperationContext,
  kinds: readonly RecordKind<object>[],
): Promise<number> {
  let sealedCount = 0;
  for (const kind of kinds.filter((k) => Object.keys(k.levels ?? {}).length > 0)) {
    const rows = await sql<{ id: string }>`select id from ${sql.table(kind.table)}
      where sensitivity = 'secret' and sealed is null`.execute(ctx.db);
    for (const { id } of rows.rows) {
      await ctx.db.transaction().execute(async (db) => {
        const trx = { ...ctx, db };
        const [record] = await kind.load(db, [id]);
        if (!record || record.sealed) return;
        const { stored, sealed } = sealFields(trx, kind, record, fieldsOf(record));
        if (!sealed) return;
        await kind.updateFields(db, id, stored);
        await sql`update ${sql.table(kind.table)} set sealed = ${sealed} where id = ${id}`.execute(db);
        await resealRevisions(trx, kind, id, sealedFieldsOf(kind.levels ?? {}, record));
        sealedCount += 1;
      });
    }
  }
  return sealedCount;
}
