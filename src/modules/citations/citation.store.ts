import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Visibility } from '../access/record.policy.ts';
import { visibleSql } from '../access/visibility.sql.ts';
import { decodeCursor, keysetAfter, loadPage, type Page } from '../records/pagination.ts';
import { metaFromRow, metaToRow } from '../records/record.row.ts';
import type { RecordMeta } from '../records/record.schema.ts';
import type { CitableType } from './citable-types.ts';
import type { Citation, CitationFields, ListCitationsQuery } from './citation.schema.ts';

type Db = Kysely<Schema>;

export function citationColumns(fields: CitationFields) {
  return {
    source_id: fields.sourceId,
    record_type: fields.recordType,
    record_id: fields.recordId,
    field: fields.field,
    locator: fields.locator,
    page: fields.page,
    quote: fields.quote,
    summary: fields.summary,
  };
}

export async function insertCitation(db: Db, meta: RecordMeta, fields: CitationFields): Promise<void> {
  await db
    .insertInto('citations')
    .values({ ...metaToRow(meta), ...citationColumns(fields) })
    .execute();
}

export async function updateCitationFields(db: Db, id: string, fields: CitationFields): Promise<void> {
  await db.updateTable('citations').set(citationColumns(fields)).where('id', '=', id).execute();
}

export async function loadCitations(db: Db, ids: readonly string[]): Promise<Citation[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('citations').selectAll().where('id', 'in', ids).execute();
  return rows.map((row) => ({
    ...metaFromRow(row),
    sourceId: row.source_id,
    // Only the citation schema's types are ever written to the column.
    recordType: row.record_type as CitableType,
    recordId: row.record_id,
    field: row.field,
    locator: row.locator,
    page: row.page,
    quote: row.quote,
    summary: row.summary,
  }));
}

/**
 * One page of the citations the caller may see: visible themselves, and citing a record the caller
 * may read (a citation of a hidden record would tell that it exists).
 */
export async function listCitations(
  db: Db,
  query: ListCitationsQuery,
  visibility: Visibility,
  citedTables: ReadonlyArray<{ type: string; table: string }>,
): Promise<Page<Citation>> {
  let select = db
    .selectFrom('citations')
    .select(['id', sql<string>`created_at`.as('sort_value')])
    .orderBy('created_at', query.order)
    .orderBy('id', query.order)
    .limit(query.limit + 1);
  if (!query.includeDeleted) select = select.where('deleted_at', 'is', null);
  const visible = visibleSql(visibility, { alias: 'citations', recordType: 'citation' });
  if (visible) {
    const cited = citedTables.map(({ type, table }) => {
      const target = visibleSql(visibility, { alias: 't', recordType: type }) ?? sql`1 = 1`;
      return sql`(citations.record_type = ${type} and citations.record_id in
        (select t.id from ${sql.table(table)} t where ${target}))`;
    });
    select = select.where(visible).where(sql<boolean>`(${sql.join(cited, sql` or `)})`);
  }
  if (query.recordType) select = select.where('record_type', '=', query.recordType);
  if (query.recordId) select = select.where('record_id', '=', query.recordId);
  if (query.field) select = select.where('field', '=', query.field);
  if (query.sourceId) select = select.where('source_id', '=', query.sourceId);
  if (query.cursor) {
    select = select.where(
      keysetAfter('citations', 'created_at', 'id', decodeCursor(query.cursor, query.sort, query.order)),
    );
  }
  return loadPage(await select.execute(), query, (ids) => loadCitations(db, ids));
}
