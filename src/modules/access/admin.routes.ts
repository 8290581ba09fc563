import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OperationContext } from '../../core/context.ts';
import { problemSchema } from '../../server/problem.ts';
import {
  auditCsv,
  auditEntrySchema,
  auditQuerySchema,
  listAudit,
  verifyAudit,
} from '../audit/audit.operations.ts';
import { orgSchema, userSchema } from './access.schema.ts';
import {
  changeUserAccess,
  createOrg,
  disableUser,
  enableUser,
  inviteUser,
  issuePasswordReset,
  listOrgs,
  listUsers,
  resetMfa,
  userAccessSchema,
} from './user.operations.ts';

/**
 * `/api/admin/*`: organizations and users, for administrators (and admin-scoped tokens). Links
 * are answered with their URL once; only the token's hash is kept.
 */

export interface AdminRouteOptions {
  context: (request: FastifyRequest) => OperationContext;
  /** The address users open, for links: `https://docket.example.org`. */
  publicUrl: string;
}

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const TAG = ['Administration'];
const admin = { access: { admin: true } };
const linkSchema = z.object({ user: userSchema, url: z.string(), expiresAt: z.string() });
const userParams = z.object({ id: z.string().max(100) });

/** `…/accept-invitation#token=…`: in the fragment, so the token never reaches a server log or Referer. */
export function accountLinkUrl(
  publicUrl: string,
  purpose: 'invitation' | 'password-reset',
  token: string,
): string {
  const page = purpose === 'invitation' ? 'accept-invitation' : 'reset-password';
  return `${publicUrl.replace(/\/+$/, '')}/${page}#token=${token}`;
}

export function registerAdminRoutes(app: FastifyInstance, options: AdminRouteOptions): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: FastifyRequest) => options.context(request);

  api.get(
    '/api/admin/orgs',
    {
      config: admin,
      schema: {
        tags: TAG,
        summary: 'The coalition’s organizations',
        response: { 200: z.object({ items: z.array(orgSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listOrgs(ctx(request)) }),
  );
  api.post(
    '/api/admin/orgs',
    {
      config: admin,
      schema: {
        tags: TAG,
        summary: 'Add an organization of the coalition',
        body: z.object({ name: z.string() }),
        response: { 201: orgSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createOrg(ctx(request), request.body)),
  );
  api.get(
    '/api/admin/users',
    {
      config: admin,
      schema: {
        tags: TAG,
        summary: 'Every user',
        response: { 200: z.object({ items: z.array(userSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listUsers(ctx(request)) }),
  );
  api.post(
    '/api/admin/users',
    {
      config: admin,
      schema: {
        tags: TAG,
        summary: 'Invite a user: answers a single-use sign-up link valid for 7 days',
        body: z.object({
          email: z.string(),
          org: z.string(),
          role: z.string(),
          displayName: z.string().optional(),
          clearance: z
            .string()
            .optional()
            .describe('Defaults to confidential for editors, internal otherwise'),
        }),
        response: { 201: linkSchema, ...errors },
      },
    },
    async (request, reply) => {
      const link = await inviteUser(ctx(request), request.body);
      const url = accountLinkUrl(options.publicUrl, 'invitation', link.token);
      return reply.status(201).send({ user: link.user, url, expiresAt: link.expiresAt });
    },
  );
  api.post(
    '/api/admin/users/:id/password-reset',
    {
      config: admin,
      schema: {
        tags: TAG,
        summary: 'A single-use password-reset link (24 hours; MFA still asked)',
        params: userParams,
        response: { 200: linkSchema, ...errors },
      },
    },
    async (request) => {
      const link = await issuePasswordReset(ctx(request), request.params.id);
      return {
        user: link.user,
        url: accountLinkUrl(options.publicUrl, 'password-reset', link.token),
        expiresAt: link.expiresAt,
      };
    },
  );
  api.patch(
    '/api/admin/users/:id',
    {
      config: admin,
      schema: {
        tags: TAG,
        summary: 'Change a user’s role or clearance (not your own)',
        params: userParams,
        body: userAccessSchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => changeUserAccess(ctx(request), request.params.id, request.body),
  );
  api.get(
    '/api/admin/audit',
    {
      config: admin,
      schema: {
        tags: TAG,
        summary: 'Browse the audit log, oldest first, filtered by actor, action, record or time',
        querystring: auditQuerySchema,
        response: {
          200: z.object({ items: z.array(auditEntrySchema), nextAfter: z.number().int().nullable() }),
          ...errors,
        },
      },
    },
    async (request) => listAudit(ctx(request), request.query),
  );
  api.get(
    '/api/admin/audit/export',
    {
      config: admin,
      schema: {
        tags: TAG,
        summary: 'The audit log as CSV, every row matching the filters',
        querystring: auditQuerySchema,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8; header=present')
        .header('content-disposition', `attachment; filename="docket-audit-${day}.csv"`)
        .send(Readable.from(auditCsv(ctx(request), request.query)));
    },
  );
  api.get(
    '/api/admin/audit/verify',
    {
      config: admin,
      schema: {
        tags: TAG,
        summary: 'Walk the audit hash chain and check its signed head',
        response: {
          200: z.object({
            intact: z.boolean(),
            count: z.number().int(),
            head: z.object({ seq: z.number().int(), hash: z.string() }),
            broken: z.object({ seq: z.number().int().nullable(), problem: z.string() }).nullable(),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const result = await verifyAudit(ctx(request));
      return {
        intact: result.broken === null,
        count: result.count,
        head: { seq: result.head.seq, hash: result.head.hash },
        broken: result.broken,
      };
    },
  );
  for (const [action, run, summary] of [
    ['disable', disableUser, 'Disable a user: every session ends, no sign-in or token works'],
    ['enable', enableUser, 'Enable a disabled user again'],
    ['reset-mfa', resetMfa, 'Remove a user’s MFA (lost device); they enroll at their next sign-in'],
  ] as const) {
    api.post(
      `/api/admin/users/:id/${action}`,
      {
        config: admin,
        schema: { tags: TAG, summary, params: userParams, response: { 200: userSchema, ...errors } },
      },
      async (request) => run(ctx(request), request.params.id),
    );
  }
}
