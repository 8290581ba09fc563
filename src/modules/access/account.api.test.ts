import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { del, get, type Json, post } from '../../../test/support/http.ts';
import { operator } from '../../core/context.ts';
import { buildApp } from '../../server/app.ts';
import { enrollFromTerminal } from './mfa.operations.ts';
import { totpCode } from './totp.ts';
import { createOrg, createUserWithPassword, issuePasswordReset } from './user.operations.ts';

const PASSWORD = 'a long and unusual passphrase';
const NEW_PASSWORD = 'another long and unusual one';

const cookieOf = (res: LightMyRequestResponse) =>
  /docket_session=([^;]*)/.exec(String(res.headers['set-cookie'] ?? ''))?.[1] ?? '';

describeEachDialect('the caller’s own sessions, and password resets that keep MFA', (db) => {
  let app: FastifyInstance;
  let now: Date;
  const ctx = () => ({ actor: operator, db: db().db, dialect: db().dialect, clock: () => now });

  beforeEach(async () => {
    now = new Date('2026-03-02T09:00:00Z');
    app = await buildApp({ database: db(), clock: () => now, sleep: async () => {} });
    await createOrg(ctx(), { name: 'Coalition' });
  });
  afterEach(async () => app.close());

  const signIn = async (email: string, password = PASSWORD) => {
    const res = await app.inject(post('/api/auth/sign-in', { email, password }));
    return { res, token: cookieOf(res), csrf: res.json<{ csrfToken: string }>().csrfToken };
  };
  const as = (session: { token: string; csrf: string }, request: ReturnType<typeof get>) => ({
    ...request,
    headers: { ...request.headers, cookie: `docket_session=${session.token}`, 'x-csrf-token': session.csrf },
  });

  it('lists the caller’s sessions, ends one of them, and not another user’s', async () => {
    await createUserWithPassword(
      ctx(),
      { email: 'r@example.org', org: 'Coalition', role: 'researcher' },
      PASSWORD,
    );
    await createUserWithPassword(
      ctx(),
      { email: 'v@example.org', org: 'Coalition', role: 'viewer' },
      PASSWORD,
    );
    const laptop = await signIn('r@example.org');
    const phone = await signIn('r@example.org');
    const other = await signIn('v@example.org');
    const listed = (await app.inject(as(laptop, get('/api/auth/sessions')))).json<{
      items: Array<{ id: string; current: boolean }>;
    }>().items;
    expect(listed).toHaveLength(2);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    const phoneId = listed.find((s) => !s.current)?.id ?? '';
    const otherId = (await app.inject(as(other, get('/api/auth/sessions')))).json<{
      items: Array<{ id: string }>;
    }>().items[0]?.id;
    expect((await app.inject(as(laptop, del(`/api/auth/sessions/${otherId}`)))).statusCode).toBe(404);
    expect((await app.inject(as(laptop, del(`/api/auth/sessions/${phoneId}`)))).statusCode).toBe(204);
    expect((await app.inject(as(phone, get('/api/cases/census?on=2022-12-01')))).statusCode).toBe(401);
    expect((await app.inject(as(other, get('/api/cases/census?on=2022-12-01')))).statusCode).toBe(200);
    expect((await app.inject(as(laptop, post('/api/auth/sign-out', {})))).statusCode).toBe(204);
    expect((await app.inject(as(laptop, get('/api/cases/census?on=2022-12-01')))).statusCode).toBe(401);
  });

  it('resets a password only with the link and, for an MFA user, a current code; sessions end', async () => {
    const admin = await createUserWithPassword(
      ctx(),
      { email: 'a@example.org', org: 'Coalition', role: 'administrator' },
      PASSWORD,
    );
    const { secret } = await enrollFromTerminal(ctx(), admin.id, admin.email);
    const before = await signIn('a@example.org');
    const link = await issuePasswordReset(ctx(), 'a@example.org');
    const reset = (body: Json) =>
      app.inject(post('/api/auth/reset-password', { token: link.token, password: NEW_PASSWORD, ...body }));
    const withoutCode = await reset({});
    expect(withoutCode.statusCode).toBe(400);
    expect(withoutCode.json<Json>()).toMatchObject({ errors: [{ path: 'code' }] });
    expect((await reset({ code: '000000' })).statusCode).toBe(400);
    // A refused code does not use the link up; the right one does, once.
    const done = await reset({ code: totpCode(secret, now) });
    expect(done.statusCode, done.body).toBe(200);
    expect((await reset({ code: totpCode(secret, now) })).statusCode).toBe(401);
    expect((await app.inject(as(before, get('/api/auth/session')))).statusCode).toBe(401);
    expect((await signIn('a@example.org')).res.statusCode).toBe(401);
    expect((await signIn('a@example.org', NEW_PASSWORD)).res.json<Json>()).toMatchObject({ stage: 'mfa' });
  });

  it('changes the caller’s password, ending their other sessions', async () => {
    await createUserWithPassword(
      ctx(),
      { email: 'r@example.org', org: 'Coalition', role: 'researcher' },
      PASSWORD,
    );
    const here = await signIn('r@example.org');
    const elsewhere = await signIn('r@example.org');
    const change = (currentPassword: string) =>
      app.inject(as(here, post('/api/auth/password', { currentPassword, newPassword: NEW_PASSWORD })));
    expect((await change('not my password at all')).statusCode).toBe(400);
    expect((await change(PASSWORD)).statusCode).toBe(204);
    expect((await app.inject(as(here, get('/api/cases/census?on=2022-12-01')))).statusCode).toBe(200);
    expect((await app.inject(as(elsewhere, get('/api/cases/census?on=2022-12-01')))).statusCode).toBe(401);
  });
});
