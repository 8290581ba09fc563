import type { RecordRoutes } from '../../server/record-routes.ts';
import { citationKind, listCitations } from './citation.operations.ts';
import { type CitationFields, citationSchema, listCitationsQuerySchema } from './citation.schema.ts';

export const citationRoutes: RecordRoutes<CitationFields> = {
  kind: citationKind,
  path: 'citations',
  tag: 'Citations',
  recordSchema: citationSchema,
  listQuerySchema: listCitationsQuerySchema,
  list: listCitations,
};
