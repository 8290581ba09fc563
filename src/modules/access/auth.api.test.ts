import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { del, get, type Json, post } from '../../../test/support/http.ts';
import { operator } from '../../core/context.ts';
import { buildApp } from '../../server/app.ts';
import { enrollFromTerminal } from './mfa.operations.ts';
import { IDLE_TIMEOUT_MS } from './session.operations.ts';
import { totpCode } from './totp.ts';
import { createOrg, createUserWithPassword, inviteUser } from './user.operations.ts';

const PASSWORD = 'a long and unusual passphrase';
const START = new Date('2026-03-02T09:00:00Z');

/** The session cookie's token from a response, and the whole Set-Cookie line. */
function sessionCookie(res: LightMyRequestResponse): { token: string; line: string } {
  const raw = res.headers['set-cookie'];
  const line = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  return { token: /docket_session=([^;]*)/.exec(line)?.[1] ?? '', line };
}

describeEachDialect('sign-in, sessions, MFA and tokens over HTTP', (db) => {
  let app: FastifyInstance;
  let now: Date;
  let delays: number[];
  const ctx = () => ({ actor: operator, db: db().db, dialect: db().dialect, clock: () => now });

  beforeEach(async () => {
    now = START;
    delays = [];
    app = await buildApp({
      database: db(),
      clock: () => now,
      sleep: async (ms) => {
        delays.push(ms);
      },
    });
    await createOrg(ctx(), { name: 'Coalition' });
  });
  afterEach(async () => app.close());

  const user = (email: string, role: string) =>
    createUserWithPassword(ctx(), { email, org: 'Coalition', role }, PASSWORD);
  const signIn = (email: string, password = PASSWORD, cookie?: string) =>
    app.inject({
      ...post('/api/auth/sign-in', { email, password }),
      ...(cookie
        ? { headers: { 'content-type': 'application/json', cookie: `docket_session=${cookie}` } }
        : {}),
    });
  const as = (token: string, request: ReturnType<typeof get>, csrf?: string) => ({
    ...request,
    headers: {
      ...request.headers,
      cookie: `docket_session=${token}`,
      ...(csrf ? { 'x-csrf-token': csrf } : {}),
    },
  });

  /** A route open to signed-in callers only, to tell a live session or token from a dead one. */
  const CLOSED = '/api/cases/census?on=2022-12-01';

  it('answers anonymous callers 401 everywhere but the public routes', async () => {
    for (const url of [
      '/api/cases/census?on=2022-12-01',
      '/api/export/persons',
      '/api/admin/users',
      '/api/nowhere',
    ]) {
      const res = await app.inject(get(url));
      expect(res.statusCode, url).toBe(401);
      expect(res.json<Json>().type).toBe('urn:docket:problem:unauthenticated');
    }
    expect((await app.inject(post('/api/persons', { names: [{ text: 'X' }] }))).statusCode).toBe(401);
    expect((await app.inject(get('/api/health'))).statusCode).toBe(200);
    expect((await app.inject(get('/api/openapi.json'))).statusCode).toBe(200);
    // Record reads are the public's too, which sees published records only.
    expect((await app.inject(get('/api/persons'))).json<Json>()).toMatchObject({ items: [] });
  });

  it('gives the same answer to a wrong password and an unknown account, and signs a researcher in', async () => {
    await user('r@example.org', 'researcher');
    const wrong = await signIn('r@example.org', 'not the password at all');
    const unknown = await signIn('nobody@example.org', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json<Json>()).toEqual(wrong.json<Json>());
    const ok = await signIn('R@Example.org');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Json>()).toMatchObject({
      stage: 'active',
      user: { email: 'r@example.org', role: 'researcher' },
    });
    const { token, line } = sessionCookie(ok);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Strict/);
    expect((await app.inject(as(token, get(CLOSED)))).statusCode).toBe(200);
    // The session names the user's organization, which the web app shows to non-administrators too.
    const session = await app.inject(as(token, get('/api/auth/session')));
    expect(session.json<Json>()).toMatchObject({ via: 'session', org: { name: 'Coalition' } });
  });

  it('rotates the session at sign-in and ends the one it replaces', async () => {
    await user('r@example.org', 'researcher');
    const first = sessionCookie(await signIn('r@example.org')).token;
    const second = sessionCookie(await signIn('r@example.org', PASSWORD, first)).token;
    expect(second).not.toBe(first);
    expect((await app.inject(as(first, get(CLOSED)))).statusCode).toBe(401);
    expect((await app.inject(as(second, get(CLOSED)))).statusCode).toBe(200);
  });

  it('ends a session after 30 minutes idle and after 12 hours in all', async () => {
    await user('r@example.org', 'researcher');
    const idle = sessionCookie(await signIn('r@example.org')).token;
    now = new Date(START.getTime() + IDLE_TIMEOUT_MS - 1000);
    expect((await app.inject(as(idle, get(CLOSED)))).statusCode).toBe(200);
    now = new Date(now.getTime() + IDLE_TIMEOUT_MS + 1000);
    expect((await app.inject(as(idle, get(CLOSED)))).statusCode).toBe(401);

    now = START;
    const busy = sessionCookie(await signIn('r@example.org')).token;
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      now = new Date(START.getTime() + minutes * 60_000);
      expect((await app.inject(as(busy, get(CLOSED)))).statusCode, `${minutes} min`).toBe(200);
    }
    now = new Date(START.getTime() + 12 * 3_600_000 + 1000);
    expect((await app.inject(as(busy, get(CLOSED)))).statusCode).toBe(401);
  });

  it('refuses a write with the session cookie but without its CSRF token', async () => {
    await user('r@example.org', 'researcher');
    const signedIn = await signIn('r@example.org');
    const { token } = sessionCookie(signedIn);
    const csrf = signedIn.json<{ csrfToken: string }>().csrfToken;
    const body = post('/api/persons', { names: [{ text: 'Жанболат Мамай' }] });
    const refused = await app.inject(as(token, body));
    expect(refused.statusCode).toBe(403);
    expect((await app.inject(as(token, body, 'wrong'))).statusCode).toBe(403);
    expect((await app.inject(as(token, body, csrf))).statusCode).toBe(201);
  });

  it('makes administrators and editors enroll MFA at first sign-in, then asks for a code each time', async () => {
    await user('a@example.org', 'administrator');
    const first = await signIn('a@example.org');
    expect(first.json<Json>()).toMatchObject({ stage: 'enroll' });
    let token = sessionCookie(first).token;
    let csrf = first.json<{ csrfToken: string }>().csrfToken;
    expect((await app.inject(as(token, get(CLOSED)))).statusCode).toBe(401);
    const started = await app.inject(as(token, post('/api/auth/mfa/enrollment', {}), csrf));
    expect(started.statusCode, started.body).toBe(200);
    const { secret, uri, qrSvg } = started.json<{ secret: string; uri: string; qrSvg: string }>();
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(qrSvg).toMatch(/^<svg/);
    token = sessionCookie(started).token;
    csrf = (await app.inject(as(token, get('/api/auth/session')))).json<{ csrfToken: string }>().csrfToken;
    const confirmed = await app.inject(
      as(token, post('/api/auth/mfa/enrollment/confirm', { code: totpCode(secret, now) }), csrf),
    );
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const { recoveryCodes } = confirmed.json<{ recoveryCodes: string[] }>();
    expect(recoveryCodes).toHaveLength(10);
    expect((await app.inject(as(sessionCookie(confirmed).token, get(CLOSED)))).statusCode).toBe(200);

    // Next sign-in: the password opens an 'mfa' session only; a recovery code works once.
    now = new Date(START.getTime() + 60_000);
    const again = await signIn('a@example.org');
    expect(again.json<Json>()).toMatchObject({ stage: 'mfa' });
    const pending = sessionCookie(again).token;
    const pendingCsrf = again.json<{ csrfToken: string }>().csrfToken;
    expect((await app.inject(as(pending, get(CLOSED)))).statusCode).toBe(401);
    const code = recoveryCodes[0] ?? '';
    const recovered = await app.inject(
      as(pending, post('/api/auth/mfa', { recoveryCode: code }), pendingCsrf),
    );
    expect(recovered.statusCode, recovered.body).toBe(200);
    const third = await signIn('a@example.org');
    const reused = await app.inject(
      as(
        sessionCookie(third).token,
        post('/api/auth/mfa', { recoveryCode: code }),
        third.json<{ csrfToken: string }>().csrfToken,
      ),
    );
    expect(reused.statusCode).toBe(401);
  });

  it('accepts an authenticator code once, with one step of drift', async () => {
    const admin = await user('a@example.org', 'administrator');
    const { secret } = await enrollFromTerminal(ctx(), admin.id, admin.email);
    const step = async (code: string) => {
      const res = await signIn('a@example.org');
      const csrf = res.json<{ csrfToken: string }>().csrfToken;
      return (await app.inject(as(sessionCookie(res).token, post('/api/auth/mfa', { code }), csrf)))
        .statusCode;
    };
    const late = totpCode(secret, new Date(now.getTime() - 30_000));
    expect(await step(late)).toBe(200);
    expect(await step(late)).toBe(401);
    expect(await step(totpCode(secret, now))).toBe(200);
    expect(await step(totpCode(secret, now))).toBe(401);
    expect(await step(totpCode(secret, new Date(now.getTime() + 120_000)))).toBe(401);
  });

  it('limits failed sign-ins per account with a growing delay, the same for unknown accounts, until they age out', async () => {
    await user('r@example.org', 'researcher');
    for (let i = 0; i < 100; i++) await signIn('r@example.org', 'wrong password number');
    expect(delays.at(-1)).toBeGreaterThan(delays[0] ?? 0);
    const locked = await signIn('r@example.org');
    expect(locked.statusCode).toBe(429);
    for (let i = 0; i < 100; i++) await signIn('ghost@example.org', 'wrong password number');
    expect((await signIn('ghost@example.org', PASSWORD)).json<Json>()).toMatchObject({
      type: locked.json<Json>().type,
      status: 429,
    });
    now = new Date(START.getTime() + 3_600_000 + 60_000);
    expect((await signIn('r@example.org')).statusCode).toBe(200);
  });

  it('limits failed sign-ins per address too, whichever accounts they try', async () => {
    await user('r@example.org', 'researcher');
    const from = (remoteAddress: string, email: string, password: string) =>
      app.inject({ ...post('/api/auth/sign-in', { email, password }), remoteAddress });
    for (let i = 0; i < 100; i++) await from('203.0.113.9', `u${i}@example.org`, 'wrong password number');
    expect((await from('203.0.113.9', 'r@example.org', PASSWORD)).statusCode).toBe(429);
    expect((await from('198.51.100.7', 'r@example.org', PASSWORD)).statusCode).toBe(200);
  });

  it('invites a user whose single-use link sets a password; disabling them ends their sessions', async () => {
    const link = await inviteUser(ctx(), { email: 'new@example.org', org: 'Coalition', role: 'viewer' });
    const accept = (password: string) =>
      app.inject(post('/api/auth/accept-invitation', { token: link.token, password }));
    expect((await accept('short')).statusCode).toBe(400);
    expect((await accept('1qaz2wsx3edc')).json<Json>()).toMatchObject({ status: 400 });
    expect((await accept(PASSWORD)).statusCode).toBe(200);
    expect((await accept(PASSWORD)).statusCode).toBe(401);
    const session = sessionCookie(await signIn('new@example.org')).token;
    expect((await app.inject(as(session, get(CLOSED)))).statusCode).toBe(200);
    const admin = await user('a@example.org', 'administrator');
    await enrollFromTerminal(ctx(), admin.id, admin.email);
    const { disableUser } = await import('./user.operations.ts');
    await disableUser(ctx(), 'new@example.org');
    expect((await app.inject(as(session, get(CLOSED)))).statusCode).toBe(401);
    expect((await signIn('new@example.org')).statusCode).toBe(401);
  });

  it('scopes API tokens: read only reads, write cannot administer, and expired or revoked ones fail', async () => {
    await user('r@example.org', 'researcher');
    const signedIn = await signIn('r@example.org');
    const session = sessionCookie(signedIn).token;
    const csrf = signedIn.json<{ csrfToken: string }>().csrfToken;
    const make = async (scope: string, expiresInDays = 30) => {
      const res = await app.inject(
        as(session, post('/api/auth/tokens', { name: scope, scope, expiresInDays }), csrf),
      );
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ token: string; apiToken: { id: string } }>();
    };
    const bearer = (token: string, request: ReturnType<typeof get>) => ({
      ...request,
      headers: { ...request.headers, authorization: `Bearer ${token}` },
    });
    const read = await make('read');
    expect((await app.inject(bearer(read.token, get(CLOSED)))).statusCode).toBe(200);
    expect(
      (await app.inject(bearer(read.token, post('/api/persons', { names: [{ text: 'A' }] })))).statusCode,
    ).toBe(403);
    const write = await make('write', 1);
    expect(
      (await app.inject(bearer(write.token, post('/api/persons', { names: [{ text: 'A' }] })))).statusCode,
    ).toBe(201);
    expect((await app.inject(bearer(write.token, get('/api/admin/users')))).statusCode).toBe(403);
    expect((await app.inject(bearer(write.token, get('/api/auth/tokens')))).statusCode).toBe(403);
    const denied = await app.inject(
      as(session, post('/api/auth/tokens', { name: 'x', scope: 'admin' }), csrf),
    );
    expect(denied.statusCode).toBe(403);
    const listed = await app.inject(as(session, get('/api/auth/tokens')));
    expect(
      listed.json<{ items: Array<{ lastUsedAt: string | null }> }>().items.some((t) => t.lastUsedAt),
    ).toBe(true);
    expect(listed.body).not.toContain(read.token);
    await app.inject(as(session, del(`/api/auth/tokens/${read.apiToken.id}`), csrf));
    expect((await app.inject(bearer(read.token, get(CLOSED)))).statusCode).toBe(401);
    now = new Date(START.getTime() + 86_400_000 + 1000);
    expect((await app.inject(bearer(write.token, get(CLOSED)))).statusCode).toBe(401);
  });
});
