import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { OperationContext } from '../../core/context.ts';
import { pickLanguage } from '../../core/language.ts';
import { comparePartialDatesForSort } from '../../core/partial-date.ts';
import { parseInput } from '../../core/validation.ts';
import { caseKind } from '../cases/case.operations.ts';
import { issueAreaFilter } from '../commitments/issue-area-filter.ts';
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
import { assertReferences, type Reference } from '../records/references.ts';
import {
  ASK_PRIORITY_RANK,
  type AskFields,
  type AskHistory,
  askDefaults,
  askFieldsSchema,
  createAskSchema,
  listAsksQuerySchema,
  OPEN_ASK_STATUSES,
  updateAskSchema,
} from './ask.schema.ts';
import { askHistoryOf } from './ask-history.ts';

export type Ask = StoredRecord<AskFields>;

const LINKS = [
  ['personIds', 'person', personKind],
  ['caseIds', 'case', caseKind],
  ['organizationIds', 'organization', organizationKind],
  ['eventIds', 'event', eventKind],
  ['legalInstrumentIds', 'legal-instrument', legalInstrumentKind],
] as const;

export const askKind: RecordKind<AskFields> = {
  type: 'ask',
  table: 'asks',
  fieldsSchema: askFieldsSchema,
  createSchema: createAskSchema,
  updateSchema: updateAskSchema,
  defaults: askDefaults,
  citableFields: ['title', 'country', 'description', 'priority', 'status'],
  ...documentStore<AskFields>({
    table: 'asks',
    columns: (fields) => ({
      country: fields.country,
      status: fields.status,
      priority: fields.priority,
      priority_rank: ASK_PRIORITY_RANK[fields.priority],
      issue_areas: barList(fields.issueAreas),
    }),
    sortName: (fields) => pickLanguage(fields.title) ?? '',
    searchTexts: (fields) => Object.values(fields.title),
    afterWrite: (db, id, fields) =>
      writeLinks(
        db,
        'ask',
        id,
        LINKS.map(([field, toType]) => ({ field, toType, ids: fields[field] })),
      ),
  }),
  async check(ctx, fields) {
    const refs: Reference[] = LINKS.flatMap(([field, , kind]) =>
      fields[field].map((id, i) => ({ path: `${field}.${i}`, kind: kind as RecordKind<object>, id })),
    );
    await assertReferences(ctx, refs);
  },
};

export function createAsk(ctx: OperationContext, input: unknown): Promise<Ask> {
  return createRecord(ctx, askKind, input);
}

export function updateAsk(ctx: OperationContext, id: string, input: unknown): Promise<Ask> {
  return updateRecord(ctx, askKind, id, input);
}

export function getAsk(ctx: OperationContext, id: string, options: { includeDeleted?: boolean } = {}) {
  return getRecord(ctx, askKind, id, options);
}

export async function listAsks(ctx: OperationContext, input: unknown) {
  const query = parseInput(listAsksQuerySchema, input);
  const filters: RawBuilder<SqlBool>[] = [];
  if (query.country) filters.push(sql<SqlBool>`country = ${query.country}`);
  if (query.status) filters.push(sql<SqlBool>`status = ${query.status}`);
  if (query.priority) filters.push(sql<SqlBool>`priority = ${query.priority}`);
  if (query.issueArea) filters.push(issueAreaFilter('issue_areas', query.issueArea));
  if (query.caseId) filters.push(linksTo('asks', 'ask', 'caseIds', query.caseId));
  if (query.personId) filters.push(linksTo('asks', 'ask', 'personIds', query.personId));
  if (query.isOpen !== undefined) {
    const open = sql<SqlBool>`status in (${sql.join(OPEN_ASK_STATUSES)})`;
    filters.push(query.isOpen ? open : sql<SqlBool>`not ${open}`);
  }
  return listDocuments<AskFields>(ctx.db, 'asks', query, {
    visibility: visibilityOf(ctx),
    recordType: 'ask',
    sortColumns: {
      name: 'sort_name',
      priority: 'priority_rank',
      createdAt: 'created_at',
      updatedAt: 'updated_at',
    },
    filters,
  });
}

/** Where an ask was raised and how it was answered, as far as the caller may see. */
export async function getAskHistory(ctx: OperationContext, id: string): Promise<AskHistory> {
  await getAsk(ctx, id);
  const history = await askHistoryOf(ctx, id);
  return {
    ...history,
    raisings: history.raisings.sort((a, b) => comparePartialDatesForSort(a.startsOn, b.startsOn)),
  };
}
