import type { OperationContext } from '../../core/context.ts';
import type { StoredRecord } from '../records/record.schema.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { entryRecordOf, recordEntries } from './record-entries.ts';
import type { EntryRecord, IndexEntry } from './search-entry.ts';
import { deleteEntries, insertEntries, updatePageEntries } from './search-index.store.ts';

/**
 * Keeps the search index in step with the records, in the same transaction as each change: a
 * record's entries are rewritten from the stored record (so secret values, sealed there, never
 * reach the index), and a source's document pages follow its visibility.
 */

export async function indexRecord<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  record: StoredRecord<F>,
): Promise<void> {
  await deleteEntries(ctx.db, ctx.dialect, kind.type, record.id, 'record');
  await insertEntries(ctx.db, ctx.dialect, recordEntries(kind, record));
  if (kind.type === 'source') await indexSourcePages(ctx, record, entryRecordOf(kind, record));
}

/** A document's pages are searchable exactly while its source record is. */
async function indexSourcePages(
  ctx: OperationContext,
  source: StoredRecord<object>,
  entry: EntryRecord,
): Promise<void> {
  if (source.deletedAt || source.sensitivity === 'secret') {
    await deleteEntries(ctx.db, ctx.dialect, 'source', source.id, 'pages');
    return;
  }
  const updated = await updatePageEntries(ctx.db, entry);
  if (updated === 0) await insertPageEntries(ctx, entry);
}

/** Indexes the pages of the source's document, if it has one. */
export async function insertPageEntries(ctx: OperationContext, source: EntryRecord): Promise<void> {
  const pages = await ctx.db
    .selectFrom('document_pages')
    .innerJoin('documents', 'documents.id', 'document_pages.document_id')
    .select(['document_pages.number', 'document_pages.text'])
    .where('documents.source_id', '=', source.recordId)
    .orderBy('document_pages.number')
    .execute();
  const entries: IndexEntry[] = pages.map((page) => ({
    ...source,
    part: 'page',
    page: page.number,
    fieldLevel: 'public',
    publicBasis: true,
    text: page.text,
    keepText: false,
  }));
  await insertEntries(ctx.db, ctx.dialect, entries);
}
