import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '../../../core/ids.ts';
import { problemSchema } from '../../../server/problem.ts';
import type { RequestContext } from '../../../server/request-context.ts';
import { idParamsSchema } from '../../records/record.schema.ts';
import { createRedaction, listRedactions, redactedImage, redactedPage } from './redaction.operations.ts';
import { createRedactionSchema, redactedPageSchema, redactionSchema } from './redaction.schema.ts';

const TAGS = ['Documents'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

/** Redacted copies of documents: made by those who may change the document, read by its readers. */
export function registerRedactionRoutes(app: FastifyInstance, context: RequestContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/documents/:id/redactions',
    {
      schema: {
        tags: TAGS,
        summary: 'Make a redacted copy of a document for publication; the original is untouched',
        description:
          'Regions are painted black on a new PNG made from the image’s working copy; text masks hide ' +
          'characters of a page’s text. Every mask is checked against the document first: a page it does ' +
          'not have, a region past the edge or a span past the text is a 400 naming the mask’s field ' +
          '(`masks.2.end`), and nothing is stored. Editors and researchers of the organization that owns ' +
          'the document’s source may redact (403 for other readers).',
        params: idParamsSchema,
        body: createRedactionSchema,
        response: { 201: redactionSchema, ...errors, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const redaction = await createRedaction(context(request), request.params.id, request.body);
      return reply.code(201).header('location', `/api/redactions/${redaction.id}`).send(redaction);
    },
  );
  api.get(
    '/api/documents/:id/redactions',
    {
      schema: {
        tags: TAGS,
        summary: 'The redacted copies of a document, newest first',
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(redactionSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listRedactions(context(request), request.params.id) }),
  );
  api.get(
    '/api/redactions/:id/pages/:number',
    {
      schema: {
        tags: TAGS,
        summary: 'One page of a redacted copy: its text with the masked characters as █',
        params: z.object({ id: idSchema, number: z.coerce.number().int().min(1) }),
        response: { 200: redactedPageSchema, ...errors },
      },
    },
    (request) => redactedPage(context(request), request.params.id, request.params.number),
  );
  api.get(
    '/api/redactions/:id/image',
    {
      schema: {
        tags: TAGS,
        summary: 'The redacted image (PNG, without metadata); 404 when the copy masks text only',
        params: idParamsSchema,
        response: { 200: z.unknown().describe('The PNG'), ...errors },
      },
    },
    async (request, reply) => {
      const file = await redactedImage(context(request), request.params.id);
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.bytes);
    },
  );
}
