import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../server/authenticate.ts';
import { problemSchema } from '../../server/problem.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { search } from './search.operations.ts';
import { searchQuerySchema, searchResultSchema } from './search.schema.ts';

/** Search reads like a list: open to the public, who find only what is published. */
export function registerSearchRoutes(app: FastifyInstance, context: RequestContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/search',
    {
      config: PUBLIC,
      schema: {
        tags: ['Search'],
        summary: 'Records and document pages matching words, a "phrase" or a prefix*, that you may see',
        querystring: searchQuerySchema,
        response: { 200: searchResultSchema, 400: problemSchema },
      },
    },
    (request) => search(context(request), request.query),
  );
}
