/**
 * Properties of the person write endpoints under arbitrary request bodies, shared by the quick run
 * (`request-body.property.test.ts`, part of `npm test`) and the long one
 * (`request-body.property.deep.test.ts`, `npm run test:deep`).
 *
 * Whatever the body, the answer is either a success whose record round-trips exactly (and matches an
 * independent model of what the body asked for), or a 4xx problem+json that changed no row. Bodies
 * built to be valid must be accepted and bodies with exactly one known defect must be refused with a
 * field error at that defect's path.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { detectScript } from '../../src/core/scripts.ts';
import type { Person } from '../../src/modules/persons/person.schema.ts';
import { buildApp } from '../../src/server/app.ts';
import { describeEachDialect, type TestDatabase } from '../support/database.ts';
import { buildPersonInput } from '../support/factories.ts';

type Json = Record<string, unknown>;

const OCCUPATIONS = [
  'journalist',
  'blogger',
  'lawyer',
  'human-rights-defender',
  'activist',
  'opposition-politician',
  'religious-believer',
  'trade-unionist',
  'civil-servant',
  'academic',
  'artist',
  'student',
  'other',
] as const;
const PERSON_KEYS = [
  'names',
  'gender',
  'birthDate',
  'occupations',
  'publicationConsent',
  'notes',
  'ref',
  'sensitivity',
  'isPublished',
] as const;
/** Held by a person created before each property runs, so bodies that reuse it must get 409. */
const TAKEN_REF = 'taken-ref';

// Text the server refuses by rule (U+0000 and lone surrogates, see test/api/bad-input.test.ts) is
// kept out of the bodies built to be valid; fast-check's 'binary' unit never yields lone surrogates.
const withoutNul = (text: string) => !text.includes('\u0000');

// --- Text -------------------------------------------------------------------------------------------

const CYRILLIC = [
  ...'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяӘәҒғҚқҢңӨөҰұҮүҺһІіЎўҲҳ',
];
const LATIN = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÄäÖöÜüŞşÇçĞğİıÉéÑñʻ’'"];

const word = (letters: string[]) =>
  fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 12 });
const phrase = (words: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.array(words, { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '-', ' ', '  '))
    .map(([parts, sep]) => parts.join(sep));
/** Whitespace that String.prototype.trim (and so the server) removes. */
const padding = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u3000'),
  maxLength: 3,
});

const nameCore = fc
  .oneof(
    { weight: 3, arbitrary: phrase(word(CYRILLIC)) },
    { weight: 3, arbitrary: phrase(word(LATIN)) },
    { weight: 2, arbitrary: phrase(fc.oneof(word(CYRILLIC), word(LATIN), word([...CYRILLIC, ...LATIN]))) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 15 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).filter(withoutNul) },
  )
  .filter((text) => text.trim().length > 0);
const nameText = fc.tuple(padding, nameCore, padding).map(([before, text, after]) => before + text + after);

const freeText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 60 }).filter(withoutNul),
);

// --- Valid pieces -------------------------------------------------------------------------------------

const validName = fc.record(
  {
    text: nameText,
    script: fc.constantFrom('Cyrl', 'Latn', 'Arab', 'Zyyy', 'Latf'),
    language: fc.option(fc.constantFrom('kk', 'ru', 'uz', 'uz-Latn', 'uz-Cyrl', 'en', 'kaa'), { nil: null }),
    kind: fc.constantFrom('primary', 'alias', 'former'),
  },
  { requiredKeys: ['text'] },
);
/** One to four names, at least one of them primary (an omitted kind means primary). */
const validNames = fc.array(validName, { minLength: 1, maxLength: 4 }).map((names) => {
  if (names.some((n) => n.kind === undefined || n.kind === 'primary')) return names;
  return names.map((n, i) => (i === 0 ? { ...n, kind: 'primary' } : n));
});

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
const pad = (n: number) => String(n).padStart(2, '0');
const validPartialDate = fc.oneof(
  fc.constantFrom('1988', '2022-01', '2020-02-29', '2000-02-29', '1000-01-01', '9999-12-31'),
  fc
    .record({
      year: fc.integer({ min: 1000, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      precision: fc.constantFrom('year', 'month', 'day'),
    })
    .map(({ year, month, day, precision }) => {
      if (precision === 'year') return String(year);
      if (precision === 'month') return `${year}-${pad(month)}`;
      return `${year}-${pad(month)}-${pad(Math.min(day, daysIn(year, month)))}`;
    }),
);

const validRef = fc.oneof(
  { weight: 1, arbitrary: fc.constant(TAKEN_REF) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(padding, fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,24}$/), padding)
      .map((p) => p.join('')),
  },
  { weight: 2, arbitrary: word(CYRILLIC).map((w) => `kz/${w}`) },
);

