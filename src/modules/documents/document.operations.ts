import type { OperationContext } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { appendAudit } from '../audit/audit.store.ts';
import { abilitiesOf } from '../records/record-access.ts';
import { sourceKind } from '../sources/source.operations.ts';
import type { DocumentInfo } from './document.schema.ts';
import { documentFromRow, documentRow, pageText } from './document.store.ts';

/**
 * Reading documents. A document is its source record's file: whoever may read the source may read
 * the document, its pages and its files; to anyone else it does not exist.
 */

async function readableRow(ctx: OperationContext, id: string) {
  const row = await documentRow(ctx.db, id);
  if (!row) throw notFound('document', id);
  const [source] = await sourceKind.load(ctx.db, [row.source_id]);
  const can = source ? (await abilitiesOf(ctx, sourceKind, [source])).get(source.id) : undefined;
  if (!source || source.deletedAt || !can?.read) throw notFound('document', id);
  return row;
}

export async function getDocument(ctx: OperationContext, id: string): Promise<DocumentInfo> {
  return documentFromRow(await readableRow(ctx, id));
}

/** The documents of sources the caller may read, for one source or the most recent. */
export async function listDocuments(
  ctx: OperationContext,
  input: { sourceId?: string },
): Promise<DocumentInfo[]> {
  let query = ctx.db
    .selectFrom('documents')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(200);
  if (input.sourceId) query = query.where('source_id', '=', input.sourceId);
  const rows = await query.execute();
  const sources = await sourceKind.load(ctx.db, [...new Set(rows.map((row) => row.source_id))]);
  const can = await abilitiesOf(ctx, sourceKind, sources);
  const live = new Set(sources.filter((s) => !s.deletedAt && can.get(s.id)?.read).map((s) => s.id));
  return rows.filter((row) => live.has(row.source_id)).map(documentFromRow);
}

export async function getDocumentPage(ctx: OperationContext, id: string, number: number) {
  const row = await readableRow(ctx, id);
  const page = await pageText(ctx.db, row.id, number);
  if (!page) throw notFound('page', `${id}/${number}`);
  return page;
}

/**
 * A document's file: the original (the evidentiary copy, exactly as it came in) or the working
 * copy (an image without its metadata). Every read of either is audited.
 */
export async function readDocumentFile(ctx: OperationContext, id: string, which: 'original' | 'working') {
  const row = await readableRow(ctx, id);
  if (!ctx.files) throw new Error('documents need the file store (the data directory) in the context');
  // Only images have a working copy file; other documents' working copy is their text.
  const sha = which === 'original' ? row.sha256 : row.working_sha256;
  if (!sha) throw notFound('working copy of document', id);
  const bytes = await ctx.files.get(which, sha);
  await appendAudit(ctx, [{ action: `document.read-${which}`, targetType: 'document', targetId: id }]);
  return { bytes, mediaType: row.media_type, fileName: row.file_name };
}
