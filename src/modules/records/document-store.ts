import { type Kysely, type RawBuilder, type Selectable, type SqlBool, sql } from 'kysely';
import { foldText, likeContains } from '../../core/fold.ts';
import { readJson, writeJson } from '../../db/codec.ts';
import type { DocumentColumns, DocumentTable, Schema } from '../../db/schema.ts';
import type { Visibility } from '../access/record.policy.ts';
import { visibleSql } from '../access/visibility.sql.ts';
import { decodeCursor, keysetAfter, loadPage, type Page } from './pagination.ts';
import { metaFromRow, metaToRow } from './record.row.ts';
import type { RecordMeta, StoredRecord } from './record.schema.ts';
import type { RecordKind } from './record-kind.ts';

type Db = Kysely<Schema>;
type ColumnValue = string | number | boolean | null;

/**
 * How a record type stored as a JSON document maps to its table: the body holds every field; the
 * columns named here repeat what lists filter or join on, and are rewritten with the body.
 */
export interface DocumentSpec<F> {
  table: DocumentTable;
  columns(fields: F): Record<string, ColumnValue>;
  /** Folded into `sort_name` for the default order. */
  sortName(fields: F): string;
  /** Every name and title `q` should match, folded into `search_text`. */
  searchTexts(fields: F): string[];
  /** Rewrites child rows that follow from the fields (links, derived caches), in the same transaction. */
  afterWrite?(db: Db, id: string, fields: F): Promise<void>;
}

export function documentColumns<F>(spec: DocumentSpec<F>, fields: F): Record<string, ColumnValue> {
  return {
    ...spec.columns(fields),
    sort_name: foldText(spec.sortName(fields)),
    search_text: spec.searchTexts(fields).map(foldText).join('\n'),
    body: writeJson(fields),
  };
}

/** The store half of a RecordKind for a document-backed type. */
export function documentStore<F extends object>(
  spec: DocumentSpec<F>,
): Pick<RecordKind<F>, 'insert' | 'updateFields' | 'load'> {
  return {
    async insert(db: Db, meta: RecordMeta, fields: F) {
      const row = { ...metaToRow(meta), ...documentColumns(spec, fields) };
      const columns = Object.keys(row).map((c) => sql.ref(c));
      await sql`insert into ${sql.table(spec.table)} (${sql.join(columns)}) values (${sql.join(Object.values(row))})`.execute(
        db,
      );
      await spec.afterWrite?.(db, meta.id, fields);
    },
    async updateFields(db: Db, id: string, fields: F) {
      const sets = Object.entries(documentColumns(spec, fields)).map(([c, v]) => sql`${sql.ref(c)} = ${v}`);
      await sql`update ${sql.table(spec.table)} set ${sql.join(sets)} where id = ${id}`.execute(db);
      await spec.afterWrite?.(db, id, fields);
    },
    load: (db: Db, ids: readonly string[]) => loadDocuments<F>(db, spec.table, ids),
  };
}

export async function loadDocuments<F>(
  db: Db,
  table: DocumentTable,
  ids: readonly string[],
): Promise<StoredRecord<F>[]> {
  if (ids.length === 0) return [];
  const result = await sql<
    Selectable<DocumentColumns>
  >`select * from ${sql.table(table)} where id in (${sql.join([...ids])})`.execute(db);
  return result.rows.map((row) => ({ ...metaFromRow(row), ...(readJson(row.body) as F) }));
}

export interface DocumentListQuery {
  q?: string | undefined;
  includeDeleted?: boolean | undefined;
  sort: string;
  order: 'asc' | 'desc';
  limit: number;
  cursor?: string | undefined;
}

/**
 * One page of a document table: visible to the caller, not deleted (unless asked), matching `q` in any name, the module's
 * own filters, in (sort column, id) order after the cursor.
 */
export async function listDocuments<F>(
  db: Db,
  table: DocumentTable,
  query: DocumentListQuery,
  options: {
    sortColumns: Record<string, string>;
    filters?: RawBuilder<SqlBool>[];
    /** The caller's list constraint, and the record type grants name. */
    visibility: Visibility;
    recordType: string;
  },
): Promise<Page<StoredRecord<F>>> {
  const sortColumn = options.sortColumns[query.sort] ?? 'sort_name';
  const where: RawBuilder<SqlBool>[] = [...(options.filters ?? [])];
  const visible = visibleSql(options.visibility, { alias: table, recordType: options.recordType });
  if (visible) where.push(visible);
  if (!query.includeDeleted) where.push(sql<SqlBool>`deleted_at is null`);
  if (query.q) where.push(sql<SqlBool>`search_text like ${likeContains(query.q)} escape '\\'`);
  if (query.cursor)
    where.push(keysetAfter(table, sortColumn, 'id', decodeCursor(query.cursor, query.sort, query.order)));
  const direction = sql.raw(query.order);
  const condition = where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``;
  const rows = await sql<{ id: string; sort_value: string }>`select id, ${sql.ref(sortColumn)} as sort_value
    from ${sql.table(table)} ${condition}
    order by ${sql.ref(sortColumn)} ${direction}, id ${direction} limit ${query.limit + 1}`.execute(db);
  return loadPage(rows.rows, query, (ids) => loadDocuments<F>(db, table, ids));
}
