import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Citation } from '../../src/modules/citations/citation.schema.ts';
import type { Person } from '../../src/modules/persons/person.schema.ts';
import type { Source } from '../../src/modules/sources/source.schema.ts';
import { BODY_LIMIT_BYTES, buildApp } from '../../src/server/app.ts';
import { describeEachDialect, type TestDatabase } from '../support/database.ts';
import { buildCitationInput, buildPersonInput, buildSourceInput } from '../support/factories.ts';

/** Ids that exist in every test: one person, one source, one citation of the person's birth date. */
interface Seed {
  person: Person;
  source: Source;
  citation: Citation;
}

interface BadInputCase {
  name: string;
  request: (seed: Seed) => InjectOptions;
  status: number;
  type: string;
  /** Field errors the problem must name (it may name more). */
  errors?: Array<{ path: string; message?: RegExp }>;
}

const MISSING_ID = '01900000-0000-7000-8000-000000000000';
const JSON_HEADERS = { 'content-type': 'application/json' };

const personUrl = (s: Seed) => `/api/persons/${s.person.id}`;
const post = (url: string, payload: unknown): InjectOptions => ({
  method: 'POST',
  url,
  payload: JSON.stringify(payload),
  headers: JSON_HEADERS,
});
const raw = (method: 'POST' | 'PATCH', url: string, payload: string, contentType = 'application/json') => ({
  method,
  url,
  payload,
  headers: { 'content-type': contentType },
});
const get = (url: string): InjectOptions => ({ method: 'GET', url });
const citation = (s: Seed, overrides: Record<string, unknown>) =>
  post('/api/citations', buildCitationInput({ sourceId: s.source.id, recordId: s.person.id }, overrides));

