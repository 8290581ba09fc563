import type { OperationContext } from '../../core/context.ts';
import { inTransaction, nowIso } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { newId } from '../../core/ids.ts';
import { sha256Of } from '../../db/file-store.ts';
import { appendAudit } from '../audit/audit.store.ts';
import type { IngestBatch } from './document.schema.ts';
import { type IngestOptions, ingestFile, MAX_FILE_BYTES } from './ingest.operations.ts';

/**
 * A batch of files ingested one after another, each in its own transaction, with its progress
 * kept in `ingest_items`: interrupted, it resumes at the first file not yet dealt with; started
 * again with the same files (the same fingerprint), it is the same batch and changes nothing more.
 * A bad file is recorded with its error and the batch goes on.
 */

export interface BatchFile {
  /** As shown to the user: the file's name, or its path within the folder given. */
  name: string;
  /** Where `read` finds the bytes: a local path, or an upload's spool file. */
  location: string;
  sizeBytes: number;
}

export interface RunOptions extends IngestOptions {
  read: (location: string) => Promise<Buffer>;
  /**
   * Whether a file can be read yet: an upload not yet arrived is left pending (the batch goes on
   * with the others and takes it up when it comes). Every file is ready when left out.
   */
  isReady?: (location: string) => Promise<boolean>;
  /** How many files are worked on at once (give an extraction pool of as many workers). */
  concurrency?: number;
  /**
   * Whether a stopped batch goes on. The CLI resumes by running again (the default); the server's
   * runner passes false, so a Stop holds until someone asks to resume.
   */
  resume?: boolean;
  /** After each file: how many of the batch are dealt with, and the file just done. */
  onProgress?: (done: number, total: number, item: { name: string; status: string }) => void;
}

