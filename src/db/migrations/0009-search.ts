import { type ColumnDefinitionBuilder, type Kysely, sql } from 'kysely';
import type { Dialect } from '../../core/context.ts';
import { columnTypes } from '../column-types.ts';

/**
 * The search index. `search_entries` holds one row per piece of text a single visibility rule
 * covers (a record's own fields, a group of its identifying fields, a page of a document), with
 * copies of the record's visibility columns and facets so a search filters by permission inside
 * the query. The words are normalized in Docket before they reach the engine (folded, stemmed):
 * on SQLite into a contentless FTS5 table keyed by the entry's rowid, whose deletions physically
 * remove the terms (`secure-delete`, given the entry's tokens again); on PostgreSQL into a tsvector column with a GIN index.
 * `search_index_state` records which build of the normalization the index was made with, so a
 * change to it rebuilds the index at start-up.
 */
export function search(dialect: Dialect) {
  const types = columnTypes(dialect);
  const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      let table = db.schema
        .createTable('search_entries')
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => c.primaryKey())
        .addColumn('record_type', 'text', notNull)
        .addColumn('record_id', 'text', notNull)
        .addColumn('page', 'integer')
        .addColumn('part', 'text', notNull)
        .addColumn('field_level', 'text', notNull)
        .addColumn('public_basis', types.bool, notNull)
        .addColumn('sensitivity', 'text', notNull)
        .addColumn('is_published', types.bool, notNull)
        .addColumn('owner_org_id', 'text')
        .addColumn('countries', 'text', notNull)
        .addColumn('case_type', 'text')
        .addColumn('status', 'text')
        .addColumn('issue_areas', 'text', notNull)
        .addColumn('source_type', 'text')
        .addColumn('date_start', 'text')
        .addColumn('date_end', 'text')
        .addColumn('body', 'text');
      if (dialect === 'postgres') table = table.addColumn('tsv', sql`tsvector`, notNull);
      await table.execute();
      await db.schema
        .createIndex('search_entries_record')
        .on('search_entries')
        .columns(['record_type', 'record_id', 'page'])
        .execute();
      if (dialect === 'postgres') {
        // A page's tsvector (about 2 KiB) kept compressed in its row rather than in the TOAST table:
        // ranking and phrase checks read it for every candidate, and a TOAST lookup each is slow.
        await sql`alter table search_entries alter column tsv set storage main`.execute(db);
        await sql`create index search_entries_tsv on search_entries using gin (tsv)`.execute(db);
      } else {
        // Tokens arrive folded and separated by spaces; marks stay inside words, nothing is
        // folded again (remove_diacritics 0), so the engine keeps exactly what Docket made.
        // Contentless, and deleted with FTS5's 'delete' command and the entry's tokens (made again
        // from its text): only then can secure-delete find the terms and take them out.
        await sql`create virtual table search_fts using fts5(stems, words, content = '',
          tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'")`.execute(db);
        await sql`insert into search_fts (search_fts, rank) values ('secure-delete', 1)`.execute(db);
      }
      await db.schema
        .createTable('search_index_state')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('build', 'text', notNull)
        .addColumn('built_at', types.timestamp, notNull)
        .execute();
    },
  };
}
