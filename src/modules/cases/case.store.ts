import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { likeContains } from '../../core/fold.ts';
import type { Schema } from '../../db/schema.ts';
import { documentStore, listDocuments } from '../records/document-store.ts';
import type { RecordKind } from '../records/record-kind.ts';
import type { CaseFields, ListCasesQuery } from './case.schema.ts';
import { AFTER_ALL_STEPS, deriveCustody, statusOn } from './custody.ts';

type Db = Kysely<Schema>;

/** The custody cache follows the timeline in the same transaction; users never write it. */
async function writeCustodyIntervals(db: Db, id: string, fields: CaseFields): Promise<void> {
  await db.deleteFrom('custody_intervals').where('case_id', '=', id).execute();
  const { intervals } = deriveCustody(fields.timeline);
  if (intervals.length === 0) return;
  await db
    .insertInto('custody_intervals')
    .values(
      intervals.map((interval, position) => ({
        case_id: id,
        position,
        victim_id: fields.victimId,
        kind: interval.kind,
        start_earliest: interval.start.earliest,
        start_latest: interval.start.latest,
        end_earliest: interval.end?.earliest ?? null,
        end_latest: interval.end?.latest ?? null,
      })),
    )
    .execute();
}

export const caseStore: Pick<
  RecordKind<CaseFields>,
  'insert' | 'updateFields' | 'load'
> = documentStore<CaseFields>({
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
});

/** Intervals of this custody kind covering `day` under the census rule, certainly or possibly. */
function coversDay(alias: string, day: string, certainty: 'certain' | 'possible'): RawBuilder<SqlBool> {
  const [start, end] =
    certainty === 'certain' ? ['start_latest', 'end_earliest'] : ['start_earliest', 'end_latest'];
  const ref = (column: string) => sql.ref(`${alias}.${column}`);
  return sql<SqlBool>`${ref(start)} < ${day} and (${ref(end)} is null or ${ref(end)} >= ${day})`;
}

export async function listCases(db: Db, query: ListCasesQuery) {
  const filters: RawBuilder<SqlBool>[] = [];
  if (query.country) filters.push(sql<SqlBool>`country = ${query.country}`);
  if (query.caseType) filters.push(sql<SqlBool>`case_type = ${query.caseType}`);
  if (query.status) filters.push(sql<SqlBool>`status = ${query.status}`);
  if (query.victimId) filters.push(sql<SqlBool>`victim_id = ${query.victimId}`);
  if (query.eventId) filters.push(sql<SqlBool>`event_id = ${query.eventId}`);
  if (query.q) {
    const pattern = likeContains(query.q);
    filters.push(sql<SqlBool>`(search_text like ${pattern} escape '\\' or exists (select 1 from person_names n
      where n.person_id = cases.victim_id and n.folded like ${pattern} escape '\\'))`);
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
 */
export async function countInCustody(
  db: Db,
  query: CensusQuery,
): Promise<{ certain: number; possible: number }> {
  const count = async (certainty: 'certain' | 'possible') => {
    const conditions: RawBuilder<SqlBool>[] = [
      sql<SqlBool>`ci.kind = ${query.custody}`,
      coversDay('ci', query.on, certainty),
    ];
    if (query.country) conditions.push(sql<SqlBool>`c.country = ${query.country}`);
    if (query.caseType) conditions.push(sql<SqlBool>`c.case_type = ${query.caseType}`);
    if (query.occupation) {
      conditions.push(sql<SqlBool>`exists (select 1 from person_occupations o
        where o.person_id = ci.victim_id and o.occupation = ${query.occupation})`);
    }
    const result = await sql<{ n: number | string }>`select count(distinct ci.victim_id) as n
      from custody_intervals ci
      join cases c on c.id = ci.case_id and c.deleted_at is null
      join persons p on p.id = ci.victim_id and p.deleted_at is null
      where ${sql.join(conditions, sql` and `)}`.execute(db);
    return Number(result.rows[0]?.n ?? 0);
  };
  return { certain: await count('certain'), possible: await count('possible') };
}
