import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OperationContext } from '../core/context.ts';
import { notFound } from '../core/errors.ts';
import { idSchema } from '../core/ids.ts';
import { disclose, discloseWith } from '../modules/records/disclosure.ts';
import type { Page } from '../modules/records/pagination.ts';
import { booleanQuery, pageSchema } from '../modules/records/pagination.ts';
import { purgeRequestSchema, purgeSchema, requestPurge } from '../modules/records/purge.operations.ts';
import {
  createRecord,
  deleteRecord,
  listRecordRevisions,
  readableRecord,
  restoreRevision,
  setPublished,
  undeleteRecord,
  updateRecord,
} from '../modules/records/record.operations.ts';
import {
  disclosureShape,
  idParamsSchema,
  revisionSchema,
  type StoredRecord,
  versionBodySchema,
  versionQuerySchema,
} from '../modules/records/record.schema.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import {
  grantInputSchema,
  grantSchema,
  listGrants,
  shareRecord,
  unshareRecord,
} from '../modules/records/sharing.operations.ts';
import { PUBLIC } from './authenticate.ts';
import { problemSchema } from './problem.ts';
import type { RequestContext } from './request-context.ts';

export interface RecordRoutes<F extends object> {
  kind: RecordKind<F>;
  /** Plural path segment under /api, e.g. `persons`. */
  path: string;
  tag: string;
  /** The stored record; responses add the caller's abilities and make redactable fields nullable. */
  recordSchema: z.ZodObject;
  listQuerySchema: z.ZodType;
  list(ctx: OperationContext, query: unknown): Promise<Page<StoredRecord<F>>>;
  /** Adds what is derived from the record (never stored in it) to every response; `recordSchema` describes the result. */
  present?(ctx: OperationContext, record: StoredRecord<F>): object;
  /** Routes of the module beyond the shared ones, e.g. a census. */
  extend?(app: FastifyInstance, context: RequestContext, shared: SharedRecordRouting<F>): void;
}

/** What a module's own routes reuse to answer with one record as every shared route does. */
export interface SharedRecordRouting<F extends object> {
  /** The record as callers receive it (abilities, `redacted`, what `present` adds). */
  recordSchema: z.ZodObject;
  /** Runs an operation and answers with its record, disclosed and presented. */
  respond(
    request: FastifyRequest,
    work: (ctx: OperationContext) => Promise<StoredRecord<F>>,
  ): Promise<Record<string, unknown>>;
  /** Records disclosed and presented, the caller's unreadable ones dropped. */
  presentAll(ctx: OperationContext, records: readonly StoredRecord<F>[]): Promise<Record<string, unknown>[]>;
}

const errors = {
  400: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  410: problemSchema,
  422: problemSchema,
};

/** The problem responses of routes that change one record, for a module's own routes. */
export const recordProblemResponses = errors;

/** The record as a caller receives it: redactable fields nullable, abilities and `redacted` added. */
function disclosedSchema(recordSchema: z.ZodObject, kind: RecordKind<object>): z.ZodObject {
  const nullable = Object.fromEntries(
    Object.keys(kind.levels ?? {}).flatMap((field) => {
      const schema = recordSchema.shape[field];
      return schema ? [[field, schema.nullable()]] : [];
    }),
  );
  const meta = recordSchema.meta();
  const schema = recordSchema.extend({ ...nullable, ...disclosureShape });
  return meta?.id ? schema.meta({ ...meta, id: meta.id }) : schema;
}

/**
 * The REST surface every record type shares: list, create, read, update, soft delete, undelete, the
 * revision history with restore, publication and sharing. Handlers only call operations and present
 * their results, which all leave through `disclose`. Reads are open to the public (who see
 * published records only); everything else needs a caller.
 */
