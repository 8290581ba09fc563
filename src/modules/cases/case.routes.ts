import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { problemSchema } from '../../server/problem.ts';
import type { RecordRoutes } from '../../server/record-routes.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { caseKind, countCustodyCensus, listCases, presentCase } from './case.operations.ts';
import {
  type CaseFields,
  caseSchema,
  censusQuerySchema,
  censusSchema,
  listCasesQuerySchema,
} from './case.schema.ts';

function registerCensusRoute(app: FastifyInstance, context: RequestContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/cases/census',
    {
      schema: {
        tags: ['Cases'],
        summary: 'How many people were in custody on a day (census rule: in custody at 00:01)',
        querystring: censusQuerySchema,
        response: { 200: censusSchema, 400: problemSchema },
      },
    },
    (request) => countCustodyCensus(context(request), request.query),
  );
}

export const caseRoutes: RecordRoutes<CaseFields> = {
  kind: caseKind,
  path: 'cases',
  tag: 'Cases',
  recordSchema: caseSchema,
  listQuerySchema: listCasesQuerySchema,
  list: listCases,
  present: presentCase,
  extend: registerCensusRoute,
};
