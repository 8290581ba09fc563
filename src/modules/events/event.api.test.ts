/** The events API through the real app. */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildJanuaryEventsInput, buildKarakalpakstanInput } from '../../../test/support/event-factories.ts';
import { buildSourceInput } from '../../../test/support/factories.ts';
import { errorPaths, expectProblem, get, patch, post } from '../../../test/support/http.ts';
import { buildSignedInApp } from '../../../test/support/signed-in-app.ts';
import type { Page } from '../records/pagination.ts';
import type { Source } from '../sources/source.schema.ts';
import type { Event } from './event.schema.ts';

const MISSING = '01a21fb6-3a77-70e3-96ff-6813742e9792';

describeEachDialect('events API', (db) => {
  let app: FastifyInstance;

  beforeEach(async () => {
    ({ app } = await buildSignedInApp({ database: db() }));
  });
  afterEach(async () => {
    await app.close();
  });

  const inject = (options: InjectOptions) => app.inject(options);

  async function source(title: string): Promise<string> {
    const res = await inject(post('/api/sources', buildSourceInput({ kind: 'report', title })));
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Source>().id;
  }

  async function create(input: Record<string, unknown>): Promise<Event> {
    const res = await inject(post('/api/events', input));
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Event>();
  }

  async function list(query: string): Promise<string[]> {
    const res = await inject(get(`/api/events?${query}`));
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Page<Event>>().items.map((e) => e.id);
  }

  it('creates the January 2022 Events with 238 dead beside 225, 230 and 232, and reads them back', async () => {
    const sources = {
      rferl: await source('RFE/RL'),
      hrw: await source('HRW'),
      diplomat: await source('Diplomat'),
    };
    const res = await inject(post('/api/events', buildJanuaryEventsInput(sources)));
    expect(res.statusCode, res.body).toBe(201);
    const event = res.json<Event>();
    expect(res.headers.location).toBe(`/api/events/${event.id}`);
    expect(event.figures[0]).toMatchObject({
      id: expect.any(String),
      kind: 'deaths',
      claims: [
        { value: 238, isPreferred: true, sourceId: sources.rferl, statedOn: '2022-08', qualifier: 'exact' },
        { value: 225, isPreferred: false, sourceId: sources.hrw },
        { value: 230, isPreferred: false },
        { value: 232, isPreferred: false, statedOn: '2022-05-05' },
      ],
    });
    expect(event.figures[1]?.claims[0]).toMatchObject({ value: 9900, qualifier: 'about' });

    const read = await inject(get(`/api/events/${event.id}`));
    expect(read.statusCode).toBe(200);
    expect(read.body).toBe(res.body);
  });

  it('filters by name in either script, country, kind and start range, and sorts by start date', async () => {
    const january = await create(buildJanuaryEventsInput());
    const nukus = await create(buildKarakalpakstanInput());
    expect(await list(`q=${encodeURIComponent('Қаңтар')}`)).toEqual([january.id]);
    expect(await list('q=karakalpakstan&country=UZ&kind=protest')).toEqual([nukus.id]);
    expect(await list('from=2022-02&to=2022-12')).toEqual([nukus.id]);
    expect(await list('sort=startDate&order=desc')).toEqual([nukus.id, january.id]);

    const bad = await inject(get('/api/events?from=2022-13&sort=starts_on'));
    const problem = expectProblem(bad, 400, 'validation');
    expect(errorPaths(problem)).toEqual(expect.arrayContaining(['from', 'sort']));
  });

  it('keeps item ids across a PATCH and refuses a stale version', async () => {
    const event = await create(buildJanuaryEventsInput());
    const url = `/api/events/${event.id}`;
    const [deaths, detained] = event.figures;
    const res = await inject(patch(url, { version: 1, figures: [detained, deaths] }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Event>().figures.map((f) => f.id)).toEqual([detained?.id, deaths?.id]);
    expectProblem(
      await inject(patch(url, { version: 1, places: ['Almaty', 'Taldykorgan'] })),
      409,
      'version-conflict',
    );
  });

  it('answers 422 naming the claim that cites a missing source', async () => {
    const res = await inject(
      post('/api/events', buildJanuaryEventsInput({ rferl: MISSING, hrw: null, diplomat: null })),
    );
    const problem = expectProblem(res, 422, 'invalid-reference');
    expect(errorPaths(problem)).toEqual(['figures.0.claims.0.sourceId', 'accountability.0.sourceId']);
    expect(await list('')).toEqual([]);
  });

  it('answers 400 at endDate for an end before the start, and at the second preferred claim', async () => {
    const early = await inject(post('/api/events', buildKarakalpakstanInput({ endDate: '2022-06' })));
    expect(errorPaths(expectProblem(early, 400, 'validation'))).toEqual(['endDate']);

    const twice = await inject(
      post(
        '/api/events',
        buildKarakalpakstanInput({
          figures: [
            {
              kind: 'deaths',
              claims: [
                { value: 21, isPreferred: true },
                { value: 18, isPreferred: true },
              ],
            },
          ],
        }),
      ),
    );
    expect(errorPaths(expectProblem(twice, 400, 'validation'))).toEqual(['figures.0.claims.1']);
  });

  it('describes the Event schema in the OpenAPI document', async () => {
    const res = await inject(get('/api/openapi.json'));
    const document = res.json<{
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    }>();
    expect(document.components.schemas.Event).toBeDefined();
    expect(document.paths['/api/events/{id}/revisions']).toBeDefined();
  });
});
