import type { RecordRoutes } from '../../server/record-routes.ts';
import { listSources, sourceKind } from './source.operations.ts';
import { listSourcesQuerySchema, type SourceFields, sourceSchema } from './source.schema.ts';

export const sourceRoutes: RecordRoutes<SourceFields> = {
  kind: sourceKind,
  path: 'sources',
  tag: 'Sources',
  recordSchema: sourceSchema,
  listQuerySchema: listSourcesQuerySchema,
  list: listSources,
};
