import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../core/errors.ts';
import { idSchema } from '../../core/ids.ts';
import {
  type RecordRoutes,
  recordProblemResponses,
  type SharedRecordRouting,
} from '../../server/record-routes.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { idParamsSchema } from '../records/record.schema.ts';
import { engagementKind, listEngagements } from './engagement.operations.ts';
import {
  type EngagementFields,
  engagementOutcomeSchema,
  engagementSchema,
  listEngagementsQuerySchema,
} from './engagement.schema.ts';
import { recordEngagementOutcome } from './engagement-outcome.ts';

function registerOutcomeRoute(
  app: FastifyInstance,
  context: RequestContext,
  shared: SharedRecordRouting<EngagementFields>,
): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/engagements/:id/outcome',
    {
      schema: {
        tags: ['Engagements'],
        summary: 'Record what happened to agenda items; assurances received become commitments',
        params: idParamsSchema,
        body: engagementOutcomeSchema,
        response: {
          200: z.object({
            engagement: shared.recordSchema,
            commitmentIds: z.array(idSchema).describe('The commitments made from the assurances, in order'),
          }),
          ...recordProblemResponses,
        },
      },
    },
    async (request) => {
      const ctx = context(request);
      const result = await recordEngagementOutcome(ctx, request.params.id, request.body);
      const [engagement] = await shared.presentAll(ctx, [result.engagement]);
      // The caller just changed it, so it can read it; a write-only grant would have failed first.
      if (!engagement) throw notFound('engagement', request.params.id);
      return { engagement, commitmentIds: result.commitments.map((c) => c.id) };
    },
  );
}

export const engagementRoutes: RecordRoutes<EngagementFields> = {
  kind: engagementKind,
  path: 'engagements',
  tag: 'Engagements',
  recordSchema: engagementSchema,
  listQuerySchema: listEngagementsQuerySchema,
  list: listEngagements,
  extend: registerOutcomeRoute,
};
