import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { OperationContext } from '../../core/context.ts';
import { displayName } from '../../core/name.schema.ts';
import { parseInput } from '../../core/validation.ts';
import { documentStore, listDocuments } from '../records/document-store.ts';
import { createRecord, getRecord, updateRecord } from '../records/record.operations.ts';
import { visibilityOf } from '../records/record-access.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { assertReferences, sourceReferences } from '../records/references.ts';
import { sourceKind } from '../sources/source.operations.ts';
import {
  createIndicatorSchema,
  type Indicator,
  type IndicatorFields,
  indicatorDefaults,
  indicatorFieldsSchema,
  listIndicatorsQuerySchema,
  updateIndicatorSchema,
} from './indicator.schema.ts';

export const indicatorKind: RecordKind<IndicatorFields> = {
  type: 'indicator',
  table: 'indicators',
  fieldsSchema: indicatorFieldsSchema,
  createSchema: createIndicatorSchema,
  updateSchema: updateIndicatorSchema,
  defaults: indicatorDefaults,
  citableFields: ['names', 'country', 'unit', 'description', 'observations'],
  ...documentStore<IndicatorFields>({
    table: 'indicators',
    columns: (fields) => ({ country: fields.country, unit: fields.unit }),
    sortName: (fields) => displayName(fields.names),
    searchTexts: (fields) => fields.names.map((n) => n.text),
  }),
  async check(ctx, fields) {
    await assertReferences(ctx, sourceReferences(sourceKind, 'observations', fields.observations));
  },
};

export function createIndicator(ctx: OperationContext, input: unknown): Promise<Indicator> {
  return createRecord(ctx, indicatorKind, input);
}

export function updateIndicator(ctx: OperationContext, id: string, input: unknown): Promise<Indicator> {
  return updateRecord(ctx, indicatorKind, id, input);
}

export function getIndicator(
  ctx: OperationContext,
  id: string,
  options: { includeDeleted?: boolean } = {},
): Promise<Indicator> {
  return getRecord(ctx, indicatorKind, id, options);
}

export async function listIndicators(ctx: OperationContext, input: unknown) {
  const query = parseInput(listIndicatorsQuerySchema, input);
  const filters: RawBuilder<SqlBool>[] = [];
  if (query.country) filters.push(sql<SqlBool>`country = ${query.country}`);
  if (query.unit) filters.push(sql<SqlBool>`unit = ${query.unit}`);
  return listDocuments<IndicatorFields>(ctx.db, 'indicators', query, {
    visibility: visibilityOf(ctx),
    recordType: 'indicator',
    sortColumns: { name: 'sort_name', createdAt: 'created_at', updatedAt: 'updated_at' },
    filters,
  });
}
