import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../server/problem.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { exportFormatSchema, planExport, writeExport } from './export.operations.ts';
import { exportableTypeNames } from './exportable-types.ts';

const paramsSchema = z.object({
  type: z
    .string()
    .max(100)
    .describe(`The record type: ${exportableTypeNames.join(', ')}`),
});

/** `format`, plus any filter of the type's listing, checked against that listing's schema. */
const querySchema = z.looseObject({ format: exportFormatSchema.default('json') });

/**
 * `GET /api/export/:type`: every matching record as a file download. The type, format and filters
 * are checked before the answer starts, so a refusal is a problem+json; the body then streams.
 */
export function registerExportRoutes(app: FastifyInstance, context: RequestContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/export/:type',
    {
      schema: {
        tags: ['Export'],
        summary: 'Download every record of a type as JSON, CSV or XLSX',
        description:
          'Takes the same filters as the type’s list endpoint (e.g. `/api/export/cases?format=csv&country=UZ`), ' +
          'without cursor and limit: every matching record is exported, page after page. JSON is ' +
          '`{"docket":{type,formatVersion,exportedAt,filters},"records":[…],"count":N}` with records as ' +
          'stored (what GET returns, without `derived`). CSV (UTF-8 with BOM) and XLSX have one row per ' +
          'record and one column per top-level key; arrays and objects are compact JSON in the cell.',
        params: paramsSchema,
        querystring: querySchema,
        produces: [
          'application/json',
          'text/csv',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        ],
        response: {
          200: z.unknown().describe('The file, as an attachment'),
          400: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const ctx = context(request);
      const { format, ...filters } = request.query;
      const plan = planExport(ctx, { type: request.params.type, format, filters });
      const body = new PassThrough();
      // writeExport destroys the body on failure (or sees it closed when the client leaves), which
      // aborts the response rather than ending it as if complete; the log says why.
      writeExport(ctx, plan, body).catch((error: unknown) => {
        request.log.warn({ err: error }, 'export stopped before the end');
      });
      return reply
        .type(plan.contentType)
        .header('content-disposition', `attachment; filename="${plan.fileName}"`)
        .send(body);
    },
  );
}