const validFields = {
  names: validNames,
  gender: fc.constantFrom(null, 'female', 'male', 'other', 'unknown'),
  birthDate: fc.option(validPartialDate, { nil: null }),
  occupations: fc.uniqueArray(fc.constantFrom(...OCCUPATIONS), { maxLength: 5 }),
  publicationConsent: fc.constantFrom('unknown', 'given', 'refused', 'public-record'),
  notes: fc.option(freeText, { nil: null }),
  ref: fc.option(validRef, { nil: null }),
  sensitivity: fc.constantFrom('public', 'internal', 'confidential', 'secret'),
  isPublished: fc.boolean(),
};
const validCreateBody: fc.Arbitrary<Json> = fc.record(validFields, { requiredKeys: ['names'] });
const validPatchFields: fc.Arbitrary<Json> = fc.record(validFields, { requiredKeys: [] });

// --- Exactly one defect ---------------------------------------------------------------------------------

interface Defect {
  key: string;
  value: unknown;
  /** Where the field error must point (exactly, or a deeper path under it). */
  path: string;
}

const defect = (key: string, values: fc.Arbitrary<unknown>, path = key): fc.Arbitrary<Defect> =>
  values.map((value) => ({ key, value, path }));
const invalidName = (change: fc.Arbitrary<Json>, path: string) =>
  defect(
    'names',
    fc.tuple(validName, change).map(([name, delta]) => [{ ...name, kind: 'primary', ...delta }]),
    path,
  );

const NOT_PARTIAL_DATES = [
  '2021-02-30',
  '2021-13',
  '2021-00',
  '1900-02-29',
  '0999',
  '999',
  '21',
  '2021-1',
  '2021-01-1',
  '2021/01/01',
  ' 2021',
  '2021 ',
  '',
  'abcd',
  '2021-01-32',
  '10000',
  '2021-01-01T00:00:00Z',
];
const JUNK = fc.constantFrom<unknown>(1, 0, true, [], {}, 'x');

