import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../server/authenticate.ts';
import { problemSchema } from '../../server/problem.ts';
import type { RecordRoutes } from '../../server/record-routes.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { idParamsSchema } from '../records/record.schema.ts';
import { askKind, getAskHistory, listAsks } from './ask.operations.ts';
import { type AskFields, askHistorySchema, askSchema, listAsksQuerySchema } from './ask.schema.ts';

function registerHistoryRoute(app: FastifyInstance, context: RequestContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/asks/:id/history',
    {
      config: PUBLIC,
      schema: {
        tags: ['Asks'],
        summary: 'Where the ask was raised, how it was answered, and the commitments answering it',
        params: idParamsSchema,
        response: { 200: askHistorySchema, 404: problemSchema },
      },
    },
    (request) => getAskHistory(context(request), request.params.id),
  );
}

export const askRoutes: RecordRoutes<AskFields> = {
  kind: askKind,
  path: 'asks',
  tag: 'Asks',
  recordSchema: askSchema,
  listQuerySchema: listAsksQuerySchema,
  list: listAsks,
  extend: registerHistoryRoute,
};
