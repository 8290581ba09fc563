import type { Kysely, Selectable } from 'kysely';
import { readJson, writeJson } from '../../../db/codec.ts';
import type { DocumentRedactionsTable, Schema } from '../../../db/schema.ts';
import type { Mask, Redaction } from './redaction.schema.ts';

type Db = Kysely<Schema>;

export function redactionFromRow(row: Selectable<DocumentRedactionsTable>): Redaction {
  return {
    id: row.id,
    documentId: row.document_id,
    masks: readJson(row.masks) as Mask[],
    note: row.note,
    createdAt: row.created_at,
    createdBy: row.created_by,
    hasImage: row.redacted_sha256 !== null,
  };
}

export async function insertRedaction(
  db: Db,
  row: Omit<DocumentRedactionsTable, 'masks'> & { masks: Mask[] },
) {
  await db
    .insertInto('document_redactions')
    .values({ ...row, masks: writeJson(row.masks) })
    .execute();
}

export async function redactionRow(db: Db, id: string) {
  return db.selectFrom('document_redactions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Newest first; a document has few redactions, so no paging. */
export async function redactionRows(db: Db, documentId: string) {
  return db
    .selectFrom('document_redactions')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
