import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../server/authenticate.ts';
import { problemSchema } from '../../server/problem.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { idParamsSchema } from '../records/record.schema.ts';
import { scorecardForCountry, scorecardForEngagement } from './scorecard.operations.ts';
import {
  engagementScorecardQuerySchema,
  engagementScorecardSchema,
  scorecardQuerySchema,
  scorecardSchema,
} from './scorecard.schema.ts';

/** Scorecards read like lists: open to the public, who see only published commitments. */
export function registerScorecardRoutes(app: FastifyInstance, context: RequestContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/scorecards',
    {
      config: PUBLIC,
      schema: {
        tags: ['Scorecards'],
        summary: "A government's commitments by rating as of a day, per issue area, with the timeline",
        querystring: scorecardQuerySchema,
        response: { 200: scorecardSchema, 400: problemSchema },
      },
    },
    (request) => scorecardForCountry(context(request), request.query),
  );
  api.get(
    '/api/engagements/:id/scorecard',
    {
      config: PUBLIC,
      schema: {
        tags: ['Scorecards'],
        summary: 'What was asked at an engagement, what was promised, and what happened since',
        params: idParamsSchema,
        querystring: engagementScorecardQuerySchema,
        response: { 200: engagementScorecardSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    (request) => scorecardForEngagement(context(request), request.params.id, request.query),
  );
}
