import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { OperationContext } from '../../core/context.ts';
import { parseInput } from '../../core/validation.ts';
import { documentStore, listDocuments } from '../records/document-store.ts';
import { createRecord, getRecord, updateRecord } from '../records/record.operations.ts';
import { visibilityOf } from '../records/record-access.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { assertReferences, sourceReferences } from '../records/references.ts';
import { sourceKind } from '../sources/source.operations.ts';
import {
  createOrganizationSchema,
  listOrganizationsQuerySchema,
  type Organization,
  type OrganizationFields,
  organizationDefaults,
  organizationFieldsSchema,
  updateOrganizationSchema,
} from './organization.schema.ts';
import { latestRegistrationStatus } from './registration.ts';

export const organizationKind: RecordKind<OrganizationFields> = {
  type: 'organization',
  table: 'organizations',
  fieldsSchema: organizationFieldsSchema,
  createSchema: createOrganizationSchema,
  updateSchema: updateOrganizationSchema,
  defaults: organizationDefaults,
  citableFields: ['names', 'kind', 'country', 'description', 'website', 'registrations'],
  ...documentStore<OrganizationFields>({
    table: 'organizations',
    columns: (fields) => ({
      kind: fields.kind,
      country: fields.country,
      registration_status: latestRegistrationStatus(fields.registrations),
    }),
    sortName: (fields) => fields.names.find((n) => n.kind === 'primary')?.text ?? '',
    searchTexts: (fields) => fields.names.map((n) => n.text),
  }),
  async check(ctx, fields) {
    await assertReferences(ctx, [
      ...sourceReferences(sourceKind, 'registrations', fields.registrations),
      ...fields.registrations.map((step, i) => ({
        path: `registrations.${i}.authorityId`,
        kind: organizationKind,
        id: step.authorityId,
      })),
    ]);
  },
};

export function createOrganization(ctx: OperationContext, input: unknown): Promise<Organization> {
  return createRecord(ctx, organizationKind, input);
}

export function updateOrganization(ctx: OperationContext, id: string, input: unknown): Promise<Organization> {
  return updateRecord(ctx, organizationKind, id, input);
}

export function getOrganization(
  ctx: OperationContext,
  id: string,
  options: { includeDeleted?: boolean } = {},
) {
  return getRecord(ctx, organizationKind, id, options);
}

export async function listOrganizations(ctx: OperationContext, input: unknown) {
  const query = parseInput(listOrganizationsQuerySchema, input);
  const filters: RawBuilder<SqlBool>[] = [];
  if (query.kind) filters.push(sql<SqlBool>`kind = ${query.kind}`);
  if (query.country) filters.push(sql<SqlBool>`country = ${query.country}`);
  if (query.registrationStatus) filters.push(sql<SqlBool>`registration_status = ${query.registrationStatus}`);
  return listDocuments<OrganizationFields>(ctx.db, 'organizations', query, {
    visibility: visibilityOf(ctx),
    recordType: 'organization',
    sortColumns: { name: 'sort_name', createdAt: 'created_at', updatedAt: 'updated_at' },
    filters,
  });
}
