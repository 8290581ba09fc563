import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OperationContext } from '../core/context.ts';
import { idSchema } from '../core/ids.ts';
import type { Page } from '../modules/records/pagination.ts';
import { booleanQuery, pageSchema } from '../modules/records/pagination.ts';
import {
  createRecord,
  deleteRecord,
  getRecord,
  listRecordRevisions,
  restoreRevision,
  undeleteRecord,
  updateRecord,
} from '../modules/records/record.operations.ts';
import {
  idParamsSchema,
  revisionSchema,
  type StoredRecord,
  versionBodySchema,
  versionQuerySchema,
} from '../modules/records/record.schema.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { problemSchema } from './problem.ts';
import type { RequestContext } from './request-context.ts';

export interface RecordRoutes<F extends object> {
  kind: RecordKind<F>;
  /** Plural path segment under /api, e.g. `persons`. */
  path: string;
  tag: string;
  recordSchema: z.ZodType;
  listQuerySchema: z.ZodType;
  list(ctx: OperationContext, query: unknown): Promise<Page<StoredRecord<F>>>;
  /** Adds what is derived from the record (never stored in it) to every response; `recordSchema` describes the result. */
  present?(ctx: OperationContext, record: StoredRecord<F>): object;
  /** Routes of the module beyond the shared ones, e.g. a census. */
  extend?(app: FastifyInstance, context: RequestContext): void;
}

const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };

/**
 * The REST surface every record type shares: list, create, read, update, soft delete, undelete, and
 * the revision history with restore. Handlers only call operations and present their results.
 */
export function registerRecordRoutes<F extends object>(
  app: FastifyInstance,
  routes: RecordRoutes<F>,
  context: RequestContext,
): void {
  const { kind, tag, recordSchema } = routes;
  const present = (ctx: OperationContext, record: StoredRecord<F>) =>
    routes.present ? routes.present(ctx, record) : record;
  const respond = async (
    request: FastifyRequest,
    work: (ctx: OperationContext) => Promise<StoredRecord<F>>,
  ) => {
    const ctx = context(request);
    return present(ctx, await work(ctx));
  };
  routes.extend?.(app, context);
  const base = `/api/${routes.path}`;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const includeDeletedQuery = z.object({ includeDeleted: booleanQuery.optional() }).strict();
  const revisionParams = idParamsSchema.extend({ revisionId: idSchema });

  api.get(
    base,
    {
      schema: {
        tags: [tag],
        summary: `List ${routes.path}`,
        querystring: routes.listQuerySchema,
        response: { 200: pageSchema(recordSchema), 400: problemSchema },
      },
    },
    async (request) => {
      const ctx = context(request);
      const page = await routes.list(ctx, request.query);
      return { ...page, items: page.items.map((record) => present(ctx, record)) };
    },
  );

  api.post(
    base,
    {
      schema: {
        tags: [tag],
        summary: `Create a ${kind.type}`,
        body: kind.createSchema,
        response: { 201: recordSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = context(request);
      const created = await createRecord(ctx, kind, request.body);
      return reply.status(201).header('location', `${base}/${created.id}`).send(present(ctx, created));
    },
  );

  api.get(
    `${base}/:id`,
    {
      schema: {
        tags: [tag],
        summary: `Read a ${kind.type}`,
        params: idParamsSchema,
        querystring: includeDeletedQuery,
        response: { 200: recordSchema, ...errors },
      },
    },
    (request) =>
      respond(request, (ctx) =>
        getRecord(ctx, kind, request.params.id, { includeDeleted: request.query.includeDeleted ?? false }),
      ),
  );

  api.patch(
    `${base}/:id`,
    {
      schema: {
        tags: [tag],
        summary: `Update a ${kind.type}; send the version you read`,
        params: idParamsSchema,
        body: kind.updateSchema,
        response: { 200: recordSchema, ...errors },
      },
    },
    (request) => respond(request, (ctx) => updateRecord(ctx, kind, request.params.id, request.body)),
  );

  api.delete(
    `${base}/:id`,
    {
      schema: {
        tags: [tag],
        summary: `Delete a ${kind.type} (reversible)`,
        params: idParamsSchema,
        querystring: versionQuerySchema,
        response: { 200: recordSchema, ...errors },
      },
    },
    (request) => respond(request, (ctx) => deleteRecord(ctx, kind, request.params.id, request.query.version)),
  );

  api.post(
    `${base}/:id/undelete`,
    {
      schema: {
        tags: [tag],
        summary: `Undo the deletion of a ${kind.type}`,
        params: idParamsSchema,
        body: versionBodySchema,
        response: { 200: recordSchema, ...errors },
      },
    },
    (request) =>
      respond(request, (ctx) => undeleteRecord(ctx, kind, request.params.id, request.body.version)),
  );

  api.get(
    `${base}/:id/revisions`,
    {
      schema: {
        tags: [tag],
        summary: `The revision history of a ${kind.type}, oldest first`,
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(revisionSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listRecordRevisions(context(request), kind, request.params.id) }),
  );

  api.post(
    `${base}/:id/revisions/:revisionId/restore`,
    {
      schema: {
        tags: [tag],
        summary: `Put a ${kind.type} back as it was at a revision (recorded as a new revision)`,
        params: revisionParams,
        body: versionBodySchema,
        response: { 200: recordSchema, ...errors },
      },
    },
    (request) =>
      respond(request, (ctx) =>
        restoreRevision(ctx, kind, request.params.id, request.params.revisionId, request.body.version),
      ),
  );
}
