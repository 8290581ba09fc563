import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Dialect } from '../../core/context.ts';
import type { Schema } from '../../db/schema.ts';
import { type Token, tokenize } from './normalize.ts';
import { lexeme } from './query-syntax.ts';
import type { EntryRecord, IndexEntry } from './search-entry.ts';

/**
 * Writes and removes index entries on either engine. The words are normalized here, in Docket, and
 * reach the engine as two token streams: the stem of every word (positions kept, for phrases) and
 * the folded word where it differs from its stem (which only ranks exact forms higher). SQLite keeps
 * both in the contentless FTS5 table under the entry's rowid; PostgreSQL keeps the stems, with their
 * positions, in the entry's tsvector.
 */

type Db = Kysely<Schema>;

/** PostgreSQL keeps positions up to 16,383, at most 256 per lexeme, and lexemes under 2 KiB. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS = 256;
const MAX_LEXEME = 500;

/** The words of a text as the index takes them. */
export function indexTokens(text: string): Token[] {
  return tokenize(text).filter((token) => token.folded.length <= MAX_LEXEME);
}

/** FTS5's two columns: every stem in order (for phrases), and the words that differ from their stem. */
export function ftsColumns(tokens: readonly Token[]): { stems: string; words: string } {
  let stems = '';
  let words = '';
  for (const token of tokens) {
    stems += stems ? ` ${token.stem}` : token.stem;
    if (token.folded !== token.stem) words += words ? ` ${token.folded}` : token.folded;
  }
  return { stems, words };
}

/** The tsvector literal: each stem with its positions (for phrases). */
export function tsvectorOf(tokens: readonly Token[]): string {
  const positions = new Map<string, number[]>();
  tokens.forEach((token, index) => {
    const list = positions.get(token.stem);
    const position = Math.min(index + 1, MAX_POSITION);
    if (!list) positions.set(token.stem, [position]);
    else if (list.length < MAX_POSITIONS) list.push(position);
  });
  let tsv = '';
  for (const [stem, list] of positions) tsv += `${tsv ? ' ' : ''}${lexeme(stem)}:${list.join(',')}`;
  return tsv;
}

const joined = (codes: readonly string[]) => codes.join(' ');

function entryRow(entry: IndexEntry) {
  return {
    record_type: entry.recordType,
    record_id: entry.recordId,
    page: entry.page,
    part: entry.part,
    field_level: entry.fieldLevel,
    public_basis: entry.publicBasis,
    sensitivity: entry.sensitivity,
    is_published: entry.isPublished,
    owner_org_id: entry.ownerOrgId,
    countries: joined(entry.facets.countries),
    case_type: entry.facets.caseType,
    status: entry.facets.status,
    issue_areas: joined(entry.facets.issueAreas),
    source_type: entry.facets.sourceType,
    date_start: entry.facets.dateStart,
    date_end: entry.facets.dateEnd,
    body: entry.keepText ? entry.text : null,
  };
}

/** Rows per statement: well under either engine's limit on bound values. */
const BATCH = 200;

/** Writes entries; `tokens` may bring their words already tokenized (a bulk load into two engines). */
export async function insertEntries(
  db: Db,
  dialect: Dialect,
  entries: readonly IndexEntry[],
  tokens?: readonly (readonly Token[])[],
): Promise<void> {
  for (let from = 0; from < entries.length; from += BATCH) {
    const batch = entries.slice(from, from + BATCH);
    const words = batch.map((entry, index) => tokens?.[from + index] ?? indexTokens(entry.text));
    if (dialect === 'postgres') {
      const rows = batch.map((entry, index) => ({
        ...entryRow(entry),
        tsv: sql`${tsvectorOf(words[index] ?? [])}::tsvector`,
      }));
      // The tsvector column is PostgreSQL's alone, so it is not in the shared schema type.
      await db
        .insertInto('search_entries')
        .values(rows as unknown as ReturnType<typeof entryRow>[])
        .execute();
      continue;
    }
    const inserted = await db
      .insertInto('search_entries')
      .values(batch.map(entryRow))
      .returning('id')
      .execute();
    const values = inserted.map((row, index) => {
      const columns = ftsColumns(words[index] ?? []);
      return sql`(${row.id}, ${columns.stems}, ${columns.words})`;
    });
    await sql`insert into search_fts (rowid, stems, words) values ${sql.join(values)}`.execute(db);
  }
}

/**
 * Entries with their text as written: a record entry's kept body, or its document page's text, with
 * the document's id.
 */
export async function entryTextsWhere(db: Db, condition: RawBuilder<SqlBool>) {
  const result = await sql<{ id: number; text: string | null; document_id: string | null }>`select e.id,
      coalesce(e.body, p.text) as text, d.id as document_id
    from search_entries e
    left join documents d on e.page is not null and d.source_id = e.record_id
    left join document_pages p on p.document_id = d.id and p.number = e.page
    where ${condition}`.execute(db);
  return result.rows;
}

/**
 * Removes entries (all of a record's, or only its pages' or only its own), from the index too. On
 * SQLite the FTS5 'delete' command is given each entry's tokens, made again from its text, so that
 * secure-delete takes the terms out of the index's pages rather than leaving a tombstone.
 */
export async function deleteEntries(
  db: Db,
  dialect: Dialect,
  recordType: string,
  recordId: string,
  which: 'all' | 'record' | 'pages' = 'all',
): Promise<void> {
  const pageTest =
    which === 'record' ? sql` and e.page is null` : which === 'pages' ? sql` and e.page is not null` : sql``;
  if (dialect === 'postgres') {
    await sql`delete from search_entries e where e.record_type = ${recordType}
      and e.record_id = ${recordId}${pageTest}`.execute(db);
    return;
  }
  const entries = await entryTextsWhere(
    db,
    sql`e.record_type = ${recordType} and e.record_id = ${recordId}${pageTest}`,
  );
  for (let from = 0; from < entries.length; from += BATCH) {
    const batch = entries.slice(from, from + BATCH);
    const commands = batch.map((entry) => {
      const columns = ftsColumns(indexTokens(entry.text ?? ''));
      return sql`('delete', ${entry.id}, ${columns.stems}, ${columns.words})`;
    });
    await sql`insert into search_fts (search_fts, rowid, stems, words) values ${sql.join(commands)}`.execute(
      db,
    );
    await db
      .deleteFrom('search_entries')
      .where(
        'id',
        'in',
        batch.map((entry) => entry.id),
      )
      .execute();
  }
}

/** Rewrites what the pages' entries copy from their record (visibility, facets), text untouched. */
export async function updatePageEntries(db: Db, record: EntryRecord): Promise<number> {
  const row = entryRow({
    ...record,
    part: 'page',
    page: null,
    fieldLevel: 'public',
    publicBasis: true,
    text: '',
    keepText: false,
  });
  const { record_type, record_id, page, part, field_level, public_basis, body, ...copied } = row;
  const result = await db
    .updateTable('search_entries')
    .set(copied)
    .where('record_type', '=', record_type)
    .where('record_id', '=', record_id)
    .where('page', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
