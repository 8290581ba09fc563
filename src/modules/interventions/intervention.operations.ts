import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { OperationContext } from '../../core/context.ts';
import { pickLanguage } from '../../core/language.ts';
import { parsePartialDate } from '../../core/partial-date.ts';
import { parseInput } from '../../core/validation.ts';
import { caseKind } from '../cases/case.operations.ts';
import { organizationKind } from '../organizations/organization.operations.ts';
import { personKind } from '../persons/person.operations.ts';
import { documentStore, listDocuments } from '../records/document-store.ts';
import { createRecord, getRecord, updateRecord } from '../records/record.operations.ts';
import type { StoredRecord } from '../records/record.schema.ts';
import { visibilityOf } from '../records/record-access.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { linksTo, writeLinks } from '../records/record-links.ts';
import { assertReferences, type Reference } from '../records/references.ts';
import { sourceKind } from '../sources/source.operations.ts';
import {
  createInterventionSchema,
  type InterventionFields,
  interventionDefaults,
  interventionFieldsSchema,
  listInterventionsQuerySchema,
  updateInterventionSchema,
} from './intervention.schema.ts';

export type Intervention = StoredRecord<InterventionFields>;

const asObject = (kind: unknown) => kind as RecordKind<object>;

export const interventionKind: RecordKind<InterventionFields> = {
  type: 'intervention',
  table: 'interventions',
  fieldsSchema: interventionFieldsSchema,
  createSchema: createInterventionSchema,
  updateSchema: updateInterventionSchema,
  defaults: interventionDefaults,
  citableFields: [
    'title',
    'kind',
    'mechanism',
    'sentOn',
    'reference',
    'status',
    'replyOn',
    'reply',
    'outcome',
  ],
  ...documentStore<InterventionFields>({
    table: 'interventions',
    columns: (fields) => ({
      kind: fields.kind,
      mechanism: fields.mechanism,
      country: fields.country,
      status: fields.status,
      // Never null, so keyset pages never lose a row: no date sorts first.
      sent_on: fields.sentOn ? parsePartialDate(fields.sentOn).start : '',
    }),
    sortName: (fields) => pickLanguage(fields.title) ?? '',
    searchTexts: (fields) => [
      ...Object.values(fields.title),
      ...(fields.reference ? [fields.reference] : []),
    ],
    afterWrite: (db, id, fields) =>
      writeLinks(db, 'intervention', id, [
        { field: 'caseIds', toType: 'case', ids: fields.caseIds },
        { field: 'personIds', toType: 'person', ids: fields.personIds },
      ]),
  }),
  async check(ctx, fields) {
    const refs: Reference[] = [
      { path: 'submittedById', kind: asObject(organizationKind), id: fields.submittedById },
      { path: 'sourceId', kind: asObject(sourceKind), id: fields.sourceId },
      ...fields.caseIds.map((id, i) => ({ path: `caseIds.${i}`, kind: asObject(caseKind), id })),
      ...fields.personIds.map((id, i) => ({ path: `personIds.${i}`, kind: asObject(personKind), id })),
    ];
    await assertReferences(ctx, refs);
  },
};

export function createIntervention(ctx: OperationContext, input: unknown): Promise<Intervention> {
  return createRecord(ctx, interventionKind, input);
}

export function updateIntervention(ctx: OperationContext, id: string, input: unknown): Promise<Intervention> {
  return updateRecord(ctx, interventionKind, id, input);
}

export function getIntervention(
  ctx: OperationContext,
  id: string,
  options: { includeDeleted?: boolean } = {},
) {
  return getRecord(ctx, interventionKind, id, options);
}

export async function listInterventions(ctx: OperationContext, input: unknown) {
  const query = parseInput(listInterventionsQuerySchema, input);
  const filters: RawBuilder<SqlBool>[] = [];
  if (query.kind) filters.push(sql<SqlBool>`kind = ${query.kind}`);
  if (query.mechanism) filters.push(sql<SqlBool>`mechanism = ${query.mechanism}`);
  if (query.country) filters.push(sql<SqlBool>`country = ${query.country}`);
  if (query.status) filters.push(sql<SqlBool>`status = ${query.status}`);
  if (query.caseId) filters.push(linksTo('interventions', 'intervention', 'caseIds', query.caseId));
  return listDocuments<InterventionFields>(ctx.db, 'interventions', query, {
    visibility: visibilityOf(ctx),
    recordType: 'intervention',
    sortColumns: { sentOn: 'sent_on', name: 'sort_name', createdAt: 'created_at', updatedAt: 'updated_at' },
    filters,
  });
}