const oneDefect: fc.Arbitrary<Defect> = fc.oneof(
  defect('names', fc.constantFrom<unknown>([], null, 'Жанболат Мамай', 7, {})),
  defect('names', fc.constant([{}]), 'names.0.text'),
  defect(
    'names',
    padding.map((blank) => [{ text: blank }]),
    'names.0.text',
  ),
  defect('names', fc.constant([{ text: `${'ж'.repeat(301)}` }]), 'names.0.text'),
  defect(
    'names',
    nameText.map((text) => [{ text, kind: 'alias' }]),
    'names',
  ),
  defect('names', fc.array(fc.constant({ text: 'Мамай' }), { minLength: 51, maxLength: 55 }), 'names'),
  invalidName(
    fc.constantFrom<unknown>(42, null, ['a'], true).map((text) => ({ text })),
    'names.0.text',
  ),
  invalidName(
    fc.constantFrom('cyrl', 'CYRL', 'Cy', 'Cyrillic', '1234', '').map((script) => ({ script })),
    'names.0.script',
  ),
  invalidName(
    fc.constantFrom<unknown>('KK', 'k', 'kazakh', '', 5, 'uz_Latn').map((language) => ({ language })),
    'names.0.language',
  ),
  invalidName(
    fc.constantFrom<unknown>('nickname', 'Primary', '', null, 1).map((kind) => ({ kind })),
    'names.0.kind',
  ),
  invalidName(fc.constant({ transliteration: 'Mamay' }), 'names.0.transliteration'),
  defect('gender', fc.oneof(JUNK, fc.constantFrom('M', 'Male', 'FEMALE', ''))),
  defect('birthDate', fc.oneof(fc.constantFrom<unknown>(...NOT_PARTIAL_DATES), fc.constantFrom(1988, []))),
  defect('occupations', fc.constantFrom<unknown>(['hacker'], ['Journalist'], [null]), 'occupations.0'),
  defect('occupations', fc.constantFrom<unknown>(['journalist', 'journalist'], 'journalist', null, {})),
  defect('publicationConsent', fc.oneof(JUNK, fc.constantFrom(null, 'yes', 'consent'))),
  defect('notes', fc.constantFrom<unknown>(5, {}, [], true, 'n'.repeat(20_001))),
  defect(
    'ref',
    fc.constantFrom<unknown>('-abc', 'has space', 'a'.repeat(201), 5, '.x', '   ', '', 'kz!1', []),
  ),
  defect('sensitivity', fc.oneof(JUNK, fc.constantFrom(null, 'top-secret', 'PUBLIC'))),
  defect('isPublished', fc.constantFrom<unknown>('true', 'false', 1, 0, null, 'yes')),
  fc
    .tuple(
      fc.oneof(
        fc.constantFrom(
          'id',
          'createdAt',
          'updatedBy',
          'deletedAt',
          'nickname',
          'Names',
          'gender ',
          'birth_date',
        ),
        // fastify refuses __proto__ and constructor outright as unsafe JSON (see bad-input.test.ts).
        fc
          .string({ minLength: 1, maxLength: 10 })
          .filter(
            (key) =>
              !(PERSON_KEYS as readonly string[]).includes(key) &&
              !['__proto__', 'constructor', 'version'].includes(key),
          ),
      ),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(([key, value]) => ({ key, value, path: key })),
);

/** Adds a defect as an own property, whatever its name. */
function withDefect(body: Json, d: Defect): Json {
  const copy = { ...body };
  Object.defineProperty(copy, d.key, {
    value: d.value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

// --- Whole requests -----------------------------------------------------------------------------------

const anyValue = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withSparseArray: true, withObjectString: true }),
  fc.anything({ maxDepth: 2, stringUnit: 'binary' }),
  fc.jsonValue({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 3, stringUnit: 'grapheme' }),
);

/** Raw payloads sent as application/json: noise, other JSON, and valid bodies with a slip of the keyboard. */
const rawText = fc
  .oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.json({ maxDepth: 3 }),
    fc
      .tuple(validCreateBody, fc.constantFrom(0, 1, 2, '\t'), padding)
      .map(([body, indent, around]) => around + JSON.stringify(body, null, indent) + around),
    fc
      .tuple(validCreateBody, fc.nat(), fc.nat({ max: 5 }), fc.string({ maxLength: 3 }))
      .map(([body, at, cut, insert]) => {
        const text = JSON.stringify(body);
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      }),
  )
  // A slip could turn an escaped control character into "\u0000", which is refused by rule.
  .filter((text) => !text.includes('\\u0000'));

type BodyCase =
  | { kind: 'valid'; body: Json }
  | { kind: 'defect'; body: Json; defect: Defect }
  | { kind: 'value'; value: unknown }
  | { kind: 'raw'; text: string };

