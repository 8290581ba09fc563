import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '../../core/ids.ts';
import { problemSchema } from '../../server/problem.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { decidePurge, listPendingPurges, purgeSchema } from './purge.operations.ts';
import type { RecordKind } from './record-kind.ts';

const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

/** The purges awaiting a second person, and their approval or rejection (requests are per record). */
export function registerPurgeRoutes(
  app: FastifyInstance,
  context: RequestContext,
  kinds: Readonly<Record<string, RecordKind<object>>>,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/purges',
    {
      schema: {
        tags: ['Purges'],
        summary: 'Purges awaiting a decision, on records you curate',
        response: { 200: z.object({ items: z.array(purgeSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listPendingPurges(context(request), kinds) }),
  );
  for (const approve of [true, false]) {
    api.post(
      `/api/purges/:purgeId/${approve ? 'approve' : 'reject'}`,
      {
        schema: {
          tags: ['Purges'],
          summary: approve
            ? 'Approve a purge (a second person): the fields are emptied in the record and every revision'
            : 'Reject a purge',
          params: z.object({ purgeId: idSchema }),
          response: { 200: purgeSchema, ...errors },
        },
      },
      async (request) => decidePurge(context(request), kinds, request.params.purgeId, approve),
    );
  }
}
