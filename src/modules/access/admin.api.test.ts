import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { get, post } from '../../../test/support/http.ts';
import { buildSignedInApp } from '../../../test/support/signed-in-app.ts';

type Json = Record<string, unknown>;

describeEachDialect('inviting a user through the API', (db) => {
  let app: FastifyInstance;
  beforeEach(async () => {
    ({ app } = await buildSignedInApp({ database: db() }));
  });
  afterEach(() => app.close());

  it('sets the clearance given with the invitation, in the same request', async () => {
    const invited = await app.inject(
      post('/api/admin/users', {
        email: 'analyst@example.org',
        org: 'Test coalition admin@example.org',
        role: 'researcher',
        clearance: 'confidential',
      }),
    );
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json<{ user: Json; url: string }>()).toMatchObject({
      user: { email: 'analyst@example.org', clearance: 'confidential', status: 'invited' },
      url: expect.stringMatching(/\/accept-invitation#token=/),
    });
    const users = (await app.inject(get('/api/admin/users'))).json<{ items: Json[] }>().items;
    expect(users.find((user) => user.email === 'analyst@example.org')).toMatchObject({
      clearance: 'confidential',
    });
  });

  it('refuses an unknown clearance with a field error and creates nobody', async () => {
    const refused = await app.inject(
      post('/api/admin/users', {
        email: 'x@example.org',
        org: 'Test coalition admin@example.org',
        role: 'viewer',
        clearance: 'top',
      }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: Array<{ path: string }> }>().errors.map((error) => error.path)).toContain(
      'clearance',
    );
    const users = (await app.inject(get('/api/admin/users'))).json<{ items: Json[] }>().items;
    expect(users.some((user) => user.email === 'x@example.org')).toBe(false);
  });
});
