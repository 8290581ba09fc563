import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { validationError } from '../../core/errors.ts';
import { idSchema } from '../../core/ids.ts';
import { problemSchema } from '../../server/problem.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { idParamsSchema } from '../records/record.schema.ts';
import { BatchRunner, spoolLocation } from './batch-runner.ts';
import { ingestBatchSchema } from './document.schema.ts';
import type { ExtractionPool } from './extraction-pool.ts';
import { acceptFileBodies, fileBody } from './file-body.ts';
import { MAX_FILE_BYTES } from './ingest.operations.ts';
import { getBatch, planBatch, resumeBatch, stopBatch } from './ingest-batch.ts';

const TAGS = ['Documents'];
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };

const newBatchSchema = z.strictObject({
  files: z
    .array(z.strictObject({ name: z.string().trim().min(1).max(1000), sizeBytes: z.number().int().min(0) }))
    .min(1, 'name at least one file')
    .max(10_000),
});

/**
 * Batches of uploads ingested in the background: list the files, send each one's bytes, and watch
 * the batch. Stop holds it between two files; resume goes on; the same files listed again by the
 * same user are the same batch.
 */
export function registerIngestBatchRoutes(
  app: FastifyInstance,
  context: RequestContext,
  extraction: ExtractionPool,
): void {
  const runner = new BatchRunner(extraction, (error, batchId) =>
    app.log.error({ err: error, batchId }, 'ingest batch failed'),
  );
  app.addHook('onClose', () => runner.idle());
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/ingest-batches',
    {
      schema: {
        tags: TAGS,
        summary: 'Start a batch of uploads: the files it will hold, by name and size',
        body: newBatchSchema,
        response: { 201: ingestBatchSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = context(request);
      const id = await planBatch(
        ctx,
        request.body.files.map((file, i) => ({
          name: file.name,
          location: spoolLocation(i),
          sizeBytes: file.sizeBytes,
        })),
        'web',
      );
      return reply.code(201).send(await getBatch(ctx, id));
    },
  );
  api.get(
    '/api/ingest-batches/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'A batch’s progress: each file waiting, ingested, already there or failed with its reason',
        params: idParamsSchema,
        response: { 200: ingestBatchSchema, ...errors },
      },
    },
    (request) => getBatch(context(request), request.params.id),
  );
  for (const action of ['stop', 'resume'] as const) {
    api.post(
      `/api/ingest-batches/:id/${action}`,
      {
        schema: {
          tags: TAGS,
          summary:
            action === 'stop' ? 'Stop the batch after the file being ingested' : 'Go on with a stopped batch',
          params: idParamsSchema,
          response: { 200: ingestBatchSchema, ...errors },
        },
      },
      async (request) => {
        const ctx = context(request);
        if (action === 'stop') return stopBatch(ctx, request.params.id);
        const batch = await resumeBatch(ctx, request.params.id);
        runner.kick(ctx, batch.id);
        return batch;
      },
    );
  }
  void app.register(async (scope) => {
    acceptFileBodies(scope);
    scope.withTypeProvider<ZodTypeProvider>().put(
      '/api/ingest-batches/:id/files/:position',
      {
        bodyLimit: MAX_FILE_BYTES,
        schema: {
          tags: TAGS,
          summary: 'Send one file of the batch as the raw body; it is ingested in the background',
          params: z.object({ id: idSchema, position: z.coerce.number().int().min(0) }),
          body: z.unknown().describe('The file'),
          response: { 202: ingestBatchSchema, ...errors, 409: problemSchema, 413: problemSchema },
        },
      },
      async (request, reply) => {
        const ctx = context(request);
        const { id, position } = request.params;
        const batch = await getBatch(ctx, id);
        const item = batch.items.find((i) => i.position === position);
        if (!item)
          throw validationError([{ path: 'position', message: `the batch has no file ${position}` }]);
        const body = fileBody(request.body);
        // A file already dealt with (sent twice, or the batch resumed) is not taken again.
        if (item.status === 'pending') {
          if (!ctx.files) throw new Error('uploads need the file store (the data directory) in the context');
          await ctx.files.spool(id, position, body);
          runner.kick(ctx, id);
        }
        return reply.code(202).send(await getBatch(ctx, id));
      },
    );
  });
}
