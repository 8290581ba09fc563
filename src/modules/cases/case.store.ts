import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { likeContains } from '../../core/fold.ts';
import type { Schema } from '../../db/schema.ts';
import type { Visibility } from '../access/record.policy.ts';
import { visibleSql } from '../access/visibility.sql.ts';
import { type DocumentSpec, documentStore, listDocuments } from '../records/document-store.ts';
import type { RecordKind } from '../records/record-kind.ts';
import type { CaseFields, ListCasesQuery } from './case.schema.ts';
import { AFTER_ALL_STEPS, deriveCustody, statusOn } from './custody.ts';

type Db = Kysely<Schema>;

/**
 * The custody cache rows for a case: its derived intervals, with the case's country and type copied
 * so census counts filter without reading the (wide) case rows.
 */
export function custodyIntervalRows(id: string, fields: CaseFields) {
  return deriveCustody(fields.timeline).intervals.map((interval, position) => ({
    case_id: id,
    position,
    victim_id: fields.victimId,
    country: fields.country,
    case_type: fields.caseType,
    kind: interval.kind,
    start_earliest: interval.start.earliest,
    start_latest: interval.start.latest,
    end_earliest: interval.end?.earliest ?? null,
    end_latest: interval.end?.latest ?? null,
  }));
}

/** The custody cache follows the timeline in the same transaction; users never write it. */
async function writeCustodyIntervals(db: Db, id: string, fields: CaseFields): Promise<void> {
  await db.deleteFrom('custody_intervals').where('case_id', '=', id).execute();
  const rows = custodyIntervalRows(id, fields);
  if (rows.length > 0) await db.insertInto('custody_intervals').values(rows).execute();
}

export const caseDocumentSpec: DocumentSpec<CaseFields> = {
  table: 'cases',
  columns: (fields) => ({
    victim_id: fields.victimId,
    event_id: fields.eventId,
    country: fields.country,
    case_type: fields.caseType,
    status: statusOn(fields.timeline, AFTER_ALL_STEPS),
  }),
  sortName: (fields) => fields.title ?? '',
  searchTexts: (fields) => [fields.title ?? '', ...fields.charges.map((c) => c.article)],
  afterWrite: writeCustodyIntervals,
};

export const caseStore: Pick<RecordKind<CaseFields>, 'insert' | 'updateFields' | 'load'> = documentStore(
  caseDocumentSpec,
);

/** Intervals of this custody kind covering `day` under the census rule, certainly or possibly. */
function coversDay(alias: string, day: string, certainty: 'certain' | 'possible'): RawBuilder<SqlBool> {
  const [start, end] =
    certainty === 'certain' ? ['start_latest', 'end_earliest'] : ['start_earliest', 'end_latest'];
  const ref = (column: string) => sql.ref(`${alias}.${column}`);
  return sql<SqlBool>`${ref(start)} < ${day} and (${ref(end)} is null or ${ref(end)} >= ${day})`;
}

/** Where the caller may see a person's names (for `q`, which matches the victim's names too). */
function victimNamesVisible(visibility: Visibility): RawBuilder<SqlBool> {
  return (
    visibleSql(
      visibility,
      { alias: 'p', recordType: 'person' },
      { level: sql.ref('p.names_level'), publicBasis: sql<SqlBool>`p.consent_basis <> 'none'` },
    ) ?? sql<SqlBool>`1 = 1`
  );
}

export async function listCases(db: Db, query: ListCasesQuery, visibility: Visibility) {
  const filters: RawBuilder<SqlBool>[] = [];
  if (query.country) filters.push(sql<SqlBool>`country = ${query.country}`);
  if (query.caseType) filters.push(sql<SqlBool>`case_type = ${query.caseType}`);
  if (query.status) filters.push(sql<SqlBool>`status = ${query.status}`);
  if (query.victimId) filters.push(sql<SqlBool>`victim_id = ${query.victimId}`);
  if (query.eventId) filters.push(sql<SqlBool>`event_id = ${query.eventId}`);
  if (query.q) {
    const pattern = likeContains(query.q);
    // The victim's names match only where the caller may see them on the victim's own record.
    filters.push(sql<SqlBool>`(search_text like ${pattern} escape '\\' or exists (select 1 from person_names n
      join persons p on p.id = n.person_id
      where n.person_id = cases.victim_id and n.folded like ${pattern} escape '\\'
      and ${victimNamesVisible(visibility)}))`);
  }
  if (query.inCustodyOn) {
    filters.push(sql<SqlBool>`exists (select 1 from custody_intervals ci where ci.case_id = cases.id
      and ci.kind = ${query.custody} and ${coversDay('ci', query.inCustodyOn, 'possible')})`);
  }
  return listDocuments<CaseFields>(
    db,
    'cases',
    { ...query, q: undefined },
    {
      sortColumns: { title: 'sort_name', createdAt: 'created_at', updatedAt: 'updated_at' },
      filters,
      visibility,
      recordType: 'case',
    },
  );
}

export interface CensusQuery {
  on: string;
  custody: 'deprived' | 'restricted';
  country?: string | undefined;
  caseType?: string | undefined;
  occupation?: string | undefined;
}

/**
 * How many people were in custody on a day, as CPJ counts: certainly, and certainly or possibly
 * (partial dates make some uncertain). Each person counts once, whatever their number of cases.
 * One pass over the interval cache: it starts from the occupation index when one is asked for, and
 * leaves out deleted cases and persons through their (small) partial indexes rather than joining
 * the wide rows.
 */
export async function countInCustody(
  db: Db,
  query: CensusQuery,
  visibility: Visibility,
): Promise<{ certain: number; possible: number }> {
  // Only cases the caller may see count, so a count never reveals a hidden case.
  const visible = visibleSql(visibility, { alias: 'c', recordType: 'case' });
  const conditions: RawBuilder<SqlBool>[] = [
    ...(visible ? [sql<SqlBool>`ci.case_id in (select c.id from cases c where ${visible})`] : []),
    sql<SqlBool>`ci.kind = ${query.custody}`,
    coversDay('ci', query.on, 'possible'),
    sql<SqlBool>`ci.victim_id not in (select id from persons where deleted_at is not null)`,
    sql<SqlBool>`ci.case_id not in (select id from cases where deleted_at is not null)`,
  ];
  if (query.country) conditions.push(sql<SqlBool>`ci.country = ${query.country}`);
  if (query.caseType) conditions.push(sql<SqlBool>`ci.case_type = ${query.caseType}`);
  const from = query.occupation
    ? sql`person_occupations o join custody_intervals ci on ci.victim_id = o.person_id and o.occupation = ${query.occupation}`
    : sql`custody_intervals ci`;
  const result = await sql<{ certain: number | string | null; possible: number | string }>`
    select count(*) as possible, sum(certain) as certain from (
      select ci.victim_id, max(case when ${coversDay('ci', query.on, 'certain')} then 1 else 0 end) as certain
      from ${from}
      where ${sql.join(conditions, sql` and `)}
      group by ci.victim_id
    ) per_victim`.execute(db);
  const row = result.rows[0];
  return { certain: Number(row?.certain ?? 0), possible: Number(row?.possible ?? 0) };
}
