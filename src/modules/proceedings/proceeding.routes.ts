import type { RecordRoutes } from '../../server/record-routes.ts';
import { listProceedings, proceedingKind } from './proceeding.operations.ts';
import { listProceedingsQuerySchema, type ProceedingFields, proceedingSchema } from './proceeding.schema.ts';

export const proceedingRoutes: RecordRoutes<ProceedingFields> = {
  kind: proceedingKind,
  path: 'proceedings',
  tag: 'Proceedings',
  recordSchema: proceedingSchema,
  listQuerySchema: listProceedingsQuerySchema,
  list: listProceedings,
};
