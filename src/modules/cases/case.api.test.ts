/** The cases API through the real app: derived custody in every response, the census, filters. */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildPersonInput } from '../../../test/support/factories.ts';
import { errorPaths, expectProblem, get, patch, post } from '../../../test/support/http.ts';
import { buildSignedInApp } from '../../../test/support/signed-in-app.ts';
import type { Page } from '../records/pagination.ts';

interface CaseBody {
  id: string;
  version: number;
  timeline: Array<{ id: string; kind: string }>;
  derived: { status: string; custody: Array<{ kind: string; end: unknown }> };
}

describeEachDialect('cases API', (db) => {
  let app: FastifyInstance;
  beforeEach(async () => {
    ({ app } = await buildSignedInApp({ database: db(), clock: () => new Date('2025-01-15T10:00:00Z') }));
  });
  afterEach(async () => {
    await app.close();
  });

  async function person(text: string, occupations: string[] = ['journalist']): Promise<string> {
    const res = await app.inject(post('/api/persons', buildPersonInput({ names: [{ text }], occupations })));
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  }

  async function createCase(body: Record<string, unknown>): Promise<CaseBody> {
    const res = await app.inject(post('/api/cases', body));
    expect(res.statusCode, res.body).toBe(201);
    return res.json<CaseBody>();
  }

  it('answers every write and read with the status and custody derived from the timeline', async () => {
    const victimId = await person('Отабек Сатторий');
    const created = await createCase({
      victimId,
      caseType: 'arbitrary-detention',
      country: 'UZ',
      timeline: [{ kind: 'arrest', date: [{ value: '2021-01-29' }, { value: '2021-01-30' }] }],
    });
    expect(created.derived).toMatchObject({
      status: 'pre-trial-detention',
      custody: [{ kind: 'deprived', end: null }],
    });

    const released = await app.inject(
      patch(`/api/cases/${created.id}`, {
        version: 1,
        timeline: [...created.timeline, { kind: 'correctional-labour', date: '2024-02-05' }],
      }),
    );
    expect(released.statusCode, released.body).toBe(200);
    expect(released.json<CaseBody>().derived.status).toBe('correctional-labour');

    const read = await app.inject(get(`/api/cases/${created.id}`));
    expect(read.json<CaseBody>().derived.custody.map((i) => i.kind)).toEqual(['deprived', 'restricted']);
    const list = await app.inject(get('/api/cases?country=UZ&inCustodyOn=2023-12-01'));
    expect(list.json<Page<CaseBody>>().items.map((c) => [c.id, c.derived.status])).toEqual([
      [created.id, 'correctional-labour'],
    ]);
    expect(
      (await app.inject(get('/api/cases?country=UZ&inCustodyOn=2024-12-01'))).json<Page<CaseBody>>().items,
    ).toEqual([]);
  });

  it('counts a census: certainly and possibly in custody, by occupation', async () => {
    const journalist = await person('Journalist A');
    const activist = await person('Activist B', ['activist']);
    await createCase({
      victimId: journalist,
      caseType: 'arbitrary-detention',
      timeline: [{ kind: 'arrest', date: '2022-11' }],
    });
    await createCase({
      victimId: activist,
      caseType: 'arbitrary-detention',
      timeline: [{ kind: 'arrest', date: '2022-06-01' }],
    });
    const census = async (query: string) =>
      (await app.inject(get(`/api/cases/census?${query}`))).json<Record<string, unknown>>();
    expect(await census('on=2022-12-01')).toEqual({
      on: '2022-12-01',
      custody: 'deprived',
      certain: 2,
      possible: 2,
    });
    expect(await census('on=2022-11-15')).toMatchObject({ certain: 1, possible: 2 });
    expect(await census('on=2022-12-01&occupation=journalist')).toMatchObject({ certain: 1, possible: 1 });
  });

  it('refuses bad census and case input with field errors', async () => {
    expectProblem(await app.inject(get('/api/cases/census?on=2022-13-01')), 400, 'validation');
    expectProblem(await app.inject(get('/api/cases/census')), 400, 'validation');
    const victimId = await person('X');
    const res = await app.inject(
      post('/api/cases', {
        victimId,
        caseType: 'torture',
        timeline: [{ kind: 'sentence', date: '2021-02-30' }],
      }),
    );
    expect(errorPaths(expectProblem(res, 400, 'validation'))).toContain('timeline.0.date');
  });
});
