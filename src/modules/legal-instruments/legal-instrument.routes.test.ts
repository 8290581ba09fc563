import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { errorPaths, get, type Json, patch, post } from '../../../test/support/http.ts';
import { buildSignedInApp } from '../../../test/support/signed-in-app.ts';

describeEachDialect('legal instrument routes', (db) => {
  let app: FastifyInstance;
  beforeEach(async () => {
    ({ app } = await buildSignedInApp({ database: db() }));
  });
  afterEach(() => app.close());

  it('creates, reads, patches and lists through the response schema', async () => {
    const created = await app.inject(
      post('/api/legal-instruments', {
        titles: [{ text: 'Уголовный кодекс Республики Казахстан' }],
        kind: 'code',
        country: 'KZ',
        status: 'in-force',
        provisions: [{ article: '274.2', concern: { en: 'Used against critics for "false information"' } }],
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json<Json & { id: string; provisions: Json[] }>();
    expect(body.provisions[0]).toMatchObject({
      article: '274.2',
      heading: null,
      summary: null,
      sourceId: null,
    });

    const read = await app.inject(get(`/api/legal-instruments/${body.id}`));
    expect(read.json()).toEqual(body);

    const bad = await app.inject(
      patch(`/api/legal-instruments/${body.id}`, { version: 1, inForceFrom: '2015', inForceTo: '2014-12' }),
    );
    expect(bad.statusCode, bad.body).toBe(400);
    expect(errorPaths(bad.json())).toEqual(['inForceTo']);

    const page = await app.inject(
      get('/api/legal-instruments?country=KZ&kind=code&q=%D0%BA%D0%BE%D0%B4%D0%B5%D0%BA%D1%81'),
    );
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json<{ items: Json[] }>().items.map((i) => i.id)).toEqual([body.id]);
  });
});
