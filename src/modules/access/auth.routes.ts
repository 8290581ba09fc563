import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { OperationContext } from '../../core/context.ts';
import { unauthenticated } from '../../core/errors.ts';
import { type CookieOptions, clearSessionCookie, setSessionCookie } from '../../server/authenticate.ts';
import { problemSchema } from '../../server/problem.ts';
import {
  apiTokenSchema,
  roleSchema,
  sessionSchema,
  sessionStageSchema,
  userSchema,
} from './access.schema.ts';
import { acceptInvitation, changePassword, resetPassword } from './account-link.operations.ts';
import { confirmEnrollment, startEnrollment, verifyMfa } from './mfa.operations.ts';
import {
  ABSOLUTE_TIMEOUT_MS,
  type ClientInfo,
  type CurrentSession,
  endSession,
  endSessionByToken,
  listSessions,
  type SessionGrant,
  signIn,
} from './session.operations.ts';
import { countFailures, signInDelayMs } from './sign-in-failures.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './token.operations.ts';
import { findOrg, findUser, userFromRow } from './user.store.ts';

/**
 * `/api/auth/*`: sign-in in steps (password, then the MFA code or enrollment), the caller's
 * sessions, password and API tokens, and the single-use invitation and reset links.
 */

export interface AuthRouteOptions {
  context: (request: FastifyRequest) => OperationContext;
  cookies: CookieOptions;
  /** Waits before answering a sign-in; tests pass one that records instead of sleeping. */
  sleep: (ms: number) => Promise<void>;
}

const grantSchema = z.object({
  stage: sessionStageSchema,
  csrfToken: z.string().describe('Send as X-CSRF-Token with every write made with this session'),
  expiresAt: z.string(),
  user: userSchema,
});
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 429: problemSchema };
const idParams = z.object({ id: z.string().max(100) });
const TAG = ['Account'];

