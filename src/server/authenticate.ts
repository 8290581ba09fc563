import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Actor, anonymous, type OperationContext } from '../core/context.ts';
import { forbidden, unauthenticated } from '../core/errors.ts';
import type { SessionStage, TokenScope } from '../modules/access/access.schema.ts';
import { hashSecret, timingSafeEqualHex } from '../modules/access/secret-tokens.ts';
import { type CurrentSession, findSession } from '../modules/access/session.operations.ts';
import { authenticateApiToken } from '../modules/access/token.operations.ts';

/**
 * Who is calling, decided once per request before anything else runs: a bearer API token, or the
 * session cookie, or nobody. Every route is closed unless its config says otherwise, so a route
 * added later cannot be open by mistake: anonymous callers get 401 everywhere but the public routes.
 * Writes through a session cookie must carry the session's CSRF token in `X-CSRF-Token`.
 */

export interface RouteAccess {
  /** Open to anonymous callers (sign-in, health, the OpenAPI document). */
  public?: boolean;
  /** Session stages this route serves besides 'active' (the MFA steps). */
  stages?: readonly SessionStage[];
  /** Account management that an API token may not do (tokens, password, sessions). */
  sessionOnly?: boolean;
  /** Administration: administrators only, and a token needs the admin scope. */
  admin?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    caller: Caller;
  }
}

export interface Caller {
  via: 'session' | 'token' | 'anonymous';
  actor: Actor;
  session: CurrentSession | null;
  /** The raw cookie token, so sign-in can end the session it replaces. */
  sessionToken: string | null;
}

export const SESSION_COOKIE = 'docket_session';
/** Route config of the routes anyone may call. */
export const PUBLIC = { access: { public: true } } as const;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function installAuthentication(app: FastifyInstance, context: () => OperationContext): void {
  // Fastify wants a placeholder of the decorated type; the hook below always sets the real caller.
  app.decorateRequest('caller', null as unknown as Caller);
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access ?? {};
    request.caller = await identify(request, context());
    authorize(request, access);
  });
}

async function identify(request: FastifyRequest, ctx: OperationContext): Promise<Caller> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) {
    const found = await authenticateApiToken(ctx, bearer);
    if (!found) throw unauthenticated('The API token is not valid: unknown, revoked or expired');
    return { via: 'token', actor: actorOf(found.user, found.scope), session: null, sessionToken: null };
  }
  const token = readCookie(request.headers.cookie, SESSION_COOKIE);
  const session = token ? await findSession(ctx, token) : null;
  if (session && token) return { via: 'session', actor: actorOf(session.user), session, sessionToken: token };
  return { via: 'anonymous', actor: anonymous, session: null, sessionToken: token ?? null };
}

function actorOf(
  user: { id: string; role: string; org_id: string; clearance: string },
  scope?: TokenScope,
): Actor {
  return {
    id: user.id,
    kind: 'user',
    role: user.role,
    orgId: user.org_id,
    clearance: user.clearance,
    ...(scope ? { scope } : {}),
  };
}

function authorize(request: FastifyRequest, access: RouteAccess): void {
  const { caller } = request;
  if (access.public) {
    // Half-way through sign-in (MFA still due), a session is nobody yet on a public route.
    const stage = caller.session?.stage;
    if (stage && stage !== 'active' && !access.stages?.includes(stage)) caller.actor = anonymous;
    return;
  }
  if (caller.via === 'anonymous') throw unauthenticated();
  if (caller.via === 'token') {
    if (access.sessionOnly) throw forbidden('An API token cannot manage the account; sign in');
    const scope = caller.actor.scope;
    if (scope === 'read' && !SAFE_METHODS.has(request.method)) throw forbidden('The token is read-only');
    if (access.admin && scope !== 'admin') throw forbidden('This needs a token with the admin scope');
  } else {
    const session = caller.session as CurrentSession;
    if (session.stage !== 'active' && !access.stages?.includes(session.stage)) {
      throw unauthenticated(
        session.stage === 'mfa'
          ? 'Enter your authenticator code first'
          : 'Set up two-factor authentication first',
      );
    }
    if (!SAFE_METHODS.has(request.method)) assertCsrf(request, session);
  }
  if (access.admin && caller.actor.role !== 'administrator') throw forbidden('Administrators only');
}

function assertCsrf(request: FastifyRequest, session: CurrentSession): void {
  const sent = request.headers['x-csrf-token'];
  const value = Array.isArray(sent) ? sent[0] : sent;
  // Compared as hashes, so the comparison takes the same time whatever the lengths.
  if (!value || !timingSafeEqualHex(hashSecret(value), hashSecret(session.csrfToken))) {
    throw forbidden('A write with a session cookie needs the session’s X-CSRF-Token header');
  }
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

export interface CookieOptions {
  secure: boolean;
}

/** `Set-Cookie` for a session token: HttpOnly, SameSite=Strict, Secure behind TLS; 12 hours at most. */
export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  options: CookieOptions,
  maxAgeSeconds: number,
): void {
  const parts = [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAgeSeconds}`,
  ];
  if (options.secure) parts.push('Secure');
  reply.header('set-cookie', parts.join('; '));
}

export function clearSessionCookie(reply: FastifyReply, options: CookieOptions): void {
  setSessionCookie(reply, '', options, 0);
}
