import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { errorPaths, get, type Json, patch, post } from '../../../test/support/http.ts';
import { buildSignedInApp } from '../../../test/support/signed-in-app.ts';

describeEachDialect('indicator routes', (db) => {
  let app: FastifyInstance;
  beforeEach(async () => {
    ({ app } = await buildSignedInApp({ database: db() }));
  });
  afterEach(() => app.close());

  it('creates, reads, patches and lists through the response schema', async () => {
    const created = await app.inject(
      post('/api/indicators', {
        names: [{ text: 'Journalists and bloggers in prison' }],
        country: 'UZ',
        unit: 'persons',
        observations: [
          { date: '2020', value: 0 },
          { date: '2023-02', value: 18, qualifier: 'at-least' },
        ],
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json<Json & { id: string; observations: Json[] }>();
    expect(body.observations[0]).toEqual({
      id: expect.any(String),
      date: '2020',
      value: 0,
      qualifier: 'exact',
      sourceId: null,
    });
    expect((await app.inject(get(`/api/indicators/${body.id}`))).json()).toEqual(body);

    const bad = await app.inject(
      patch(`/api/indicators/${body.id}`, { version: 1, observations: [{ date: '2023-02', value: -18 }] }),
    );
    expect(bad.statusCode, bad.body).toBe(400);
    expect(errorPaths(bad.json())).toEqual(['observations.0.value']);

    const page = await app.inject(get('/api/indicators?unit=persons&country=UZ&q=Bloggers'));
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json<{ items: Json[] }>().items.map((i) => i.id)).toEqual([body.id]);
    expect((await app.inject(get('/api/indicators?unit=people'))).statusCode).toBe(400);
  });
});
