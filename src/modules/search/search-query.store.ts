import { type Kysely, type RawBuilder, type Selectable, type SqlBool, sql } from 'kysely';
import type { Dialect } from '../../core/context.ts';
import type { Schema, SearchEntriesTable } from '../../db/schema.ts';
import type { Visibility } from '../access/record.policy.ts';
import { visibleSql } from '../access/visibility.sql.ts';
import { type ParsedQuery, toFts5, toTsquery } from './query-syntax.ts';
import { entryTextsWhere } from './search-index.store.ts';

/**
 * The one query a search runs: the entries that match, that the caller may see (the record policy
 * inside the query, entry by entry, with the field levels), and that pass the filters — at most
 * `limit` of them, newest first on SQLite and as the GIN index finds them on PostgreSQL, each with
 * its engine's relevance score. The limit is what keeps a broad term fast: neither engine ranks or
 * counts past it.
 */

export interface SearchFilters {
  types?: readonly string[];
  countries?: readonly string[];
  caseTypes?: readonly string[];
  statuses?: readonly string[];
  issueAreas?: readonly string[];
  sourceTypes?: readonly string[];
  /** First and last day (`YYYY-MM-DD`) a record's date range must overlap. */
  from?: string;
  to?: string;
}

/** One matching entry: what the hits, facets and ranking need, and the engine's score. */
export type MatchRow = Pick<
  Selectable<SearchEntriesTable>,
  | 'id'
  | 'record_type'
  | 'record_id'
  | 'page'
  | 'part'
  | 'countries'
  | 'case_type'
  | 'status'
  | 'issue_areas'
  | 'source_type'
  | 'date_start'
  | 'date_end'
> & { score: number };

const e = (column: string) => sql.ref(`e.${column}`);

/** A space-separated column holds one of the codes. */
function holdsAny(column: string, codes: readonly string[]): RawBuilder<SqlBool> {
  const tests = codes.map((code) => sql<SqlBool>`(' ' || ${e(column)} || ' ') like ${`% ${code} %`}`);
  return sql<SqlBool>`(${sql.join(tests, sql` or `)})`;
}

function filterSql(filters: SearchFilters): RawBuilder<SqlBool>[] {
  const out: RawBuilder<SqlBool>[] = [];
  const oneOf = (column: string, values?: readonly string[]) => {
    if (values?.length) out.push(sql<SqlBool>`${e(column)} in (${sql.join(values)})`);
  };
  oneOf('record_type', filters.types);
  oneOf('case_type', filters.caseTypes);
  oneOf('status', filters.statuses);
  oneOf('source_type', filters.sourceTypes);
  if (filters.countries?.length) out.push(holdsAny('countries', filters.countries));
  if (filters.issueAreas?.length) out.push(holdsAny('issue_areas', filters.issueAreas));
  if (filters.from) out.push(sql<SqlBool>`${e('date_end')} >= ${filters.from}`);
  if (filters.to) out.push(sql<SqlBool>`${e('date_start')} <= ${filters.to}`);
  return out;
}

/** The caller's visibility on an entry: its record's, then its fields' level. */
export function entryVisibleSql(visibility: Visibility): RawBuilder<SqlBool> | null {
  return visibleSql(
    visibility,
    { alias: 'e', recordType: sql.ref('e.record_type'), idColumn: 'record_id' },
    { level: e('field_level'), publicBasis: sql<SqlBool>`${e('public_basis')} = ${true}` },
  );
}

const COLUMNS = sql.join(
  [
    'id',
    'record_type',
    'record_id',
    'page',
    'part',
    'countries',
    'case_type',
    'status',
    'issue_areas',
    'source_type',
    'date_start',
    'date_end',
  ].map((column) => e(column)),
);

export function matchesSql(
  dialect: Dialect,
  query: ParsedQuery,
  visibility: Visibility,
  filters: SearchFilters,
  limit: number,
): RawBuilder<MatchRow> {
  const visible = entryVisibleSql(visibility);
  const conditions = [...(visible ? [visible] : []), ...filterSql(filters)];
  const and = conditions.length ? sql` and ${sql.join(conditions, sql` and `)}` : sql``;
  if (dialect === 'postgres') {
    return sql<MatchRow>`select ${COLUMNS}, ts_rank(e.tsv, q.query) as score
      from search_entries e, (select ${toTsquery(query)}::tsquery as query) q
      where e.tsv @@ q.query${and}
      limit ${limit}`;
  }
  // bm25 is lower for better matches; the words column (exact forms) weighs double.
  return sql<MatchRow>`select ${COLUMNS}, -bm25(search_fts, 1.0, 2.0) as score
    from search_fts join search_entries e on e.id = search_fts.rowid
    where search_fts match ${toFts5(query)}${and}
    order by search_fts.rowid desc
    limit ${limit}`;
}

export async function findMatches(
  db: Kysely<Schema>,
  dialect: Dialect,
  query: ParsedQuery,
  visibility: Visibility,
  filters: SearchFilters,
  limit: number,
): Promise<MatchRow[]> {
  const result = await matchesSql(dialect, query, visibility, filters, limit).execute(db);
  return result.rows.map((row) => ({ ...row, id: Number(row.id), score: Number(row.score) }));
}

/** The text as written of the entries shown (one query), with a page's document id. */
export async function entryTexts(
  db: Kysely<Schema>,
  ids: readonly number[],
): Promise<Map<number, { text: string; documentId: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await entryTextsWhere(db, sql<SqlBool>`e.id in (${sql.join([...ids])})`);
  return new Map(rows.map((row) => [Number(row.id), { text: row.text ?? '', documentId: row.document_id }]));
}
