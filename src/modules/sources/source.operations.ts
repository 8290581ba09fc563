import type { OperationContext } from '../../core/context.ts';
import { parseInput } from '../../core/validation.ts';
import { createRecord, getRecord, updateRecord } from '../records/record.operations.ts';
import { visibilityOf } from '../records/record-access.ts';
import type { RecordKind } from '../records/record-kind.ts';
import {
  createSourceSchema,
  listSourcesQuerySchema,
  type Source,
  type SourceFields,
  sourceDefaults,
  sourceFieldsSchema,
  updateSourceSchema,
} from './source.schema.ts';
import {
  insertSource,
  listSources as listSourceRows,
  loadSources,
  updateSourceFields,
} from './source.store.ts';

export const sourceKind: RecordKind<SourceFields> = {
  type: 'source',
  table: 'sources',
  fieldsSchema: sourceFieldsSchema,
  createSchema: createSourceSchema,
  updateSchema: updateSourceSchema,
  defaults: sourceDefaults,
  citableFields: ['title', 'author', 'publishedOn', 'url', 'reliability'],
  insert: insertSource,
  updateFields: updateSourceFields,
  load: loadSources,
};

export function createSource(ctx: OperationContext, input: unknown): Promise<Source> {
  return createRecord(ctx, sourceKind, input);
}

export function updateSource(ctx: OperationContext, id: string, input: unknown): Promise<Source> {
  return updateRecord(ctx, sourceKind, id, input);
}

export function getSource(ctx: OperationContext, id: string, options: { includeDeleted?: boolean } = {}) {
  return getRecord(ctx, sourceKind, id, options);
}

export function listSources(ctx: OperationContext, query: unknown) {
  return listSourceRows(ctx.db, parseInput(listSourcesQuerySchema, query), visibilityOf(ctx));
}