export function registerRecordRoutes<F extends object>(
  app: FastifyInstance,
  routes: RecordRoutes<F>,
  context: RequestContext,
): void {
  const { kind, tag } = routes;
  const recordSchema = disclosedSchema(routes.recordSchema, kind as RecordKind<object>);
  const present = (ctx: OperationContext, disclosed: object): Record<string, unknown> => {
    const record = disclosed as StoredRecord<F>;
    return { ...disclosed, ...(routes.present ? routes.present(ctx, record) : {}) };
  };
  // Every record leaves through `disclose`: the policy and the one redaction step.
  const respond = async (
    request: FastifyRequest,
    work: (ctx: OperationContext) => Promise<StoredRecord<F>>,
  ) => {
    const ctx = context(request);
    const record = await work(ctx);
    const [disclosed] = await disclose(ctx, kind, [record]);
    // A change can leave the caller unable to read the result (a write-only grant): say so plainly.
    if (!disclosed) throw notFound(kind.type, record.id);
    return present(ctx, disclosed);
  };
  const presentAll = async (ctx: OperationContext, records: readonly StoredRecord<F>[]) =>
    (await disclose(ctx, kind, records)).map((record) => present(ctx, record));
  routes.extend?.(app, context, { recordSchema, respond, presentAll });
  const base = `/api/${routes.path}`;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const includeDeletedQuery = z.object({ includeDeleted: booleanQuery.optional() }).strict();
  const revisionParams = idParamsSchema.extend({ revisionId: idSchema });

  api.get(
    base,
    {
      config: PUBLIC,
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
      const items = await disclose(ctx, kind, page.items);
      return { ...page, items: items.map((record) => present(ctx, record)) };
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
      const [disclosed] = await disclose(ctx, kind, [created]);
      if (!disclosed) throw notFound(kind.type, created.id);
      return reply.status(201).header('location', `${base}/${created.id}`).send(present(ctx, disclosed));
    },
  );

  api.get(
    `${base}/:id`,
    {
      config: PUBLIC,
      schema: {
        tags: [tag],
        summary: `Read a ${kind.type}`,
        params: idParamsSchema,
        querystring: includeDeletedQuery,
        response: { 200: recordSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = context(request);
      const { record, abilities } = await readableRecord(ctx, kind, request.params.id, {
        includeDeleted: request.query.includeDeleted ?? false,
      });
      return present(ctx, await discloseWith(ctx, kind, record, abilities));
    },
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

  for (const published of [true, false]) {
    const action = published ? 'publish' : 'unpublish';
    api.post(
      `${base}/:id/${action}`,
      {
        schema: {
          tags: [tag],
          summary: published
            ? `Publish a ${kind.type} on the public portal (editors; identifying fields need consent)`
            : `Take a ${kind.type} off the public portal`,
          params: idParamsSchema,
          body: versionBodySchema,
          response: { 200: recordSchema, ...errors },
        },
      },
      (request) =>
        respond(request, (ctx) =>
          setPublished(ctx, kind, request.params.id, request.body.version, published),
        ),
    );
  }

  api.post(
    `${base}/:id/purges`,
    {
      schema: {
        tags: [tag],
        summary: `Ask for fields of a ${kind.type} to be emptied everywhere, revisions included (a second person approves)`,
        params: idParamsSchema,
        body: purgeRequestSchema,
        response: { 201: purgeSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await requestPurge(context(request), kind as RecordKind<object>, request.params.id, request.body),
        ),
  );

  const grantsResponse = { 200: z.object({ items: z.array(grantSchema) }), ...errors };
  api.get(
    `${base}/:id/grants`,
    {
      schema: {
        tags: [tag],
        summary: `Who this ${kind.type} is shared with (those who may share it)`,
        params: idParamsSchema,
        response: grantsResponse,
      },
    },
    async (request) => ({ items: await listGrants(context(request), kind, request.params.id) }),
  );
  api.put(
    `${base}/:id/grants`,
    {
      schema: {
        tags: [tag],
        summary: `Share this ${kind.type} with an organization or a user, or change an existing share`,
        params: idParamsSchema,
        body: grantInputSchema,
        response: grantsResponse,
      },
    },
    async (request) => ({
      items: await shareRecord(context(request), kind, request.params.id, request.body),
    }),
  );
  api.delete(
    `${base}/:id/grants/:grantId`,
    {
      schema: {
        tags: [tag],
        summary: `Stop sharing this ${kind.type} with a grantee`,
        params: idParamsSchema.extend({ grantId: idSchema }),
        response: grantsResponse,
      },
    },
    async (request) => ({
      items: await unshareRecord(context(request), kind, request.params.id, request.params.grantId),
    }),
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
