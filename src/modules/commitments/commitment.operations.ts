import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { OperationContext } from '../../core/context.ts';
import { rebaseFieldErrors } from '../../core/errors.ts';
import { pickLanguage } from '../../core/language.ts';
import { parsePartialDate } from '../../core/partial-date.ts';
import { parseInput } from '../../core/validation.ts';
import { askKind } from '../asks/ask.operations.ts';
import { caseKind } from '../cases/case.operations.ts';
import { engagementKind } from '../engagements/engagement.operations.ts';
import { eventKind } from '../events/event.operations.ts';
import { legalInstrumentKind } from '../legal-instruments/legal-instrument.operations.ts';
import { organizationKind } from '../organizations/organization.operations.ts';
import { personKind } from '../persons/person.operations.ts';
import { documentStore, listDocuments } from '../records/document-store.ts';
import { createRecord, getRecord, updateRecord } from '../records/record.operations.ts';
import type { StoredRecord } from '../records/record.schema.ts';
import { visibilityOf } from '../records/record-access.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { barList, linksTo, writeLinks } from '../records/record-links.ts';
import { assertReferences, type Reference, sourceReferences } from '../records/references.ts';
import { sourceKind } from '../sources/source.operations.ts';
import {
  type CommitmentFields,
  commitmentDefaults,
  commitmentFieldsSchema,
  createCommitmentSchema,
  listCommitmentsQuerySchema,
  rateCommitmentSchema,
  updateCommitmentSchema,
} from './commitment.schema.ts';
import { issueAreaFilter } from './issue-area-filter.ts';
import { currentRating, FINAL_RATINGS, isOverdue } from './rating.ts';

export type Commitment = StoredRecord<CommitmentFields>;

const NO_DEADLINE = '9999-12-31';

const asObject = (kind: unknown) => kind as RecordKind<object>;

function commitmentReferences(fields: CommitmentFields): Reference[] {
  const source = asObject(sourceKind);
  const refs: Reference[] = [
    { path: 'makerOrganizationId', kind: asObject(organizationKind), id: fields.makerOrganizationId },
    { path: 'makerPersonId', kind: asObject(personKind), id: fields.makerPersonId },
    { path: 'engagementId', kind: asObject(engagementKind), id: fields.engagementId },
  ];
  const lists = [
    ['askIds', askKind],
    ['caseIds', caseKind],
    ['organizationIds', organizationKind],
    ['eventIds', eventKind],
    ['legalInstrumentIds', legalInstrumentKind],
  ] as const;
  for (const [path, kind] of lists)
    refs.push(...fields[path].map((id, i) => ({ path: `${path}.${i}`, kind: asObject(kind), id })));
  refs.push(...sourceReferences(source, 'benchmarks', fields.benchmarks));
  for (const [i, rating] of fields.ratings.entries())
    refs.push(...sourceReferences(source, `ratings.${i}.evidence`, rating.evidence));
  return refs;
}

export const commitmentKind: RecordKind<CommitmentFields> = {
  type: 'commitment',
  table: 'commitments',
  fieldsSchema: commitmentFieldsSchema,
  createSchema: createCommitmentSchema,
  updateSchema: updateCommitmentSchema,
  defaults: commitmentDefaults,
  citableFields: [
    'title',
    'kind',
    'country',
    'makerOrganizationId',
    'makerPersonId',
    'makerLabel',
    'recipient',
    'engagementId',
    'madeOn',
    'text',
    'unRecommendation',
    'benchmarks',
    'deadline',
  ],
  ...documentStore<CommitmentFields>({
    table: 'commitments',
    columns: (fields) => ({
      kind: fields.kind,
      country: fields.country,
      rating: currentRating(fields.ratings),
      // Sort columns are never null, so keyset pages never lose a row: no date sorts first, no
      // deadline last.
      made_on: fields.madeOn ? parsePartialDate(fields.madeOn).start : '',
      deadline_end: fields.deadline ? parsePartialDate(fields.deadline).end : NO_DEADLINE,
      engagement_id: fields.engagementId,
      issue_areas: barList(fields.issueAreas),
    }),
    sortName: (fields) => pickLanguage(fields.title) ?? '',
    searchTexts: (fields) => Object.values(fields.title),
    afterWrite: (db, id, fields) =>
      writeLinks(db, 'commitment', id, [
        { field: 'askIds', toType: 'ask', ids: fields.askIds },
        { field: 'caseIds', toType: 'case', ids: fields.caseIds },
        { field: 'organizationIds', toType: 'organization', ids: fields.organizationIds },
        { field: 'eventIds', toType: 'event', ids: fields.eventIds },
        { field: 'legalInstrumentIds', toType: 'legal-instrument', ids: fields.legalInstrumentIds },
        { field: 'engagementId', toType: 'engagement', ids: [fields.engagementId] },
      ]),
  }),
  async check(ctx, fields) {
    await assertReferences(ctx, commitmentReferences(fields));
  },
};

