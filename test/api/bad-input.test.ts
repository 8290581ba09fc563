/**
 * Every kind of bad request answers with the documented problem+json and writes nothing; the cases
 * are in bad-body-cases.ts and bad-address-cases.ts.
 *
 * The cases share one database and app per dialect (a fresh one each cost half a second on
 * PostgreSQL, for about a hundred cases): each case compares everything a request could touch before
 * and after, and first checks that no earlier case left a trace, so a write is still caught.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Citation } from '../../src/modules/citations/citation.schema.ts';
import type { Person } from '../../src/modules/persons/person.schema.ts';
import type { Source } from '../../src/modules/sources/source.schema.ts';
import { openTestDatabase, postgresAvailable, rowCounts, type TestDatabase } from '../support/database.ts';
import { buildPersonInput, buildSourceInput } from '../support/factories.ts';
import { errorPaths, expectProblem, get, patch, post, raw } from '../support/http.ts';
import { buildSignedInApp } from '../support/signed-in-app.ts';
import { addressCases } from './bad-address-cases.ts';
import { bodyCases } from './bad-body-cases.ts';
import { citation, personUrl, type Seed } from './bad-input-case.ts';

const cases = [...bodyCases, ...addressCases];

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`bad input [${dialect}]`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let seed: Seed;
    const db = () => database;

    beforeAll(async () => {
      database = await openTestDatabase(dialect);
      ({ app } = await buildSignedInApp({ database }));
      const person = await app.inject(post('/api/persons', buildPersonInput()));
      const source = await app.inject(post('/api/sources', buildSourceInput()));
      expect(person.statusCode).toBe(201);
      expect(source.statusCode).toBe(201);
      const seeded = { person: person.json<Person>(), source: source.json<Source>() };
      const cited = await app.inject(citation(seeded));
      expect(cited.statusCode, cited.body).toBe(201);
      seed = { ...seeded, citation: cited.json<Citation>() };
    });
    afterAll(async () => {
      await app?.close();
      await database?.close();
    });

    /** Everything a bad request could have touched: the row counts and the seeded records as served. */
    async function state() {
      const read = async (url: string) => (await app.inject(get(url))).body;
      return {
        counts: await rowCounts(db()),
        person: await read(`/api/persons/${seed.person.id}`),
        source: await read(`/api/sources/${seed.source.id}`),
        citation: await read(`/api/citations/${seed.citation.id}`),
      };
    }

    it.each(cases)('answers $name with $status $type and writes nothing', async (c) => {
      const before = await state();
      expect(before.counts).toMatchObject({ persons: 1, sources: 1, citations: 1, revisions: 3 });
      const body = expectProblem(await app.inject(c.request(seed)), c.status, c.type);
      if (c.errors) {
        expect(body.errors).toEqual(
          expect.arrayContaining(
            c.errors.map((e) => ({
              path: e.path,
              message: e.message ? expect.stringMatching(e.message) : expect.any(String),
            })),
          ),
        );
      }
      expect(await state()).toEqual(before);
    });

    // PostgreSQL text cannot hold U+0000, so it is refused on both databases before any store sees it.
    it('refuses text with U+0000 with 400 naming the field, never 500', async () => {
      const requests: InjectOptions[] = [
        post('/api/persons', buildPersonInput({ names: [{ text: 'Ма\u0000май' }] })),
        post('/api/persons', buildPersonInput({ notes: 'before\u0000after' })),
        post('/api/sources', buildSourceInput({ title: 'Letter\u0000' })),
        get('/api/persons?q=%00'),
      ];
      const paths = ['names.0.text', 'notes', 'title', 'q'];
      for (const [i, request] of requests.entries()) {
        const before = await rowCounts(db());
        const res = await app.inject(request);
        const body = expectProblem(res, 400, 'validation');
        expect(errorPaths(body)).toEqual([paths[i]]);
        expect(await rowCounts(db())).toEqual(before);
      }
    });

    // A lone UTF-16 surrogate (legal in JSON as "\ud800") would be stored as U+FFFD, differently on each
    // database; evidence text must come back exactly as sent, so it is refused.
    it('refuses a name that contains a lone surrogate instead of changing it', async () => {
      const before = await rowCounts(db());
      const res = await app.inject(raw('POST', '/api/persons', '{"names":[{"text":"Мамай \\ud800"}]}'));
      const body = expectProblem(res, 400, 'validation');
      expect(errorPaths(body)).toEqual(['names.0.text']);
      expect(await rowCounts(db())).toEqual(before);
    });

    // Last, as it writes: the cases above rely on the seeded records alone.
    it('accepts the same requests once they are fixed, so the refusals above are about the input', async () => {
      const fixed: InjectOptions[] = [
        raw('POST', '/api/persons', '{"names": [{"text": "Мамай"}]}'),
        patch(personUrl(seed), { version: 1, gender: 'female' }),
        citation(seed, { field: 'names' }),
        post('/api/persons', buildPersonInput({ birthDate: '2020-02-29' })),
        get('/api/persons?limit=1&sort=createdAt&order=desc&bornFrom=1988'),
      ];
      for (const request of fixed) {
        const res = await app.inject(request);
        expect(res.statusCode, `${request.method} ${request.url}: ${res.body}`).toBeLessThan(300);
      }
    });
  });
}
