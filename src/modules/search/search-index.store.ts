import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../core/context.ts';
import type { Schema } from '../../db/schema.ts';
import { tokenize } from './normalize.ts';
import { lexeme } from './query-syntax.ts';
import type { EntryRecord, IndexEntry } from './search-entry.ts';

/**
 * Writes and removes index entries on either engine. The words are normalized here, in Docket, and
 * reach the engine as two token streams: the stem of every word (positions kept, for phrases) and
 * the folded word where it differs from its stem. SQLite keeps them in the contentless FTS5 table
 * under the entry's rowid; PostgreSQL in the entry's tsvector, stems weighted A and words B.
 */

type Db = Kysely<Schema>;

export interface IndexedText {
  stems: string;
  words: string;
  tsv: string;
}

/** PostgreSQL keeps positions up to 16,383, at most 256 per lexeme, and lexemes under 2 KiB. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS = 256;
const MAX_LEXEME = 500;

export function indexedText(text: string): IndexedText {
  const tokens = tokenize(text).filter((token) => token.folded.length <= MAX_LEXEME);
  const stems: string[] = [];
  const words: string[] = [];
  const positions = new Map<string, number[]>();
  const place = (key: string, position: number) => {
    const list = positions.get(key) ?? [];
    if (list.length < MAX_POSITIONS) list.push(position);
    positions.set(key, list);
  };
  tokens.forEach((token, index) => {
    const position = Math.min(index + 1, MAX_POSITION);
    stems.push(token.stem);
    place(`A${token.stem}`, position);
    if (token.folded !== token.stem) {
      words.push(token.folded);
      place(`B${token.folded}`, position);
    }
  });
  const tsv = [...positions.entries()]
    .map(([key, list]) => `${lexeme(key.slice(1))}:${list.map((p) => `${p}${key[0]}`).join(',')}`)
    .join(' ');
  return { stems: stems.join(' '), words: words.join(' '), tsv };
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

/** Writes entries; `indexed` may bring their texts already normalized (a bulk load into two engines). */
export async function insertEntries(
  db: Db,
  dialect: Dialect,
  entries: readonly IndexEntry[],
  indexed?: readonly IndexedText[],
): Promise<void> {
  for (let from = 0; from < entries.length; from += BATCH) {
    const batch = entries.slice(from, from + BATCH);
    const texts = indexed?.slice(from, from + BATCH) ?? batch.map((entry) => indexedText(entry.text));
    if (dialect === 'postgres') {
      const rows = batch.map((entry, index) => ({
        ...entryRow(entry),
        tsv: sql`${texts[index]?.tsv ?? ''}::tsvector`,
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
    const values = inserted.map(
      (row, index) => sql`(${row.id}, ${texts[index]?.stems ?? ''}, ${texts[index]?.words ?? ''})`,
    );
    await sql`insert into search_fts (rowid, stems, words) values ${sql.join(values)}`.execute(db);
  }
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
  const entries = await sql<{ id: number; text: string | null }>`select e.id, coalesce(e.body, p.text) as text
    from search_entries e
    left join documents d on e.page is not null and d.source_id = e.record_id
    left join document_pages p on p.document_id = d.id and p.number = e.page
    where e.record_type = ${recordType} and e.record_id = ${recordId}${pageTest}`.execute(db);
  for (let from = 0; from < entries.rows.length; from += BATCH) {
    const batch = entries.rows.slice(from, from + BATCH);
    const commands = batch.map((entry) => {
      const text = indexedText(entry.text ?? '');
      return sql`('delete', ${entry.id}, ${text.stems}, ${text.words})`;
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
