import type { RecordRoutes } from '../../server/record-routes.ts';
import { interventionKind, listInterventions } from './intervention.operations.ts';
import {
  type InterventionFields,
  interventionSchema,
  listInterventionsQuerySchema,
} from './intervention.schema.ts';

export const interventionRoutes: RecordRoutes<InterventionFields> = {
  kind: interventionKind,
  path: 'interventions',
  tag: 'Interventions',
  recordSchema: interventionSchema,
  listQuerySchema: listInterventionsQuerySchema,
  list: listInterventions,
};
