import type { OperationContext } from '../../core/context.ts';
import { inTransaction, nowIso } from '../../core/context.ts';
import { newId } from '../../core/ids.ts';
import { writeJson } from '../../db/codec.ts';
import { sha256Of } from '../../db/file-store.ts';
import { appendAudit } from '../audit/audit.store.ts';
import { createRecord } from '../records/record.operations.ts';
import { abilitiesOf } from '../records/record-access.ts';
import { entryRecordOf } from '../search/record-entries.ts';
import { insertPageEntries } from '../search/search-index.ts';
import { sourceKind } from '../sources/source.operations.ts';
import { documentBySha, insertPages } from './document.store.ts';
import { type Extracted, ExtractionError, extractDocument } from './extract/extract.ts';

/**
 * One file into Docket as evidence: fingerprinted, its text read (or recognised), the original
 * kept unchanged beside a working copy, a source record made for it, and its arrival audited.
 * The same file again is recognised by its SHA-256 and stored once.
 */

export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export interface IngestOptions {
  /** How it came in, for the chain of custody: `cli`, `api` or `web`. */
  origin: string;
  ocr: { languages: string[] } | false;
  signal?: AbortSignal;
  /** Where extraction runs: an `ExtractionPool`'s worker threads, or this thread by default. */
  extract?: typeof extractDocument;
}

export type IngestResult =
  | { status: 'done'; documentId: string; sourceId: string }
  /** The id is given only when the caller may see the document already there. */
  | { status: 'duplicate'; documentId: string | null }
  | { status: 'failed'; errorCode: string; errorMessage: string };

const titleOf = (extracted: Extracted, fileName: string): string => {
  const title = extracted.metadata.title;
  return typeof title === 'string' && title.trim() ? title.trim().slice(0, 1000) : fileName.slice(0, 1000);
};

function filesOf(ctx: OperationContext) {
  if (!ctx.files) throw new Error('documents need the file store (the data directory) in the context');
  return ctx.files;
}

export async function ingestFile(
  ctx: OperationContext,
  file: { name: string; bytes: Buffer },
  options: IngestOptions,
): Promise<IngestResult> {
  const files = filesOf(ctx);
  const sha256 = sha256Of(file.bytes);
  const existing = await documentBySha(ctx.db, sha256);
  if (existing) return { status: 'duplicate', documentId: await visibleId(ctx, existing) };
  let extracted: Extracted;
  try {
    extracted = await (options.extract ?? extractDocument)(file.bytes, file.name, {
      ocr: options.ocr,
      maxBytes: MAX_FILE_BYTES,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof ExtractionError)
      return { status: 'failed', errorCode: error.code, errorMessage: error.message };
    throw error;
  }
  // Files first: content-addressed and written whole or not at all, so a crash before the rows
  // commit leaves only a file the next attempt reuses.
  await files.put('original', file.bytes);
  const workingSha = extracted.workingCopy ? await files.put('working', extracted.workingCopy) : null;
  try {
    return await inTransaction(ctx, async (trx) => {
      const author = extracted.metadata.author;
      const source = await createRecord(trx, sourceKind, {
        kind: 'document',
        title: titleOf(extracted, file.name),
        author: typeof author === 'string' && author.trim() ? author.trim().slice(0, 500) : null,
        publishedOn: null,
        url: null,
        language: extracted.language,
        reliability: 'cannot-be-judged',
        notes: null,
      });
      const documentId = newId();
      await trx.db
        .insertInto('documents')
        .values({
          id: documentId,
          source_id: source.id,
          sha256,
          file_name: file.name.slice(0, 1000),
          media_type: extracted.mediaType,
          kind: extracted.kind,
          size_bytes: file.bytes.length,
          page_count: extracted.pages.length,
          language: extracted.language,
          status: extracted.needsOcr ? 'needs-ocr' : 'ready',
          metadata: writeJson(extracted.metadata),
          working_sha256: workingSha,
          origin: options.origin,
          created_at: nowIso(trx),
          created_by: trx.actor.id,
        })
        .execute();
      await insertPages(trx.db, documentId, extracted.pages);
      const [stored] = await sourceKind.load(trx.db, [source.id]);
      if (stored) await insertPageEntries(trx, entryRecordOf(sourceKind, stored));
      // The chain of custody: who brought which document in, when and how. Never its name or hash.
      await appendAudit(trx, [
        {
          action: 'document.ingest',
          targetType: 'document',
          targetId: documentId,
          detail: {
            origin: options.origin,
            kind: extracted.kind,
            pages: extracted.pages.length,
            source: source.id,
          },
        },
      ]);
      return { status: 'done' as const, documentId, sourceId: source.id };
    });
  } catch (error) {
    // Another ingest of the same file committed first: it is a duplicate after all.
    const raced = await documentBySha(ctx.db, sha256);
    if (raced) return { status: 'duplicate', documentId: await visibleId(ctx, raced) };
    throw error;
  }
}

/** The existing document's id if the caller may read its source; else nothing that shows it exists. */
async function visibleId(
  ctx: OperationContext,
  row: { id: string; source_id: string },
): Promise<string | null> {
  const [source] = await sourceKind.load(ctx.db, [row.source_id]);
  if (!source) return null;
  const can = (await abilitiesOf(ctx, sourceKind, [source])).get(source.id);
  return can?.read ? row.id : null;
}