const cases: BadInputCase[] = [
  // The body is not JSON at all.
  {
    name: 'malformed JSON on create',
    request: () => raw('POST', '/api/persons', '{"names": [{"text": "Мамай"}'),
    status: 400,
    type: 'malformed-json',
  },
  {
    name: 'malformed JSON on update',
    request: (s) => raw('PATCH', personUrl(s), "{version: 1, gender: 'female'}"),
    status: 400,
    type: 'malformed-json',
  },
  {
    name: 'empty body declared as JSON',
    request: () => raw('POST', '/api/persons', ''),
    status: 400,
    type: 'malformed-json',
  },
  {
    name: 'JSON that smuggles __proto__',
    request: () => raw('POST', '/api/persons', '{"names":[{"text":"A"}],"__proto__":{"isPublished":true}}'),
    status: 400,
    type: 'malformed-json',
  },
  {
    name: 'JSON null instead of an object',
    request: () => raw('POST', '/api/persons', 'null'),
    status: 400,
    type: 'validation',
    errors: [{ path: '' }],
  },
  // Well-formed JSON with the wrong content.
  {
    name: 'unknown fields, top-level and nested',
    request: () =>
      post('/api/persons', { names: [{ text: 'Мамай', transliteration: 'Mamay' }], nickname: 'Janbolat' }),
    status: 400,
    type: 'validation',
    errors: [
      { path: 'nickname', message: /not a known field/ },
      { path: 'names.0.transliteration', message: /not a known field/ },
    ],
  },
  {
    name: 'server-owned fields in an update',
    request: (s) => ({
      ...post(personUrl(s), { version: 1, id: s.person.id, createdAt: '2020' }),
      method: 'PATCH',
    }),
    status: 400,
    type: 'validation',
    errors: [{ path: 'id' }, { path: 'createdAt' }],
  },
  {
    name: 'wrong types',
    request: () =>
      post('/api/persons', {
        names: 'Жанболат Мамай',
        gender: 1,
        occupations: 'journalist',
        birthDate: 1988,
        isPublished: 'yes',
      }),
    status: 400,
    type: 'validation',
    errors: [
      { path: 'names' },
      { path: 'gender' },
      { path: 'occupations' },
      { path: 'birthDate' },
      { path: 'isPublished' },
    ],
  },
  {
    name: 'wrong type deep inside a name',
    request: () => post('/api/persons', { names: [{ text: 'Мамай' }, { text: 42, kind: 'nickname' }] }),
    status: 400,
    type: 'validation',
    errors: [{ path: 'names.1.text' }, { path: 'names.1.kind' }],
  },
  {
    name: 'a version given as a string',
    request: (s) => ({ ...post(personUrl(s), { version: '1', gender: 'female' }), method: 'PATCH' }),
    status: 400,
    type: 'validation',
    errors: [{ path: 'version' }],
  },
  {
    name: 'an update without a version',
    request: (s) => ({ ...post(personUrl(s), { gender: 'female' }), method: 'PATCH' }),
    status: 400,
    type: 'validation',
    errors: [{ path: 'version' }],
  },
  {
    name: 'names that are blank or repeat an occupation',
    request: () => post('/api/persons', { names: [{ text: ' \t ' }], occupations: ['blogger', 'blogger'] }),
    status: 400,
    type: 'validation',
    errors: [{ path: 'names.0.text', message: /empty/ }],
  },
  {
    name: 'notes over 20 000 characters',
    request: () => post('/api/persons', { names: [{ text: 'Мамай' }], notes: 'x'.repeat(20_001) }),
    status: 400,
    type: 'validation',
    errors: [{ path: 'notes' }],
  },
  // Size and media type.
  {
    name: 'a body over 1 MiB',
    request: () => post('/api/persons', { names: [{ text: 'Мамай' }], notes: 'x'.repeat(BODY_LIMIT_BYTES) }),
    status: 413,
    type: 'payload-too-large',
  },
  {
    name: 'a text/plain body',
    request: () => raw('POST', '/api/persons', '{"names":[{"text":"Мамай"}]}', 'text/plain'),
    status: 415,
    type: 'unsupported-media-type',
  },
  {
    name: 'a form-encoded update',
    request: (s) =>
      raw('PATCH', personUrl(s), 'version=1&gender=female', 'application/x-www-form-urlencoded'),
    status: 415,
    type: 'unsupported-media-type',
  },
  // Ids and routes.
  {
    name: 'an unknown person id',
    request: () => get(`/api/persons/${MISSING_ID}`),
    status: 404,
    type: 'not-found',
  },
  {
    name: 'an update of an unknown person',
    request: () => ({
      ...post(`/api/persons/${MISSING_ID}`, { version: 1, gender: 'female' }),
      method: 'PATCH',
    }),
    status: 404,
    type: 'not-found',
  },
  {
    name: 'a delete of an unknown source',
    request: () => ({ method: 'DELETE', url: `/api/sources/${MISSING_ID}?version=1` }),
    status: 404,
    type: 'not-found',
  },
  {
    name: 'the revisions of an unknown citation',
    request: () => get(`/api/citations/${MISSING_ID}/revisions`),
    status: 404,
    type: 'not-found',
  },
  {
    name: 'a person id that is not a UUID',
    request: () => get('/api/persons/janbolat-mamay'),
    status: 400,
    type: 'validation',
    errors: [{ path: 'id', message: /UUID/ }],
  },
  {
    name: 'a revision id that is not a UUID',
    request: (s) => post(`${personUrl(s)}/revisions/1/restore`, { version: 1 }),
    status: 400,
    type: 'validation',
    errors: [{ path: 'revisionId', message: /UUID/ }],
  },
  { name: 'an unknown route', request: () => get('/api/prisoners'), status: 404, type: 'not-found' },
  {
    name: 'an unknown action on a person',
    request: (s) => post(`${personUrl(s)}/merge`, {}),
    status: 404,
    type: 'not-found',
  },
  {
    name: 'PUT, which the API does not offer',
    request: (s) => ({ ...post(personUrl(s), buildPersonInput()), method: 'PUT' }),
    status: 404,
    type: 'not-found',
  },
  // Citations.
  {
    name: 'a citation of a missing source',
    request: (s) => citation(s, { sourceId: MISSING_ID }),
    status: 422,
    type: 'invalid-reference',
    errors: [{ path: 'sourceId' }],
  },
  {
    name: 'a citation of a missing person',
    request: (s) => citation(s, { recordId: MISSING_ID }),
    status: 422,
    type: 'invalid-reference',
    errors: [{ path: 'recordId' }],
  },
  {
    name: 'a citation that names the source as the person',
    request: (s) => citation(s, { recordId: s.source.id }),
    status: 422,
    type: 'invalid-reference',
    errors: [{ path: 'recordId' }],
  },
  {
    name: 'a citation of a field persons do not have',
    request: (s) => citation(s, { field: 'shoeSize' }),
    status: 400,
    type: 'validation',
    errors: [{ path: 'field', message: /birthDate/ }],
  },
  {
    name: 'a citation of a record type that cannot be cited',
    request: (s) => citation(s, { recordType: 'citation' }),
    status: 400,
    type: 'validation',
    errors: [{ path: 'recordType' }],
  },
  {
    name: 'a citation with neither quote nor summary',
    request: (s) => citation(s, { summary: undefined }),
    status: 400,
    type: 'validation',
    errors: [{ path: 'summary', message: /quote|summary/ }],
  },
  {
    name: 'a citation with quote and summary both null',
    request: (s) => citation(s, { quote: null, summary: null }),
    status: 400,
    type: 'validation',
    errors: [{ path: 'summary' }],
  },
  // Partial dates.
  {
    name: 'a birth date of 30 February',
    request: () => post('/api/persons', buildPersonInput({ birthDate: '2021-02-30' })),
    status: 400,
    type: 'validation',
    errors: [{ path: 'birthDate', message: /YYYY/ }],
  },
  {
    name: 'a birth date in month 13, on update',
    request: (s) => ({ ...post(personUrl(s), { version: 1, birthDate: '2021-13' }), method: 'PATCH' }),
    status: 400,
    type: 'validation',
    errors: [{ path: 'birthDate' }],
  },
  {
    name: '29 February of a year that is not leap',
    request: () => post('/api/sources', buildSourceInput({ publishedOn: '1900-02-29' })),
    status: 400,
    type: 'validation',
    errors: [{ path: 'publishedOn' }],
  },
  // Query strings.
  {
    name: 'limit=0',
    request: () => get('/api/persons?limit=0'),
    status: 400,
    type: 'validation',
    errors: [{ path: 'limit' }],
  },
  {
    name: 'limit=abc',
    request: () => get('/api/sources?limit=abc'),
    status: 400,
    type: 'validation',
    errors: [{ path: 'limit' }],
  },
  {
    name: 'limit=201',
    request: () => get('/api/citations?limit=201'),
    status: 400,
    type: 'validation',
    errors: [{ path: 'limit' }],
  },
  {
    name: 'an unknown query parameter',
    request: () => get('/api/persons?name=Mamay'),
    status: 400,
    type: 'validation',
    errors: [{ path: 'name', message: /not a known field/ }],
  },
  {
    name: 'an unknown sort and order',
    request: () => get('/api/persons?sort=age&order=sideways'),
    status: 400,
    type: 'validation',
    errors: [{ path: 'sort' }, { path: 'order' }],
  },
  {
    name: 'an impossible bornFrom',
    request: () => get('/api/persons?bornFrom=2021-02-30'),
    status: 400,
    type: 'validation',
    errors: [{ path: 'bornFrom' }],
  },
  {
    name: 'a citation filter with a recordId that is not a UUID',
    request: () => get('/api/citations?recordId=42'),
    status: 400,
    type: 'validation',
    errors: [{ path: 'recordId' }],
  },
  {
    name: 'includeDeleted=yes',
    request: (s) => get(`${personUrl(s)}?includeDeleted=yes`),
    status: 400,
    type: 'validation',
    errors: [{ path: 'includeDeleted' }],
  },
  {
    name: 'a delete without a version',
    request: (s) => ({ method: 'DELETE', url: personUrl(s) }),
    status: 400,
    type: 'validation',
    errors: [{ path: 'version' }],
  },
  {
    name: 'a delete with version=abc',
    request: (s) => ({ method: 'DELETE', url: `${personUrl(s)}?version=abc` }),
    status: 400,
    type: 'validation',
    errors: [{ path: 'version' }],
  },
];

