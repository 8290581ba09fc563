import type { OperationContext } from '../../core/context.ts';
import { parseInput } from '../../core/validation.ts';
import { createRecord, getRecord, updateRecord } from '../records/record.operations.ts';
import { visibilityOf } from '../records/record-access.ts';
import type { RecordKind } from '../records/record-kind.ts';
import {
  createPersonSchema,
  listPersonsQuerySchema,
  type Person,
  type PersonFields,
  personDefaults,
  personFieldsSchema,
  personIdentifyingFields,
  personLevels,
  updatePersonSchema,
} from './person.schema.ts';
import {
  insertPerson,
  listPersons as listPersonRows,
  loadPersons,
  personLevelColumns,
  updatePersonFields,
} from './person.store.ts';

export const personKind: RecordKind<PersonFields> = {
  type: 'person',
  table: 'persons',
  fieldsSchema: personFieldsSchema,
  createSchema: createPersonSchema,
  updateSchema: updatePersonSchema,
  defaults: personDefaults,
  citableFields: [
    'names',
    'gender',
    'birthDate',
    'occupations',
    'consentBasis',
    'biography',
    'notes',
    'contacts',
    'whereabouts',
  ],
  levels: personLevels,
  identifying: personIdentifyingFields,
  hasPublicIdentity: (fields) => fields.consentBasis !== 'none',
  levelColumns: personLevelColumns,
  insert: insertPerson,
  updateFields: updatePersonFields,
  load: loadPersons,
};

export function createPerson(ctx: OperationContext, input: unknown): Promise<Person> {
  return createRecord(ctx, personKind, input);
}

export function updatePerson(ctx: OperationContext, id: string, input: unknown): Promise<Person> {
  return updateRecord(ctx, personKind, id, input);
}

export function getPerson(ctx: OperationContext, id: string, options: { includeDeleted?: boolean } = {}) {
  return getRecord(ctx, personKind, id, options);
}

export function listPersons(ctx: OperationContext, query: unknown) {
  return listPersonRows(ctx.db, parseInput(listPersonsQuerySchema, query), visibilityOf(ctx));
}