/** The batch for these files: a new one, or the same files' batch from before (to resume). */
export async function planBatch(
  ctx: OperationContext,
  files: readonly BatchFile[],
  origin: string,
): Promise<string> {
  const fingerprint = sha256Of(
    JSON.stringify([origin, ctx.actor.id, files.map((f) => [f.name, f.location, f.sizeBytes])]),
  );
  const existing = await ctx.db
    .selectFrom('ingest_batches')
    .select('id')
    .where('fingerprint', '=', fingerprint)
    .executeTakeFirst();
  if (existing) return existing.id;
  const id = newId();
  await inTransaction(ctx, async (trx) => {
    const now = nowIso(trx);
    await trx.db
      .insertInto('ingest_batches')
      .values({
        id,
        fingerprint,
        origin,
        status: 'running',
        created_at: now,
        created_by: trx.actor.id,
        updated_at: now,
      })
      .execute();
    for (let i = 0; i < files.length; i += 500) {
      await trx.db
        .insertInto('ingest_items')
        .values(
          files.slice(i, i + 500).map((file, j) => ({
            batch_id: id,
            position: i + j,
            name: file.name,
            location: file.location,
            size_bytes: file.sizeBytes,
            // An oversized file is refused before it is read into memory.
            ...(file.sizeBytes > MAX_FILE_BYTES
              ? {
                  status: 'failed',
                  error_code: 'too-large',
                  error_message: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`,
                }
              : { status: 'pending', error_code: null, error_message: null }),
            document_id: null,
            updated_at: now,
          })),
        )
        .execute();
    }
    await appendAudit(trx, [
      {
        action: 'ingest.batch',
        targetType: 'ingest-batch',
        targetId: id,
        detail: { origin, files: files.length },
      },
    ]);
  });
  return id;
}

/** Ingests the batch's pending files in order; stops between files when `signal` aborts. */
export async function runBatch(
  ctx: OperationContext,
  batchId: string,
  options: RunOptions,
): Promise<IngestBatch> {
  const pending = await ctx.db
    .selectFrom('ingest_items')
    .select(['position', 'name', 'location'])
    .where('batch_id', '=', batchId)
    .where('status', '=', 'pending')
    .orderBy('position')
    .execute();
  const before = await getBatch(ctx, batchId);
  // Every file dealt with already: the batch run again changes nothing, not even its status.
  if (pending.length === 0 && before.status === 'done') return before;
  const total = before.total;
  let done = total - pending.length;
  if (before.status === 'interrupted' && options.resume === false) return before;
  // Without `resume`, a Stop that lands between the check above and here must hold: the update only
  // takes a batch that is not stopped.
  await ctx.db
    .updateTable('ingest_batches')
    .set({ status: 'running', updated_at: nowIso(ctx) })
    .where('id', '=', batchId)
    .$if(options.resume === false, (query) => query.where('status', '!=', 'interrupted'))
    .execute();
  let waiting = 0;
  let stopped = false;
  const queue = [...pending];
  // Each lane takes the next file when it has finished one: with an extraction pool, as many files
  // are read and parsed at once as there are lanes; the database writes stay one transaction each.
  const lane = async (): Promise<void> => {
    for (let item = queue.shift(); item && !stopped; item = queue.shift()) {
      // Stopped here (Ctrl-C) or from elsewhere (the web app's Stop): the batch ends between files.
      if (options.signal?.aborted || (await statusOf(ctx, batchId)) === 'interrupted') {
        stopped = true;
        return;
      }
      if (options.isReady && !(await options.isReady(item.location))) {
        waiting += 1;
        continue;
      }
      const result = await readAndIngest(ctx, item, options);
      await ctx.db
        .updateTable('ingest_items')
        .set({
          status: result.status,
          document_id: result.status === 'failed' ? null : result.documentId,
          error_code: result.status === 'failed' ? result.errorCode : null,
          error_message: result.status === 'failed' ? result.errorMessage : null,
          updated_at: nowIso(ctx),
        })
        .where('batch_id', '=', batchId)
        .where('position', '=', item.position)
        .execute();
      done += 1;
      options.onProgress?.(done, total, { name: item.name, status: result.status });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, lane));
  if (stopped) {
    await setBatchStatus(ctx, batchId, 'interrupted');
    return getBatch(ctx, batchId);
  }
  // Files still to come keep the batch running; it is done when every file is dealt with.
  if (waiting === 0) await setBatchStatus(ctx, batchId, 'done');
  return getBatch(ctx, batchId);
}

async function statusOf(ctx: OperationContext, batchId: string): Promise<string | undefined> {
  const row = await ctx.db
    .selectFrom('ingest_batches')
    .select('status')
    .where('id', '=', batchId)
    .executeTakeFirst();
  return row?.status;
}

/** Stops a batch between two files; `resumeBatch` lets it go on. */
export async function stopBatch(ctx: OperationContext, batchId: string): Promise<IngestBatch> {
  const batch = await getBatch(ctx, batchId);
  if (batch.status === 'running') await setBatchStatus(ctx, batchId, 'interrupted');
  return getBatch(ctx, batchId);
}

export async function resumeBatch(ctx: OperationContext, batchId: string): Promise<IngestBatch> {
  const batch = await getBatch(ctx, batchId);
  if (batch.status === 'interrupted') await setBatchStatus(ctx, batchId, 'running');
  return getBatch(ctx, batchId);
}

async function readAndIngest(
  ctx: OperationContext,
  item: { name: string; location: string },
  options: RunOptions,
) {
  let bytes: Buffer;
  try {
    bytes = await options.read(item.location);
  } catch (error) {
    return {
      status: 'failed' as const,
      errorCode: 'unreadable',
      errorMessage: `could not be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    };
  }
  return ingestFile(ctx, { name: item.name, bytes }, options);
}

async function setBatchStatus(
  ctx: OperationContext,
  id: string,
  status: IngestBatch['status'],
): Promise<void> {
  await ctx.db
    .updateTable('ingest_batches')
    .set({ status, updated_at: nowIso(ctx) })
    .where('id', '=', id)
    .execute();
}

/** A batch and each file's outcome, for whoever started it (or the operator). */
export async function getBatch(ctx: OperationContext, id: string): Promise<IngestBatch> {
  const batch = await ctx.db.selectFrom('ingest_batches').selectAll().where('id', '=', id).executeTakeFirst();
  const mine =
    batch &&
    (ctx.actor.kind === 'operator' || ctx.actor.kind === 'system' || batch.created_by === ctx.actor.id);
  if (!batch || !mine) throw notFound('ingest batch', id);
  const items = await ctx.db
    .selectFrom('ingest_items')
    .selectAll()
    .where('batch_id', '=', id)
    .orderBy('position')
    .execute();
  return {
    id: batch.id,
    status: batch.status as IngestBatch['status'],
    origin: batch.origin,
    total: items.length,
    done: items.filter((item) => item.status !== 'pending').length,
    failed: items.filter((item) => item.status === 'failed').length,
    items: items.map((item) => ({
      position: item.position,
      name: item.name,
      sizeBytes: Number(item.size_bytes),
      status: item.status as IngestBatch['items'][number]['status'],
      documentId: item.document_id,
      errorCode: item.error_code,
      errorMessage: item.error_message,
    })),
    createdAt: batch.created_at,
    updatedAt: batch.updated_at,
  };
}