async function rowCounts(database: TestDatabase): Promise<Record<string, number>> {
  const tables = [
    'persons',
    'person_names',
    'person_occupations',
    'sources',
    'citations',
    'revisions',
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

function errorPaths(problem: Record<string, unknown>): string[] {
  return ((problem.errors ?? []) as Array<{ path: string }>).map((e) => e.path);
}

function expectProblem(res: LightMyRequestResponse, status: number, type: string): Record<string, unknown> {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json<Record<string, unknown>>();
  expect(body).toMatchObject({ type: `urn:docket:problem:${type}`, status, title: expect.any(String) });
  expect(String(body.title).length).toBeGreaterThan(0);
  if (body.errors !== undefined) {
    expect(body.errors).toEqual(expect.any(Array));
    for (const error of body.errors as unknown[]) {
      expect(error).toEqual({ path: expect.any(String), message: expect.any(String) });
      expect((error as { message: string }).message.length).toBeGreaterThan(0);
    }
  }
  return body;
}

describeEachDialect('bad input', (db) => {
  let app: FastifyInstance;
  let seed: Seed;

  beforeEach(async () => {
    app = await buildApp({ database: db() });
    const person = await app.inject(post('/api/persons', buildPersonInput()));
    const source = await app.inject(post('/api/sources', buildSourceInput()));
    expect(person.statusCode).toBe(201);
    expect(source.statusCode).toBe(201);
    const seeded = { person: person.json<Person>(), source: source.json<Source>() };
    const cited = await app.inject(
      post('/api/citations', buildCitationInput({ sourceId: seeded.source.id, recordId: seeded.person.id })),
    );
    expect(cited.statusCode, cited.body).toBe(201);
    seed = { ...seeded, citation: cited.json<Citation>() };
  });
  afterEach(async () => {
    await app.close();
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

  it('accepts the same requests once they are fixed, so the refusals above are about the input', async () => {
    const fixed: InjectOptions[] = [
      raw('POST', '/api/persons', '{"names": [{"text": "Мамай"}]}'),
      { ...post(personUrl(seed), { version: 1, gender: 'female' }), method: 'PATCH' },
      citation(seed, { field: 'names' }),
      post('/api/persons', buildPersonInput({ birthDate: '2020-02-29' })),
      get('/api/persons?limit=1&sort=createdAt&order=desc&bornFrom=1988'),
    ];
    for (const request of fixed) {
      const res = await app.inject(request);
      expect(res.statusCode, `${request.method} ${request.url}: ${res.body}`).toBeLessThan(300);
    }
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
});
