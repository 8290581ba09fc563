import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  type RecordRoutes,
  recordProblemResponses,
  type SharedRecordRouting,
} from '../../server/record-routes.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { idParamsSchema } from '../records/record.schema.ts';
import {
  commitmentKind,
  listCommitments,
  presentCommitment,
  rateCommitment,
} from './commitment.operations.ts';
import {
  type CommitmentFields,
  commitmentSchema,
  listCommitmentsQuerySchema,
  rateCommitmentSchema,
} from './commitment.schema.ts';

function registerRatingRoute(
  app: FastifyInstance,
  _context: RequestContext,
  shared: SharedRecordRouting<CommitmentFields>,
): void {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/commitments/:id/ratings',
    {
      schema: {
        tags: ['Commitments'],
        summary: 'Rate a commitment: a rating, the date it holds from, a rationale and at least one source',
        params: idParamsSchema,
        body: rateCommitmentSchema,
        response: { 200: shared.recordSchema, ...recordProblemResponses },
      },
    },
    (request) => shared.respond(request, (ctx) => rateCommitment(ctx, request.params.id, request.body)),
  );
}

export const commitmentRoutes: RecordRoutes<CommitmentFields> = {
  kind: commitmentKind,
  path: 'commitments',
  tag: 'Commitments',
  recordSchema: commitmentSchema,
  listQuerySchema: listCommitmentsQuerySchema,
  list: listCommitments,
  present: presentCommitment,
  extend: registerRatingRoute,
};
