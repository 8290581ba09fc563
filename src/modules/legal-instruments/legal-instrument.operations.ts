import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { OperationContext } from '../../core/context.ts';
import { displayName } from '../../core/name.schema.ts';
import { parseInput } from '../../core/validation.ts';
import { organizationKind } from '../organizations/organization.operations.ts';
import { documentStore, listDocuments } from '../records/document-store.ts';
import { createRecord, getRecord, updateRecord } from '../records/record.operations.ts';
import { visibilityOf } from '../records/record-access.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { assertReferences, sourceReferences } from '../records/references.ts';
import { sourceKind } from '../sources/source.operations.ts';
import {
  createLegalInstrumentSchema,
  type LegalInstrument,
  type LegalInstrumentFields,
  legalInstrumentDefaults,
  legalInstrumentFieldsSchema,
  listLegalInstrumentsQuerySchema,
  updateLegalInstrumentSchema,
} from './legal-instrument.schema.ts';

export const legalInstrumentKind: RecordKind<LegalInstrumentFields> = {
  type: 'legal-instrument',
  table: 'legal_instruments',
  fieldsSchema: legalInstrumentFieldsSchema,
  createSchema: createLegalInstrumentSchema,
  updateSchema: updateLegalInstrumentSchema,
  defaults: legalInstrumentDefaults,
  citableFields: [
    'titles',
    'kind',
    'country',
    'number',
    'issuedBy',
    'adoptedOn',
    'inForceFrom',
    'inForceTo',
    'status',
    'summary',
    'provisions',
  ],
  ...documentStore<LegalInstrumentFields>({
    table: 'legal_instruments',
    columns: (fields) => ({ kind: fields.kind, country: fields.country, status: fields.status }),
    sortName: (fields) => displayName(fields.titles),
    // The number is how people often look a decree up ("No. 3"), so `q` finds it too.
    searchTexts: (fields) => [...fields.titles.map((t) => t.text), ...(fields.number ? [fields.number] : [])],
  }),
  async check(ctx, fields) {
    await assertReferences(ctx, [
      { path: 'issuedBy', kind: organizationKind, id: fields.issuedBy },
      ...sourceReferences(sourceKind, 'provisions', fields.provisions),
    ]);
  },
};

export function createLegalInstrument(ctx: OperationContext, input: unknown): Promise<LegalInstrument> {
  return createRecord(ctx, legalInstrumentKind, input);
}

export function updateLegalInstrument(
  ctx: OperationContext,
  id: string,
  input: unknown,
): Promise<LegalInstrument> {
  return updateRecord(ctx, legalInstrumentKind, id, input);
}

export function getLegalInstrument(
  ctx: OperationContext,
  id: string,
  options: { includeDeleted?: boolean } = {},
): Promise<LegalInstrument> {
  return getRecord(ctx, legalInstrumentKind, id, options);
}

export async function listLegalInstruments(ctx: OperationContext, input: unknown) {
  const query = parseInput(listLegalInstrumentsQuerySchema, input);
  const filters: RawBuilder<SqlBool>[] = [];
  if (query.kind) filters.push(sql<SqlBool>`kind = ${query.kind}`);
  if (query.country) filters.push(sql<SqlBool>`country = ${query.country}`);
  if (query.status) filters.push(sql<SqlBool>`status = ${query.status}`);
  return listDocuments<LegalInstrumentFields>(ctx.db, 'legal_instruments', query, {
    visibility: visibilityOf(ctx),
    recordType: 'legal-instrument',
    sortColumns: { name: 'sort_name', createdAt: 'created_at', updatedAt: 'updated_at' },
    filters,
  });
}
