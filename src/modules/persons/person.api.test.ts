import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildCitationInput, buildPersonInput, buildSourceInput } from '../../../test/support/factories.ts';
import { expectProblem, get, patch, post } from '../../../test/support/http.ts';
import { buildSignedInApp } from '../../../test/support/signed-in-app.ts';
import type { Citation } from '../citations/citation.schema.ts';
import type { Page } from '../records/pagination.ts';
import type { Source } from '../sources/source.schema.ts';
import type { Person } from './person.schema.ts';

describeEachDialect('persons API', (db) => {
  let app: FastifyInstance;
  let now: Date | undefined;

  beforeEach(async () => {
    now = undefined;
    ({ app } = await buildSignedInApp({ database: db(), clock: () => now ?? new Date() }));
  });
  afterEach(async () => {
    await app.close();
  });

  const inject = (options: InjectOptions) => app.inject(options);

  async function create(overrides: Record<string, unknown> = {}): Promise<Person> {
    const res = await inject(post('/api/persons', buildPersonInput(overrides)));
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Person>();
  }

  async function list(query: string): Promise<Page<Person>> {
    const res = await inject(get(`/api/persons?${query}`));
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Page<Person>>();
  }

  const ids = (page: Page<Person>) => page.items.map((p) => p.id);

  it('creates a person named in two scripts and answers with 201 and its Location', async () => {
    const res = await inject(
      post('/api/persons', {
        names: [
          { text: '  Жанболат Мамай ', language: 'kk' },
          { text: 'Zhanbolat Mamay', language: 'en', kind: 'alias' },
        ],
        birthDate: '1988',
        occupations: ['journalist'],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const created = res.json<Person>();
    expect(res.headers.location).toBe(`/api/persons/${created.id}`);
    expect(created).toMatchObject({
      version: 1,
      createdBy: expect.any(String),
      deletedAt: null,
      names: [
        { text: 'Жанболат Мамай', script: 'Cyrl', language: 'kk', kind: 'primary' },
        { text: 'Zhanbolat Mamay', script: 'Latn', language: 'en', kind: 'alias' },
      ],
      gender: null,
      birthDate: '1988',
      occupations: ['journalist'],
      consentBasis: 'none',
    });

    const read = await inject(get(String(res.headers.location)));
    expect(read.statusCode).toBe(200);
    expect(read.body).toBe(res.body);
  });

  it('finds the person by either name, in any case, and nobody else', async () => {
    const mamay = await create();
    await create({ names: [{ text: 'Бахром Ибрагимов' }, { text: 'Bahrom Ibragimov', kind: 'alias' }] });

    for (const q of ['мамай', 'МАМАЙ', 'ZHANBOLAT', 'zhanbolat mamay', 'Жанболат', ' mamay ']) {
      expect(ids(await list(`q=${encodeURIComponent(q)}`)), q).toEqual([mamay.id]);
    }
    expect(ids(await list(`q=${encodeURIComponent('Ибрагим')}`))).not.toContain(mamay.id);
    expect((await list(`q=${encodeURIComponent('Сатторий')}`)).items).toEqual([]);
  });

  it('refuses a stale version with 409 and leaves the stored person byte-for-byte unchanged', async () => {
    const person = await create();
    const url = `/api/persons/${person.id}`;
    const first = await inject(patch(url, { version: 1, birthDate: '1988-03' }));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<Person>().version).toBe(2);

    const before = await inject(get(url));
    const stale = await inject(
      patch(url, { version: 1, gender: 'female', names: [{ text: 'Someone else' }] }),
    );
    expect(expectProblem(stale, 409, 'version-conflict')).toMatchObject({
      title: 'Version conflict',
      currentVersion: 2,
    });
    const after = await inject(get(url));
    expect(after.statusCode).toBe(200);
    expect(after.body).toBe(before.body);
    expect(after.body).toBe(first.body);

    const revisions = await inject(get(`${url}/revisions`));
    expect(revisions.json<{ items: unknown[] }>().items).toHaveLength(2);
  });

  it('attaches a citation to the birth date and lists it by record and field', async () => {
    const person = await create();
    const sourceRes = await inject(post('/api/sources', buildSourceInput()));
    expect(sourceRes.statusCode, sourceRes.body).toBe(201);
    const source = sourceRes.json<Source>();
    expect(sourceRes.headers.location).toBe(`/api/sources/${source.id}`);

    const citeRes = await inject(
      post('/api/citations', buildCitationInput({ sourceId: source.id, recordId: person.id })),
    );
    expect(citeRes.statusCode, citeRes.body).toBe(201);
    const citation = citeRes.json<Citation>();
    expect(citation).toMatchObject({
      sourceId: source.id,
      recordType: 'person',
      recordId: person.id,
      field: 'birthDate',
      summary: 'The letter gives the year of birth (summary)',
      quote: null,
    });
    // A citation of another field of the same person must not show up under birthDate.
    const other = await inject(
      post(
        '/api/citations',
        buildCitationInput({ sourceId: source.id, recordId: person.id }, { field: 'occupations' }),
      ),
    );
    expect(other.statusCode, other.body).toBe(201);

    const listed = await inject(
      get(`/api/citations?recordType=person&recordId=${person.id}&field=birthDate`),
    );
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json<Page<Citation>>()).toEqual({ items: [citation], nextCursor: null });

    const all = await inject(get(`/api/citations?recordType=person&recordId=${person.id}`));
    expect(all.json<Page<Citation>>().items.map((c) => c.field)).toEqual(['birthDate', 'occupations']);
  });

  it('filters by gender, occupation and possible birth date range', async () => {
    const p = {
      y1980: await create({ gender: 'male', birthDate: '1980', occupations: ['lawyer'] }),
      m198506: await create({ gender: 'female', birthDate: '1985-06', occupations: ['journalist'] }),
      d19850615: await create({ gender: 'female', birthDate: '1985-06-15', occupations: ['blogger'] }),
      d19901231: await create({
        gender: 'other',
        birthDate: '1990-12-31',
        occupations: ['blogger', 'lawyer'],
      }),
      unknown: await create({ gender: null, birthDate: null, occupations: [] }),
    };
    const sorted = (...people: Person[]) => people.map((x) => x.id).sort();
    const found = async (query: string) => ids(await list(query)).sort();

    expect(await found('gender=female')).toEqual(sorted(p.m198506, p.d19850615));
    expect(await found('gender=unknown')).toEqual([]);
    expect(await found('occupation=blogger')).toEqual(sorted(p.d19850615, p.d19901231));
    expect(await found('occupation=lawyer&gender=male')).toEqual(sorted(p.y1980));
    // Partial dates are intervals: "1985-06" is possibly born on or after 10 June 1985.
    expect(await found('bornFrom=1985-06-10')).toEqual(sorted(p.m198506, p.d19850615, p.d19901231));
    expect(await found('bornTo=1985-06-10')).toEqual(sorted(p.y1980, p.m198506));
    expect(await found('bornFrom=1985&bornTo=1985')).toEqual(sorted(p.m198506, p.d19850615));
    expect(await found('bornFrom=1980-12-31&bornTo=1980-12-31')).toEqual(sorted(p.y1980));
    expect(await found('bornFrom=1991')).toEqual([]);
    expect(await found('bornFrom=1985-06&occupation=blogger&gender=other')).toEqual(sorted(p.d19901231));
  });

  async function walk(query: string, limit: number): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pageNo = 0; pageNo < 50; pageNo++) {
      const page: Page<Person> = await list(
        `${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...ids(page));
      cursor = page.nextCursor;
      if (cursor === null) return seen;
      expect(page.items).toHaveLength(limit);
    }
    throw new Error(`pagination of ${query} did not end`);
  }

  it('pages with cursors without duplicates or gaps, for every sort and order', async () => {
    // Names chosen to order the same under byte order and common collations; two "Bekzat"s tie.
    const texts = ['Ерлан', 'Bekzat', 'Ämir', 'Жанар', 'Aida', 'Bekzat', 'Cholpon'];
    const t0 = Date.parse('2024-03-01T10:00:00.000Z');
    const created: Person[] = [];
    for (const [i, text] of texts.entries()) {
      // Pairs share a timestamp so createdAt ties must be broken by id.
      now = new Date(t0 + Math.floor(i / 2) * 1000);
      created.push(await create({ names: [{ text }] }));
    }
    now = undefined;
    const byName = (name: string) => created.filter((p) => p.names[0]?.text === name).map((p) => p.id);
    const nameAsc = [
      ...byName('Aida'),
      ...byName('Ämir'),
      ...byName('Bekzat').sort(),
      ...byName('Cholpon'),
      ...byName('Ерлан'),
      ...byName('Жанар'),
    ];
    const createdAsc = created.map((p) => p.id);
    const expectations: Array<[string, string[]]> = [
      ['sort=name', nameAsc],
      ['sort=name&order=desc', [...nameAsc].reverse()],
      ['sort=createdAt', createdAsc],
      ['sort=createdAt&order=desc', [...createdAsc].reverse()],
      ['sort=updatedAt&order=desc', [...createdAsc].reverse()],
    ];
    expect(nameAsc).toHaveLength(texts.length);
    for (const [query, expected] of expectations) {
      expect(ids(await list(`${query}&limit=200`)), query).toEqual(expected);
      for (const limit of [1, 2, 3, 7]) {
        expect(await walk(query, limit), `${query} limit=${limit}`).toEqual(expected);
      }
    }
    // The default listing is by name, ascending, and a filter pages the same way.
    expect(await walk('occupation=journalist', 2)).toEqual(nameAsc);
    expect(await walk('q=bekzat', 1)).toEqual(byName('Bekzat').sort());
  });

  it('refuses a cursor from another sort or order with 400', async () => {
    for (const text of ['Aida', 'Bekzat', 'Cholpon']) await create({ names: [{ text }] });
    const first = await list('sort=name&limit=1');
    const cursor = first.nextCursor;
    expect(cursor).toEqual(expect.any(String));
    const encoded = encodeURIComponent(String(cursor));

    expect((await list(`sort=name&limit=1&cursor=${encoded}`)).items[0]?.names[0]?.text).toBe('Bekzat');
    for (const query of [
      `sort=createdAt&limit=1&cursor=${encoded}`,
      `sort=name&order=desc&limit=1&cursor=${encoded}`,
      `sort=name&limit=1&cursor=${Buffer.from(JSON.stringify(['name', 'asc', 1, 2])).toString('base64url')}`,
      `cursor=${Buffer.from('not a cursor').toString('base64url')}`,
    ]) {
      const res = await inject(get(`/api/persons?${query}`));
      expect(expectProblem(res, 400, 'validation', query), query).toMatchObject({
        errors: [{ path: 'cursor', message: expect.any(String) }],
      });
    }
  });
});