/** The server's today, `YYYY-MM-DD`. */
export function todayOf(ctx: OperationContext): string {
  return ctx.clock().toISOString().slice(0, 10);
}

/** Every response adds the current rating and whether the commitment is overdue today. */
export function presentCommitment(ctx: OperationContext, record: Commitment) {
  return {
    ...record,
    currentRating: currentRating(record.ratings),
    isOverdue: isOverdue(record, todayOf(ctx)),
  };
}

export function createCommitment(ctx: OperationContext, input: unknown): Promise<Commitment> {
  return createRecord(ctx, commitmentKind, input);
}

export function updateCommitment(ctx: OperationContext, id: string, input: unknown): Promise<Commitment> {
  return updateRecord(ctx, commitmentKind, id, input);
}

export function getCommitment(
  ctx: OperationContext,
  id: string,
  options: { includeDeleted?: boolean } = {},
): Promise<Commitment> {
  return getRecord(ctx, commitmentKind, id, options);
}

/**
 * Adds one rating to a commitment's history: a new revision, on the version the rater read. The
 * rationale and at least one source are required, as for any rating in the history.
 */
export async function rateCommitment(ctx: OperationContext, id: string, input: unknown): Promise<Commitment> {
  const { version, ...rating } = parseInput(rateCommitmentSchema, input);
  const commitment = await getCommitment(ctx, id);
  const ratings = [...commitment.ratings, rating];
  const prefix = `ratings.${ratings.length - 1}.`;
  try {
    return await updateRecord(ctx, commitmentKind, id, { version, ratings });
  } catch (error) {
    // Errors about the new rating name its fields as the rating body spelled them (`rating`).
    throw rebaseFieldErrors(error, (path) => (path.startsWith(prefix) ? path.slice(prefix.length) : path));
  }
}

export async function listCommitments(ctx: OperationContext, input: unknown) {
  const query = parseInput(listCommitmentsQuerySchema, input);
  const filters: RawBuilder<SqlBool>[] = [];
  if (query.kind) filters.push(sql<SqlBool>`kind = ${query.kind}`);
  if (query.country) filters.push(sql<SqlBool>`country = ${query.country}`);
  if (query.rating) filters.push(sql<SqlBool>`rating = ${query.rating}`);
  if (query.issueArea) filters.push(issueAreaFilter('issue_areas', query.issueArea));
  if (query.engagementId) filters.push(sql<SqlBool>`engagement_id = ${query.engagementId}`);
  if (query.askId) filters.push(linksTo('commitments', 'commitment', 'askIds', query.askId));
  if (query.caseId) filters.push(linksTo('commitments', 'commitment', 'caseIds', query.caseId));
  if (query.isOverdue !== undefined) {
    const overdue = sql<SqlBool>`(deadline_end < ${todayOf(ctx)}
      and rating not in (${sql.join(FINAL_RATINGS)}))`;
    filters.push(query.isOverdue ? overdue : sql<SqlBool>`not ${overdue}`);
  }
  return listDocuments<CommitmentFields>(ctx.db, 'commitments', query, {
    visibility: visibilityOf(ctx),
    recordType: 'commitment',
    sortColumns: {
      name: 'sort_name',
      madeOn: 'made_on',
      deadline: 'deadline_end',
      createdAt: 'created_at',
      updatedAt: 'updated_at',
    },
    filters,
  });
}