export function registerAuthRoutes(app: FastifyInstance, options: AuthRouteOptions): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const client = (request: FastifyRequest): ClientInfo => ({
    address: request.ip,
    userAgent: request.headers['user-agent'],
  });
  const grant = (reply: FastifyReply, granted: SessionGrant) => {
    setSessionCookie(reply, granted.token, options.cookies, ABSOLUTE_TIMEOUT_MS / 1000);
    const { stage, csrfToken, expiresAt, user } = granted;
    return { stage, csrfToken, expiresAt, user };
  };
  const session = (request: FastifyRequest): CurrentSession => {
    if (!request.caller.session) throw unauthenticated('This needs a signed-in session');
    return request.caller.session;
  };
  const mfaStep = { access: { stages: ['mfa' as const] } };
  const enrollStep = { access: { stages: ['enroll' as const] } };

  api.post(
    '/api/auth/sign-in',
    {
      config: { access: { public: true } },
      schema: {
        tags: TAG,
        summary: 'Sign in with email and password; the answer says whether an MFA step follows',
        body: z.object({ email: z.string(), password: z.string() }),
        response: { 200: grantSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = options.context(request);
      const email = request.body.email.trim().toLowerCase();
      // The delay grows with recent failures for this name or address, whether or not it exists.
      const failures = await countFailures(ctx, email, request.ip);
      await options.sleep(signInDelayMs(failures));
      const previousToken = request.caller.sessionToken ?? undefined;
      return grant(reply, await signIn(ctx, request.body, client(request), { previousToken, failures }));
    },
  );

  api.post(
    '/api/auth/mfa',
    {
      config: mfaStep,
      schema: {
        tags: TAG,
        summary: 'Second step of sign-in: an authenticator code, or one of the recovery codes',
        body: z.object({ code: z.string().optional(), recoveryCode: z.string().optional() }),
        response: { 200: grantSchema, ...errors },
      },
    },
    async (request, reply) =>
      grant(
        reply,
        await verifyMfa(options.context(request), session(request), request.body, client(request)),
      ),
  );

  api.post(
    '/api/auth/mfa/enrollment',
    {
      config: enrollStep,
      schema: {
        tags: TAG,
        summary: 'Start MFA enrollment: a new secret as an otpauth URI and a QR code (SVG)',
        response: { 200: z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const started = await startEnrollment(options.context(request), session(request), client(request));
      grant(reply, started.grant);
      return started.enrollment;
    },
  );

  api.post(
    '/api/auth/mfa/enrollment/confirm',
    {
      config: enrollStep,
      schema: {
        tags: TAG,
        summary: 'Finish MFA enrollment with a first code; answers the ten recovery codes, shown once',
        body: z.object({ code: z.string() }),
        response: { 200: grantSchema.extend({ recoveryCodes: z.array(z.string()) }), ...errors },
      },
    },
    async (request, reply) => {
      const done = await confirmEnrollment(
        options.context(request),
        session(request),
        request.body,
        client(request),
      );
      return { ...grant(reply, done.grant), recoveryCodes: done.recoveryCodes };
    },
  );

  api.post(
    '/api/auth/sign-out',
    {
      config: { access: { stages: ['mfa', 'enroll'], sessionOnly: true } },
      schema: { tags: TAG, summary: 'End this session', response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      if (request.caller.sessionToken)
        await endSessionByToken(options.context(request), request.caller.sessionToken);
      clearSessionCookie(reply, options.cookies);
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/auth/session',
    {
      config: { access: { stages: ['mfa', 'enroll'] } },
      schema: {
        tags: TAG,
        summary: 'Who is calling: the user, and for a session its stage and CSRF token',
        response: {
          200: z.object({
            via: z.enum(['session', 'token']),
            user: userSchema,
            stage: sessionStageSchema.nullable(),
            csrfToken: z.string().nullable(),
            expiresAt: z.string().nullable(),
            org: z
              .object({ id: z.string(), name: z.string() })
              .describe('The organization the user belongs to'),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { caller } = request;
      const user = caller.session?.user ?? (await findUser(options.context(request).db, caller.actor.id));
      if (!user) throw unauthenticated();
      const org = await findOrg(options.context(request).db, user.org_id);
      return {
        via: caller.via === 'token' ? ('token' as const) : ('session' as const),
        user: userFromRow(user),
        stage: caller.session?.stage ?? null,
        csrfToken: caller.session?.csrfToken ?? null,
        expiresAt: caller.session?.expiresAt ?? null,
        org: { id: user.org_id, name: org?.name ?? '' },
      };
    },
  );

  api.get(
    '/api/auth/sessions',
    {
      config: { access: { sessionOnly: true } },
      schema: {
        tags: TAG,
        summary: 'The caller’s sessions',
        response: { 200: z.object({ items: z.array(sessionSchema) }), ...errors },
      },
    },
    async (request) => ({
      items: await listSessions(
        options.context(request),
        request.caller.actor.id,
        request.caller.session?.id,
      ),
    }),
  );

  api.delete(
    '/api/auth/sessions/:id',
    {
      config: { access: { sessionOnly: true } },
      schema: {
        tags: TAG,
        summary: 'End one of the caller’s sessions',
        params: idParams,
        response: { 204: z.null(), 404: problemSchema, ...errors },
      },
    },
    async (request, reply) => {
      await endSession(options.context(request), request.caller.actor.id, request.params.id);
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/auth/password',
    {
      config: { access: { sessionOnly: true } },
      schema: {
        tags: TAG,
        summary: 'Change the caller’s password; their other sessions end',
        body: z.object({ currentPassword: z.string(), newPassword: z.string() }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await changePassword(
        options.context(request),
        request.caller.actor.id,
        request.caller.session?.id ?? null,
        request.body,
      );
      return reply.status(204).send(null);
    },
  );

  const linkBody = {
    token: z.string(),
    password: z.string(),
  };
  api.post(
    '/api/auth/accept-invitation',
    {
      config: { access: { public: true } },
      schema: {
        tags: TAG,
        summary: 'Set the first password with the token of an invitation link (single use, 7 days)',
        body: z.object({ ...linkBody, displayName: z.string().optional() }),
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => acceptInvitation(options.context(request), request.body),
  );

  api.post(
    '/api/auth/reset-password',
    {
      config: { access: { public: true } },
      schema: {
        tags: TAG,
        summary: 'Set a new password with a reset link’s token; an MFA user also gives a current code',
        body: z.object({ ...linkBody, code: z.string().optional(), recoveryCode: z.string().optional() }),
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => resetPassword(options.context(request), request.body, request.ip),
  );

  api.get(
    '/api/auth/tokens',
    {
      config: { access: { sessionOnly: true } },
      schema: {
        tags: TAG,
        summary: 'The caller’s API tokens, with last use',
        response: { 200: z.object({ items: z.array(apiTokenSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listApiTokens(options.context(request), request.caller.actor.id) }),
  );

  api.post(
    '/api/auth/tokens',
    {
      config: { access: { sessionOnly: true } },
      schema: {
        tags: TAG,
        summary:
          'Create an API token (read, write or admin; 1–365 days); the token is shown only in this answer',
        body: z.object({ name: z.string(), scope: z.string(), expiresInDays: z.number().optional() }),
        response: { 201: z.object({ token: z.string(), apiToken: apiTokenSchema }), ...errors },
      },
    },
    async (request, reply) => {
      const { actor } = request.caller;
      const created = await createApiToken(
        options.context(request),
        { id: actor.id, role: roleSchema.parse(session(request).user.role) },
        request.body,
      );
      return reply.status(201).send(created);
    },
  );

  api.delete(
    '/api/auth/tokens/:id',
    {
      config: { access: { sessionOnly: true } },
      schema: {
        tags: TAG,
        summary: 'Revoke an API token',
        params: idParams,
        response: { 200: apiTokenSchema, 404: problemSchema, ...errors },
      },
    },
    async (request) => revokeApiToken(options.context(request), request.caller.actor.id, request.params.id),
  );
}
