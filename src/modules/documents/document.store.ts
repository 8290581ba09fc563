import type { Kysely, Selectable } from 'kysely';
import { readBool, readJson } from '../../db/codec.ts';
import type { DocumentsTable, Schema } from '../../db/schema.ts';
import type { DocumentInfo } from './document.schema.ts';

type Db = Kysely<Schema>;

export function documentFromRow(row: Selectable<DocumentsTable>): DocumentInfo {
  return {
    id: row.id,
    sourceId: row.source_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    kind: row.kind as DocumentInfo['kind'],
    sizeBytes: Number(row.size_bytes),
    pageCount: row.page_count,
    language: row.language,
    status: row.status as DocumentInfo['status'],
    metadata: readJson(row.metadata) as DocumentInfo['metadata'],
    sha256: row.sha256,
    hasWorkingCopy: row.working_sha256 !== null,
    origin: row.origin,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export async function documentBySha(db: Db, sha256: string) {
  return db.selectFrom('documents').selectAll().where('sha256', '=', sha256).executeTakeFirst();
}

export async function documentRow(db: Db, id: string) {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function pageText(db: Db, documentId: string, number: number) {
  const row = await db
    .selectFrom('document_pages')
    .select(['number', 'text', 'ocr'])
    .where('document_id', '=', documentId)
    .where('number', '=', number)
    .executeTakeFirst();
  return row ? { number: row.number, text: row.text, ocr: readBool(row.ocr) } : undefined;
}

/** SQLite binds at most a few thousand values per statement: pages go in slices. */
const PAGES_PER_INSERT = 200;

export async function insertPages(
  db: Db,
  documentId: string,
  pages: ReadonlyArray<{ number: number; text: string; ocr: boolean }>,
): Promise<void> {
  for (let i = 0; i < pages.length; i += PAGES_PER_INSERT) {
    await db
      .insertInto('document_pages')
      .values(
        pages.slice(i, i + PAGES_PER_INSERT).map((page) => ({
          document_id: documentId,
          number: page.number,
          text: page.text,
          ocr: page.ocr,
        })),
      )
      .execute();
  }
}