const createCase: fc.Arbitrary<BodyCase> = fc.oneof(
  { weight: 3, arbitrary: validCreateBody.map((body): BodyCase => ({ kind: 'valid', body })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(validCreateBody, oneDefect)
      .map(([body, d]): BodyCase => ({ kind: 'defect', body: withDefect(body, d), defect: d })),
  },
  { weight: 2, arbitrary: anyValue.map((value): BodyCase => ({ kind: 'value', value })) },
  { weight: 2, arbitrary: rawText.map((text): BodyCase => ({ kind: 'raw', text })) },
);

type VersionChoice =
  | { kind: 'current' }
  | { kind: 'stale'; delta: number }
  | { kind: 'invalid'; value: unknown };

const versionChoice: fc.Arbitrary<VersionChoice> = fc.oneof(
  { weight: 7, arbitrary: fc.constant<VersionChoice>({ kind: 'current' }) },
  {
    weight: 2,
    arbitrary: fc
      .integer({ min: -3, max: 3 })
      .filter((d) => d !== 0)
      .map((delta): VersionChoice => ({ kind: 'stale', delta })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<unknown>(undefined, 0, -1, 1.5, '1', null, true, [1], Number.POSITIVE_INFINITY)
      .map((value): VersionChoice => ({ kind: 'invalid', value })),
  },
);

type PatchCase =
  | { kind: 'valid'; body: Json; version: VersionChoice }
  | { kind: 'echo'; keys: string[]; dropScripts: boolean; version: VersionChoice }
  | { kind: 'defect'; body: Json; defect: Defect }
  | { kind: 'value'; value: unknown; withVersion: boolean }
  | { kind: 'raw'; text: string };

const patchCase: fc.Arbitrary<PatchCase> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(validPatchFields, versionChoice)
      .map(([body, version]): PatchCase => ({ kind: 'valid', body, version })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.subarray([...PERSON_KEYS]), fc.boolean(), versionChoice)
      .map(([keys, dropScripts, version]): PatchCase => ({ kind: 'echo', keys, dropScripts, version })),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(validPatchFields, oneDefect)
      .map(([body, d]): PatchCase => ({ kind: 'defect', body: withDefect(body, d), defect: d })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(anyValue, fc.boolean())
      .map(([value, withVersion]): PatchCase => ({ kind: 'value', value, withVersion })),
  },
  { weight: 1, arbitrary: rawText.map((text): PatchCase => ({ kind: 'raw', text })) },
);

// --- Model ----------------------------------------------------------------------------------------------

const CREATE_DEFAULTS: Json = {
  ref: null,
  sensitivity: 'internal',
  isPublished: false,
  gender: null,
  birthDate: null,
  occupations: [],
  publicationConsent: 'unknown',
  notes: null,
};

function expectedName(name: unknown): Json {
  const n = name as { text: string; script?: string; language?: string | null; kind?: string };
  const text = n.text.trim();
  return {
    text,
    script: n.script ?? detectScript(text),
    language: n.language ?? null,
    kind: n.kind ?? 'primary',
  };
}

/** What the stored fields must be after `body` is applied to `base`: names trimmed, refs trimmed. */
function applyBody(base: Json, body: Json): Json {
  const next = { ...base };
  for (const [key, value] of Object.entries(body)) {
    if (key === 'version') continue;
    if (key === 'names') next.names = (value as unknown[]).map(expectedName);
    else if (key === 'ref') next.ref = typeof value === 'string' ? value.trim() : value;
    else next[key] = value;
  }
  return next;
}

function withoutChangeMeta(record: Json): Json {
  const { version: _v, updatedAt: _u, updatedBy: _b, ...rest } = record;
  return rest;
}

/**
 * What the server parses: the text as it arrives in UTF-8 (a lone surrogate, say from a slip that cut a
 * pair in two, travels as U+FFFD), then JSON.parse after an optional BOM.
 */
function parseLikeServer(text: string): { ok: true; value: unknown } | { ok: false } {
  const received = Buffer.from(text, 'utf8').toString('utf8');
  try {
    return { ok: true, value: JSON.parse(received.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// --- Checks ---------------------------------------------------------------------------------------------

const TABLES = [
  'persons',
  'person_names',
  'person_occupations',
  'sources',
  'citations',
  'revisions',
] as const;
type Counts = Record<(typeof TABLES)[number], number>;

export async function rowCounts(database: TestDatabase): Promise<Counts> {
  const counts: Partial<Counts> = {};
  for (const table of TABLES) {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts as Counts;
}

function expectClientProblem(res: LightMyRequestResponse, label: string): Json {
  expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, label).toBeLessThan(500);
  expect(res.headers['content-type'], label).toMatch(/^application\/problem\+json/);
  const body = res.json<Json>();
  expect(body, label).toMatchObject({
    type: expect.stringMatching(/^urn:docket:problem:[a-z-]+$/),
    title: expect.any(String),
    status: res.statusCode,
  });
  if (body.errors !== undefined) {
    expect(body.errors, label).toEqual(expect.any(Array));
    for (const error of body.errors as unknown[]) {
      expect(error, label).toEqual({ path: expect.any(String), message: expect.any(String) });
    }
  }
  return body;
}

function expectFieldError(problem: Json, path: string, label: string): void {
  expect(problem.type, label).toBe('urn:docket:problem:validation');
  const paths = ((problem.errors ?? []) as Array<{ path: string }>).map((e) => e.path);
  expect(
    paths.some((p) => p === path || p.startsWith(`${path}.`)),
    `${label}: expected an error at ${path}, got ${JSON.stringify(paths)}`,
  ).toBe(true);
}

function describeCase(c: unknown): string {
  try {
    return JSON.stringify(c)?.slice(0, 400) ?? String(c);
  } catch {
    return String(c);
  }
}

// --- The properties ------------------------------------------------------------------------------------

export function describeRequestBodyProperties(options: { numRuns: number }): void {
  const { numRuns } = options;
  const timeout = Math.max(30_000, numRuns * 120);

  describeEachDialect(`person request bodies (${numRuns} runs)`, (db) => {
    let app: FastifyInstance;
    let person: Person;

    beforeEach(async () => {
      app = await buildApp({ database: db() });
      const res = await app.inject({
        method: 'POST',
        url: '/api/persons',
        payload: buildPersonInput({ ref: TAKEN_REF }),
      });
      expect(res.statusCode, res.body).toBe(201);
      person = res.json<Person>();
    });
    afterEach(async () => {
      await app.close();
    });

    const send = (method: 'POST' | 'PATCH', url: string, text: string) =>
      app.inject({
        method,
        url,
        payload: Buffer.from(text, 'utf8'),
        headers: { 'content-type': 'application/json' },
      });

    it(
      'POST /api/persons: 201 and an exact round trip, or 4xx problem+json and no row written',
      async () => {
        const takenRefs = new Set([TAKEN_REF]);
        await fc.assert(
          fc.asyncProperty(createCase, async (c) => {
            const label = describeCase(c);
            const text =
              c.kind === 'raw' ? c.text : (JSON.stringify(c.kind === 'value' ? c.value : c.body) ?? '');
            const parsed = parseLikeServer(text);
            const refSent = c.kind === 'valid' && typeof c.body.ref === 'string' ? c.body.ref.trim() : null;
            const refTaken = refSent !== null && takenRefs.has(refSent);
            const before = await rowCounts(db());
            const res = await send('POST', '/api/persons', text);

            if (res.statusCode === 201) {
              expect(parsed.ok && isPlainObject(parsed.value), label).toBe(true);
              const sent = (parsed.ok ? parsed.value : {}) as Json;
              const created = res.json<Person>();
              expect(res.headers.location, label).toBe(`/api/persons/${created.id}`);
              expect(created, label).toEqual({
                ...applyBody(CREATE_DEFAULTS, sent),
                id: created.id,
                version: 1,
                createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
                createdBy: 'operator',
                updatedAt: created.createdAt,
                updatedBy: 'operator',
                deletedAt: null,
                deletedBy: null,
              });
              if (created.ref !== null) {
                expect(takenRefs.has(created.ref), label).toBe(false);
                takenRefs.add(created.ref);
              }
              const read = await app.inject({ method: 'GET', url: `/api/persons/${created.id}` });
              expect(read.statusCode, label).toBe(200);
              expect(read.body, label).toBe(res.body);
              expect(await rowCounts(db()), label).toEqual({
                ...before,
                persons: before.persons + 1,
                person_names: before.person_names + created.names.length,
                person_occupations: before.person_occupations + created.occupations.length,
                revisions: before.revisions + 1,
              });
            } else {
              const problem = expectClientProblem(res, label);
              expect(await rowCounts(db()), label).toEqual(before);
              if (!parsed.ok) expect(problem.type, label).toBe('urn:docket:problem:malformed-json');
            }

            // Bodies built valid must be accepted (unless their ref is taken); one defect, one field error.
            if (c.kind === 'valid') {
              if (refTaken) {
                expect(res.statusCode, label).toBe(409);
                expect(res.json<Json>().type, label).toBe('urn:docket:problem:duplicate');
              } else {
                expect(res.statusCode, label).toBe(201);
              }
            }
            if (c.kind === 'defect') {
              expect(res.statusCode, label).toBe(400);
              expectFieldError(res.json<Json>(), c.defect.path, label);
            }
          }),
          { numRuns },
        );
      },
      timeout,
    );

    it(
      'PATCH /api/persons/:id: 200 with the modelled change (version+1, or unchanged for a no-op), or 4xx and nothing changed',
      async () => {
        const url = `/api/persons/${person.id}`;
        const other = await app.inject({
          method: 'POST',
          url: '/api/persons',
          payload: buildPersonInput({ names: [{ text: 'Бахром Ибрагимов' }], ref: null }),
        });
        expect(other.statusCode).toBe(201);
        // The patched person gives its ref away, so TAKEN_REF now belongs to someone else.
        const freed = await app.inject({
          method: 'PATCH',
          url,
          payload: { version: 1, ref: 'patched-person' },
        });
        expect(freed.statusCode, freed.body).toBe(200);
        const holder = await app.inject({
          method: 'PATCH',
          url: `/api/persons/${other.json<Person>().id}`,
          payload: { version: 1, ref: TAKEN_REF },
        });
        expect(holder.statusCode, holder.body).toBe(200);

        await fc.assert(
          fc.asyncProperty(patchCase, async (c) => {
            const label = describeCase(c);
            const beforeRes = await app.inject({ method: 'GET', url });
            const current = beforeRes.json<Person>();
            const versionFor = (choice: VersionChoice): unknown => {
              if (choice.kind === 'current') return current.version;
              if (choice.kind === 'invalid') return choice.value;
              const v = current.version + choice.delta;
              return v >= 1 ? v : current.version - choice.delta;
            };

            let payload: unknown;
            if (c.kind === 'valid') payload = { ...c.body, version: versionFor(c.version) };
            else if (c.kind === 'echo') {
              const echoed: Json = {};
              for (const key of c.keys) echoed[key] = current[key as keyof Person];
              if (c.dropScripts && Array.isArray(echoed.names)) {
                // Only where the server would guess the same script, so the echo stays a no-op.
                echoed.names = current.names.map(({ script, ...rest }) =>
                  script === detectScript(rest.text) ? rest : { ...rest, script },
                );
              }
              payload = { ...echoed, version: versionFor(c.version) };
            } else if (c.kind === 'defect') payload = { ...c.body, version: current.version };
            else if (c.kind === 'value') {
              payload =
                c.withVersion && isPlainObject(c.value) ? { ...c.value, version: current.version } : c.value;
            }
            const text = c.kind === 'raw' ? c.text : (JSON.stringify(payload) ?? '');
            const parsed = parseLikeServer(text);
            const before = await rowCounts(db());
            const res = await send('PATCH', url, text);
            const afterRes = await app.inject({ method: 'GET', url });

            if (res.statusCode === 200) {
              expect(parsed.ok && isPlainObject(parsed.value), label).toBe(true);
              const sent = (parsed.ok ? parsed.value : {}) as Json;
              expect(sent.version, label).toBe(current.version);
              const expected = applyBody(current as unknown as Json, sent);
              const changed = !isDeepStrictEqual(
                withoutChangeMeta(expected),
                withoutChangeMeta(current as unknown as Json),
              );
              expect(afterRes.body, label).toBe(res.body);
              if (changed) {
                expect(res.json<Person>(), label).toEqual({
                  ...expected,
                  version: current.version + 1,
                  updatedAt: expect.any(String),
                  updatedBy: 'operator',
                });
                expect(await rowCounts(db()), label).toEqual({
                  ...before,
                  person_names:
                    before.person_names - current.names.length + (expected.names as unknown[]).length,
                  person_occupations:
                    before.person_occupations -
                    current.occupations.length +
                    (expected.occupations as unknown[]).length,
                  revisions: before.revisions + 1,
                });
              } else {
                // A no-op keeps the version and writes no revision.
                expect(res.body, label).toBe(beforeRes.body);
                expect(await rowCounts(db()), label).toEqual(before);
              }
            } else {
              const problem = expectClientProblem(res, label);
              expect(afterRes.body, label).toBe(beforeRes.body);
              expect(await rowCounts(db()), label).toEqual(before);
              if (!parsed.ok) expect(problem.type, label).toBe('urn:docket:problem:malformed-json');
            }

            if (c.kind === 'valid' || c.kind === 'echo') {
              const body = c.kind === 'valid' ? c.body : {};
              const ref = typeof body.ref === 'string' ? body.ref.trim() : null;
              if (c.version.kind === 'invalid') {
                expect(res.statusCode, label).toBe(400);
                expectFieldError(res.json<Json>(), 'version', label);
              } else if (c.version.kind === 'stale') {
                expect(res.statusCode, label).toBe(409);
                expect(res.json<Json>(), label).toMatchObject({
                  type: 'urn:docket:problem:version-conflict',
                  currentVersion: current.version,
                });
              } else if (ref === TAKEN_REF) {
                expect(res.statusCode, label).toBe(409);
                expect(res.json<Json>().type, label).toBe('urn:docket:problem:duplicate');
              } else {
                expect(res.statusCode, label).toBe(200);
              }
              if (c.kind === 'echo' && c.version.kind === 'current') {
                expect(res.body, label).toBe(beforeRes.body);
              }
            }
            if (c.kind === 'defect') {
              expect(res.statusCode, label).toBe(400);
              expectFieldError(res.json<Json>(), c.defect.path, label);
            }
          }),
          { numRuns },
        );
      },
      timeout,
    );
  });
}
