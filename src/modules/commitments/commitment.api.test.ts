import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildSourceInput } from '../../../test/support/factories.ts';
import { errorPaths, get, type Json, patch, post } from '../../../test/support/http.ts';
import { buildSignedInApp } from '../../../test/support/signed-in-app.ts';

type Record_ = Json & { id: string; version: number };

describeEachDialect('commitment routes', (db) => {
  let app: FastifyInstance;
  let sourceId: string;
  const today = new Date('2024-06-01T12:00:00Z');
  beforeEach(async () => {
    ({ app } = await buildSignedInApp({ database: db(), clock: () => today }));
    const source = await app.inject(
      post('/api/sources', buildSourceInput({ title: 'Astana Times, March 2022' })),
    );
    sourceId = source.json<Record_>().id;
  });
  afterEach(() => app.close());

  const createPledge = async (overrides: Json = {}) => {
    const res = await app.inject(
      post('/api/commitments', {
        title: { en: 'Lower the thresholds for registering political parties' },
        kind: 'pledge',
        country: 'KZ',
        madeOn: '2022-03-16',
        deadline: '2023-03',
        issueAreas: ['us-dos-2021/3'],
        benchmarks: [{ text: { en: 'Members needed fall from 20,000 to 5,000' } }],
        ...overrides,
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Record_ & { currentRating: string; isOverdue: boolean }>();
  };

  it('starts not yet rated, is overdue once its deadline passed, and is rated with evidence', async () => {
    const pledge = await createPledge();
    expect(pledge).toMatchObject({ currentRating: 'not-yet-rated', isOverdue: true, ratings: [] });

    const rated = await app.inject(
      post(`/api/commitments/${pledge.id}/ratings`, {
        version: pledge.version,
        rating: 'compromise',
        ratedOn: '2023-03-19',
        rationale: 'Two new parties registered; independent parties still refused',
        evidence: [{ sourceId, summary: 'Election report (summary)' }],
      }),
    );
    expect(rated.statusCode, rated.body).toBe(200);
    // Rating changes the ratings only: what the body leaves out keeps its stored value, not a default.
    expect(rated.json()).toMatchObject({
      currentRating: 'compromise',
      isOverdue: false,
      version: 2,
      issueAreas: ['us-dos-2021/3'],
    });
    const patched = await app.inject(
      patch(`/api/commitments/${pledge.id}`, { version: 2, deadline: '2023-06' }),
    );
    expect(patched.json()).toMatchObject({
      issueAreas: ['us-dos-2021/3'],
      ratings: [{ rating: 'compromise' }],
    });

    const history = await app.inject(get(`/api/commitments/${pledge.id}/revisions`));
    expect(history.json<{ items: Json[] }>().items).toHaveLength(3);

    const board = await app.inject(get('/api/commitments?country=KZ&rating=compromise'));
    expect(board.json<{ items: Record_[] }>().items.map((c) => c.version)).toEqual([3]);
    expect(board.json<{ items: Record_[] }>().items.map((c) => c.id)).toEqual([pledge.id]);
    const overdue = await app.inject(get('/api/commitments?isOverdue=true'));
    expect(overdue.json<{ items: Record_[] }>().items).toEqual([]);
  });

  it('refuses a rating without a rationale or a source, saying which is missing, and writes nothing', async () => {
    const pledge = await createPledge();
    const bare = await app.inject(
      post(`/api/commitments/${pledge.id}/ratings`, { version: 1, rating: 'broken', ratedOn: '2023' }),
    );
    expect(bare.statusCode, bare.body).toBe(400);
    expect(bare.headers['content-type']).toMatch(/problem\+json/);
    expect(errorPaths(bare.json()).sort()).toEqual(['evidence', 'rationale']);
    expect(JSON.stringify(bare.json())).toContain('cite at least one source as evidence');

    const empty = await app.inject(
      post(`/api/commitments/${pledge.id}/ratings`, {
        version: 1,
        rating: 'broken',
        ratedOn: '2023',
        rationale: 'No change',
        evidence: [],
      }),
    );
    expect(errorPaths(empty.json())).toEqual(['evidence']);

    // The same rule holds when the history is edited directly.
    const direct = await app.inject(
      patch(`/api/commitments/${pledge.id}`, {
        version: 1,
        ratings: [{ rating: 'broken', ratedOn: '2023', rationale: 'No change', evidence: [] }],
      }),
    );
    expect(direct.statusCode).toBe(400);
    expect(errorPaths(direct.json())).toEqual(['ratings.0.evidence']);

    const unchanged = await app.inject(get(`/api/commitments/${pledge.id}`));
    expect(unchanged.json()).toMatchObject({ version: 1, ratings: [] });
  });

  it('rates UN recommendations on implementation and pledges on outcome', async () => {
    const recommendation = await createPledge({
      kind: 'un-recommendation',
      title: { en: 'Ensure the registration of political parties' },
      unRecommendation: { mechanism: 'upr', cycle: '4th cycle', response: 'supported' },
    });
    const wrongScale = await app.inject(
      post(`/api/commitments/${recommendation.id}/ratings`, {
        version: 1,
        rating: 'kept',
        ratedOn: '2025',
        rationale: 'r',
        evidence: [{ sourceId }],
      }),
    );
    expect(wrongScale.statusCode, wrongScale.body).toBe(400);
    expect(errorPaths(wrongScale.json())).toEqual(['rating']);

    const missing = await app.inject(
      post('/api/commitments', { title: { en: 'x' }, kind: 'un-recommendation', country: 'UZ' }),
    );
    expect(errorPaths(missing.json())).toEqual(['unRecommendation']);
  });

  it('refuses evidence from a source that does not exist', async () => {
    const pledge = await createPledge();
    const res = await app.inject(
      post(`/api/commitments/${pledge.id}/ratings`, {
        version: 1,
        rating: 'kept',
        ratedOn: '2023',
        rationale: 'r',
        evidence: [{ sourceId: '01a21fb6-3a77-70e3-96ff-6813742e9792' }],
      }),
    );
    expect(res.statusCode, res.body).toBe(422);
    expect(errorPaths(res.json())).toEqual(['evidence.0.sourceId']);
  });
});
