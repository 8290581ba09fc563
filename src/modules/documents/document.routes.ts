import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DocketError } from '../../core/errors.ts';
import { idSchema } from '../../core/ids.ts';
import { problemSchema } from '../../server/problem.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { idParamsSchema } from '../records/record.schema.ts';
import { getDocument, getDocumentPage, listDocuments, readDocumentFile } from './document.operations.ts';
import { documentPageSchema, documentSchema } from './document.schema.ts';
import type { ExtractionPool } from './extraction-pool.ts';
import { acceptFileBodies, fileBody } from './file-body.ts';
import { ingestFile, MAX_FILE_BYTES } from './ingest.operations.ts';

const TAGS = ['Documents'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const OCR = { languages: ['rus', 'kaz', 'uzb', 'uzb_cyrl', 'eng'] };

const ingestedSchema = z.object({
  status: z.enum(['done', 'duplicate']),
  document: documentSchema.nullable().describe('Null for a duplicate of a document the caller may not see'),
});

/**
 * Documents: `POST /api/documents?name=FILE` takes one file as the raw body (any type; up to
 * 200 MiB) and answers once it is ingested; the rest reads documents, their pages and files.
 */
export function registerDocumentRoutes(
  app: FastifyInstance,
  context: RequestContext,
  extraction: ExtractionPool,
): void {
  void app.register(async (scope) => {
    acceptFileBodies(scope);
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/documents',
      {
        bodyLimit: MAX_FILE_BYTES,
        schema: {
          tags: TAGS,
          summary:
            'Ingest one file as a document: fingerprinted, its text read or recognised, the original kept',
          description:
            'Send the file as the raw body with its name in `name`. A PDF, HTML, DOCX, text or Markdown ' +
            'file, a JPEG or PNG image, or an audio or video file. The same file twice is recognised by its ' +
            'SHA-256 (200, `duplicate`). A file that cannot be read is a 422 problem with its `code` ' +
            '(malformed, encrypted, empty, too-large, unsupported) and nothing is stored.',
          querystring: z.strictObject({
            name: z.string().trim().min(1).max(1000),
            via: z
              .enum(['api', 'web'])
              .default('api')
              .describe('How the file came in, for the chain of custody: the web app says web'),
          }),
          body: z.unknown().describe('The file'),
          response: {
            200: ingestedSchema,
            201: ingestedSchema,
            ...errors,
            413: problemSchema,
            422: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const body = fileBody(request.body);
        const ctx = context(request);
        const result = await ingestFile(
          ctx,
          { name: request.query.name, bytes: body },
          { origin: request.query.via, ocr: OCR, extract: (...args) => extraction.extract(...args) },
        );
        if (result.status === 'failed') {
          throw new DocketError({
            type: 'unreadable-file',
            title: 'The file cannot be ingested',
            detail: result.errorMessage,
            errors: [{ path: 'body', message: result.errorMessage }],
            extensions: { code: result.errorCode },
          });
        }
        const document = result.documentId ? await getDocument(ctx, result.documentId) : null;
        return reply.code(result.status === 'done' ? 201 : 200).send({ status: result.status, document });
      },
    );
  });

  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/documents',
    {
      schema: {
        tags: TAGS,
        summary: 'Documents of sources the caller may read, most recent first (200 at most)',
        querystring: z.strictObject({ sourceId: idSchema.optional() }),
        response: { 200: z.object({ items: z.array(documentSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listDocuments(context(request), request.query) }),
  );
  api.get(
    '/api/documents/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'A document',
        params: idParamsSchema,
        response: { 200: documentSchema, ...errors },
      },
    },
    (request) => getDocument(context(request), request.params.id),
  );
  api.get(
    '/api/documents/:id/pages/:number',
    {
      schema: {
        tags: TAGS,
        summary: 'The text of one page',
        params: z.object({ id: idSchema, number: z.coerce.number().int().min(1) }),
        response: { 200: documentPageSchema, ...errors },
      },
    },
    (request) => getDocumentPage(context(request), request.params.id, request.params.number),
  );
  for (const which of ['original', 'working'] as const) {
    api.get(
      `/api/documents/:id/${which}`,
      {
        schema: {
          tags: TAGS,
          summary:
            which === 'original'
              ? 'The original file, exactly as it came in (the evidentiary copy); every read is audited'
              : 'The working copy of an image: the same pixels without EXIF, GPS and other metadata',
          params: idParamsSchema,
          response: { 200: z.unknown().describe('The file'), ...errors },
        },
      },
      async (request, reply) => {
        const file = await readDocumentFile(context(request), request.params.id, which);
        return reply
          .type(file.mediaType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .send(file.bytes);
      },
    );
  }
}
