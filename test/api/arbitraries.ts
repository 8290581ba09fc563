/**
 * fast-check generators of person request bodies for the properties in request-body.properties.ts:
 * text in the scripts the people we document are named in, bodies built to be valid, and single
 * known defects together with the path their field error must point at.
 *
 * Enumerations come from the zod schemas, so a value added there is generated here too.
 */
import fc from 'fast-check';
import { nameKindSchema } from '../../src/core/name.schema.ts';
import {
  consentBasisSchema,
  genderSchema,
  occupationSchema,
} from '../../src/modules/persons/person.schema.ts';
import { sensitivitySchema } from '../../src/modules/records/record.schema.ts';
import type { Json } from '../support/http.ts';

export const PERSON_KEYS = [
  'names',
  'gender',
  'birthDate',
  'occupations',
  'consentBasis',
  'biography',
  'notes',
  'ref',
  'sensitivity',
] as const;
/** Held by a person created before each property runs, so bodies that reuse it must get 409. */
export const TAKEN_REF = 'taken-ref';

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
export const padding = fc.string({
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
    kind: fc.constantFrom(...nameKindSchema.options),
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
  gender: fc.constantFrom(null, ...genderSchema.options),
  birthDate: fc.option(validPartialDate, { nil: null }),
  occupations: fc.uniqueArray(fc.constantFrom(...occupationSchema.options), { maxLength: 5 }),
  consentBasis: fc.constantFrom(...consentBasisSchema.options),
  biography: fc.option(
    fc.dictionary(
      fc.constantFrom('en', 'ru', 'kk', 'uz-Latn'),
      freeText.filter((t) => t.trim().length > 0),
      {
        minKeys: 1,
        maxKeys: 3,
      },
    ),
    { nil: null },
  ),
  notes: fc.option(freeText, { nil: null }),
  ref: fc.option(validRef, { nil: null }),
  sensitivity: fc.constantFrom(...sensitivitySchema.options),
};
export const validCreateBody: fc.Arbitrary<Json> = fc.record(validFields, { requiredKeys: ['names'] });
export const validPatchFields: fc.Arbitrary<Json> = fc.record(validFields, { requiredKeys: [] });

// --- Exactly one defect ---------------------------------------------------------------------------------

export interface Defect {
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

export const oneDefect: fc.Arbitrary<Defect> = fc.oneof(
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
  defect('consentBasis', fc.oneof(JUNK, fc.constantFrom(null, 'yes', 'consent'))),
  defect('notes', fc.constantFrom<unknown>(5, {}, [], true, 'n'.repeat(20_001))),
  defect(
    'ref',
    fc.constantFrom<unknown>('-abc', 'has space', 'a'.repeat(201), 5, '.x', '   ', '', 'kz!1', []),
  ),
  defect('sensitivity', fc.oneof(JUNK, fc.constantFrom(null, 'top-secret', 'PUBLIC'))),
  defect('sensitivity', fc.constantFrom<unknown>(true, 1, 0, 'yes')),
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
        // fastify refuses __proto__ and constructor outright as unsafe JSON (see bad-body-cases.ts).
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
export function withDefect(body: Json, d: Defect): Json {
  const copy = { ...body };
  Object.defineProperty(copy, d.key, {
    value: d.value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}
