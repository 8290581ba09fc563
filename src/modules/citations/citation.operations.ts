import type { OperationContext } from '../../core/context.ts';
import { invalidReference, validationError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { createRecord, getRecord, updateRecord } from '../records/record.operations.ts';
import { visibilityOf } from '../records/record-access.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { assertReferences } from '../records/references.ts';
import { sourceKind } from '../sources/source.operations.ts';
import { citableKinds } from './citable-kinds.ts';
import {
  type Citation,
  type CitationFields,
  citationDefaults,
  citationFieldsSchema,
  createCitationSchema,
  listCitationsQuerySchema,
  updateCitationSchema,
} from './citation.schema.ts';
import {
  insertCitation,
  listCitations as listCitationRows,
  loadCitations,
  updateCitationFields,
} from './citation.store.ts';

/** Where each citable record type is stored, so a list can require the cited record be visible too. */
const citedTables = Object.values(citableKinds).map((kind) => ({ type: kind.type, table: kind.table }));

/** A citation must point at a live source and a live record, and at a field that record has. */
async function checkCitation(ctx: OperationContext, fields: CitationFields): Promise<void> {
  if (fields.quote === null && fields.summary === null) {
    throw validationError([
      { path: 'summary', message: 'give a quote from the source, a summary of it, or both' },
    ]);
  }
  const kind = citableKinds[fields.recordType];
  if (!kind) throw invalidReference('recordType', `${fields.recordType} records cannot be cited`);
  if (fields.field !== null && !kind.citableFields.includes(fields.field)) {
    throw validationError([
      {
        path: 'field',
        message: `is not a field of a ${kind.type} that can be cited; use one of ${kind.citableFields.join(', ')}`,
      },
    ]);
  }
  await assertReferences(ctx, [
    { path: 'sourceId', kind: sourceKind as RecordKind<object>, id: fields.sourceId },
    { path: 'recordId', kind: kind as RecordKind<object>, id: fields.recordId },
  ]);
}

export const citationKind: RecordKind<CitationFields> = {
  type: 'citation',
  table: 'citations',
  fieldsSchema: citationFieldsSchema,
  createSchema: createCitationSchema,
  updateSchema: updateCitationSchema,
  defaults: citationDefaults,
  citableFields: [],
  insert: insertCitation,
  updateFields: updateCitationFields,
  load: loadCitations,
  check: checkCitation,
  readsThrough: (fields) => {
    const kind = citableKinds[fields.recordType];
    return kind ? { kind, id: fields.recordId } : null;
  },
};

export function citeSource(ctx: OperationContext, input: unknown): Promise<Citation> {
  return createRecord(ctx, citationKind, input);
}

export function updateCitation(ctx: OperationContext, id: string, input: unknown): Promise<Citation> {
  return updateRecord(ctx, citationKind, id, input);
}

export function getCitation(ctx: OperationContext, id: string, options: { includeDeleted?: boolean } = {}) {
  return getRecord(ctx, citationKind, id, options);
}

export async function listCitations(ctx: OperationContext, input: unknown) {
  const query = parseInput(listCitationsQuerySchema, input);
  // The citations of a record the caller may not see are as absent as the record.
  const kind = query.recordType ? citableKinds[query.recordType] : undefined;
  if (kind && query.recordId) await getRecord(ctx, kind, query.recordId, { includeDeleted: true });
  return listCitationRows(ctx.db, query, visibilityOf(ctx), citedTables);
}
