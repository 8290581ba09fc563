import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { foldText, likeContains } from '../../core/fold.ts';
import type { Schema } from '../../db/schema.ts';
import type { Visibility } from '../access/record.policy.ts';
import { visibleSql } from '../access/visibility.sql.ts';
import { decodeCursor, keysetAfter, loadPage, type Page } from '../records/pagination.ts';
import { metaFromRow, metaToRow } from '../records/record.row.ts';
import type { RecordMeta } from '../records/record.schema.ts';
import type { ListSourcesQuery, Source, SourceFields } from './source.schema.ts';

type Db = Kysely<Schema>;

export function sourceColumns(fields: SourceFields) {
  return {
    kind: fields.kind,
    title: fields.title,
    title_folded: foldText(fields.title),
    author: fields.author,
    published_on: fields.publishedOn,
    url: fields.url,
    language: fields.language,
    reliability: fields.reliability,
    notes: fields.notes,
  };
}

export async function insertSource(db: Db, meta: RecordMeta, fields: SourceFields): Promise<void> {
  await db
    .insertInto('sources')
    .values({ ...metaToRow(meta), ...sourceColumns(fields) })
    .execute();
}

export async function updateSourceFields(db: Db, id: string, fields: SourceFields): Promise<void> {
  await db.updateTable('sources').set(sourceColumns(fields)).where('id', '=', id).execute();
}

export async function loadSources(db: Db, ids: readonly string[]): Promise<Source[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('sources').selectAll().where('id', 'in', ids).execute();
  return rows.map((row) => ({
    ...metaFromRow(row),
    kind: row.kind as Source['kind'],
    title: row.title,
    author: row.author,
    publishedOn: row.published_on,
    url: row.url,
    language: row.language,
    reliability: row.reliability as Source['reliability'],
    notes: row.notes,
  }));
}

const SORT_COLUMNS = { title: 'title_folded', createdAt: 'created_at', updatedAt: 'updated_at' };

export async function listSources(
  db: Db,
  query: ListSourcesQuery,
  visibility: Visibility,
): Promise<Page<Source>> {
  const sortColumn = SORT_COLUMNS[query.sort];
  let select = db
    .selectFrom('sources')
    .select(['id', sql<string>`${sql.ref(sortColumn)}`.as('sort_value')])
    .orderBy(sql.ref(sortColumn), query.order)
    .orderBy('id', query.order)
    .limit(query.limit + 1);
  if (!query.includeDeleted) select = select.where('deleted_at', 'is', null);
  const visible = visibleSql(visibility, { alias: 'sources', recordType: 'source' });
  if (visible) select = select.where(visible);
  if (query.q) select = select.where(sql<boolean>`title_folded like ${likeContains(query.q)} escape '\\'`);
  if (query.kind) select = select.where('kind', '=', query.kind);
  if (query.reliability) select = select.where('reliability', '=', query.reliability);
  if (query.cursor)
    select = select.where(
      keysetAfter('sources', sortColumn, 'id', decodeCursor(query.cursor, query.sort, query.order)),
    );

  return loadPage(await select.execute(), query, (ids) => loadSources(db, ids));
}
