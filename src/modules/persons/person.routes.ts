import type { RecordRoutes } from '../../server/record-routes.ts';
import { listPersons, personKind } from './person.operations.ts';
import { listPersonsQuerySchema, type PersonFields, personSchema } from './person.schema.ts';

export const personRoutes: RecordRoutes<PersonFields> = {
  kind: personKind,
  path: 'persons',
  tag: 'Persons',
  recordSchema: personSchema,
  listQuerySchema: listPersonsQuerySchema,
  list: listPersons,
};
