import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { OperationContext } from '../../core/context.ts';
import { validationError } from '../../core/errors.ts';
import { displayName } from '../../core/name.schema.ts';
import { isCertainlyBefore } from '../../core/partial-date.ts';
import { parseInput } from '../../core/validation.ts';
import type { Schema } from '../../db/schema.ts';
import { caseKind } from '../cases/case.operations.ts';
import { organizationKind } from '../organizations/organization.operations.ts';
import { documentStore, listDocuments } from '../records/document-store.ts';
import { createRecord, getRecord } from '../records/record.operations.ts';
import { visibilityOf } from '../records/record-access.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { assertReferences } from '../records/references.ts';
import {
  createProceedingSchema,
  listProceedingsQuerySchema,
  type ProceedingFields,
  proceedingDefaults,
  proceedingFieldsSchema,
  updateProceedingSchema,
} from './proceeding.schema.ts';

/** The link table lets a case find its proceedings without reading every proceeding. */
async function writeCaseLinks(db: Kysely<Schema>, id: string, fields: ProceedingFields): Promise<void> {
  await db.deleteFrom('proceeding_cases').where('proceeding_id', '=', id).execute();
  if (fields.caseIds.length === 0) return;
  await db
    .insertInto('proceeding_cases')
    .values(fields.caseIds.map((caseId, position) => ({ proceeding_id: id, case_id: caseId, position })))
    .execute();
}

export const proceedingKind: RecordKind<ProceedingFields> = {
  type: 'proceeding',
  table: 'proceedings',
  fieldsSchema: proceedingFieldsSchema,
  createSchema: createProceedingSchema,
  updateSchema: updateProceedingSchema,
  defaults: proceedingDefaults,
  citableFields: ['names', 'kind', 'courtId', 'startDate', 'endDate', 'caseIds', 'description'],
  ...documentStore<ProceedingFields>({
    table: 'proceedings',
    columns: (fields) => ({ country: fields.country }),
    sortName: (fields) => displayName(fields.names),
    searchTexts: (fields) => fields.names.map((n) => n.text),
    afterWrite: writeCaseLinks,
  }),
  async check(ctx, fields) {
    if (fields.startDate && fields.endDate && isCertainlyBefore(fields.endDate, fields.startDate)) {
      throw validationError([{ path: 'endDate', message: 'must not be before the start date' }]);
    }
    await assertReferences(ctx, [
      { path: 'courtId', kind: organizationKind as RecordKind<object>, id: fields.courtId },
      ...fields.caseIds.map((id, i) => ({ path: `caseIds.${i}`, kind: caseKind as RecordKind<object>, id })),
    ]);
  },
};

export function createProceeding(ctx: OperationContext, input: unknown) {
  return createRecord(ctx, proceedingKind, input);
}

export function getProceeding(ctx: OperationContext, id: string, options: { includeDeleted?: boolean } = {}) {
  return getRecord(ctx, proceedingKind, id, options);
}

export function listProceedings(ctx: OperationContext, input: unknown) {
  const query = parseInput(listProceedingsQuerySchema, input);
  const filters: RawBuilder<SqlBool>[] = [];
  if (query.country) filters.push(sql<SqlBool>`country = ${query.country}`);
  if (query.caseId) {
    filters.push(sql<SqlBool>`exists (select 1 from proceeding_cases pc
      where pc.proceeding_id = proceedings.id and pc.case_id = ${query.caseId})`);
  }
  return listDocuments<ProceedingFields>(ctx.db, 'proceedings', query, {
    visibility: visibilityOf(ctx),
    recordType: 'proceeding',
    sortColumns: { name: 'sort_name', createdAt: 'created_at', updatedAt: 'updated_at' },
    filters,
  });
}
