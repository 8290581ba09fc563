import { type ColumnDefinitionBuilder, type Kysely, sql } from 'kysely';
import type { Dialect } from '../../core/context.ts';
import { columnTypes } from '../column-types.ts';

/**
 * Documents kept as evidence. Each file's original is stored once, by its SHA-256, in the data
 * directory and never changed (`documents.sha256` is unique, so the same file twice is one
 * document); its source record says who may see it. `document_pages` holds the text of each page
 * (from the text layer or OCR). An ingest batch lists its files (`ingest_items`) so an interrupted
 * batch resumes where it stopped. A redacted copy (`document_redactions`) records the masks an
 * editor drew over a working copy for publication, and the file they made; the original is never
 * touched. A citation may now name the page of a document it quotes.
 */
export function documents(dialect: Dialect) {
  const types = columnTypes(dialect);
  const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('source_id', 'text', (c) => c.notNull().unique().references('sources.id'))
        .addColumn('sha256', 'text', (c) => c.notNull().unique())
        .addColumn('file_name', 'text', notNull)
        .addColumn('media_type', 'text', notNull)
        .addColumn('kind', 'text', notNull)
        .addColumn('size_bytes', 'bigint', notNull)
        .addColumn('page_count', 'integer', notNull)
        .addColumn('language', 'text')
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('ready', 'needs-ocr')`))
        .addColumn('metadata', types.json, notNull)
        .addColumn('working_sha256', 'text')
        .addColumn('origin', 'text', notNull)
        .addColumn('created_at', types.timestamp, notNull)
        .addColumn('created_by', 'text', notNull)
        .execute();
      await db.schema
        .createTable('document_pages')
        .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
        .addColumn('number', 'integer', notNull)
        .addColumn('text', 'text', notNull)
        .addColumn('ocr', types.bool, notNull)
        .addPrimaryKeyConstraint('document_pages_pk', ['document_id', 'number'])
        .execute();
      await db.schema
        .createTable('ingest_batches')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('fingerprint', 'text', (c) => c.notNull().unique())
        .addColumn('origin', 'text', notNull)
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('running', 'interrupted', 'done')`),
        )
        .addColumn('created_at', types.timestamp, notNull)
        .addColumn('created_by', 'text', notNull)
        .addColumn('updated_at', types.timestamp, notNull)
        .execute();
      await db.schema
        .createTable('ingest_items')
        .addColumn('batch_id', 'text', (c) => c.notNull().references('ingest_batches.id'))
        .addColumn('position', 'integer', notNull)
        .addColumn('name', 'text', notNull)
        .addColumn('location', 'text', notNull)
        .addColumn('size_bytes', 'bigint', notNull)
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('pending', 'done', 'duplicate', 'failed')`),
        )
        .addColumn('document_id', 'text')
        .addColumn('error_code', 'text')
        .addColumn('error_message', 'text')
        .addColumn('updated_at', types.timestamp, notNull)
        .addPrimaryKeyConstraint('ingest_items_pk', ['batch_id', 'position'])
        .execute();
      await db.schema
        .createTable('document_redactions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
        .addColumn('masks', types.json, notNull)
        .addColumn('note', 'text')
        .addColumn('redacted_sha256', 'text')
        .addColumn('created_at', types.timestamp, notNull)
        .addColumn('created_by', 'text', notNull)
        .execute();
      await db.schema
        .createIndex('document_redactions_document')
        .on('document_redactions')
        .column('document_id')
        .execute();
      await db.schema.alterTable('citations').addColumn('page', 'integer').execute();
    },
  };
}
