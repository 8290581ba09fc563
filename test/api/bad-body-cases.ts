/**
 * Bad-input cases about the body: not JSON at all, JSON with the wrong content (citations and partial
 * dates included), too large, or of another media type.
 */
import { BODY_LIMIT_BYTES } from '../../src/server/app.ts';
import { buildPersonInput, buildSourceInput } from '../support/factories.ts';
import { patch, post, raw } from '../support/http.ts';
import { type BadInputCase, citation, MISSING_ID, personUrl } from './bad-input-case.ts';

export const bodyCases: BadInputCase[] = [
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
    request: (s) => patch(personUrl(s), { version: 1, id: s.person.id, createdAt: '2020' }),
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
    request: (s) => patch(personUrl(s), { version: '1', gender: 'female' }),
    status: 400,
    type: 'validation',
    errors: [{ path: 'version' }],
  },
  {
    name: 'an update without a version',
    request: (s) => patch(personUrl(s), { gender: 'female' }),
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
    request: (s) => patch(personUrl(s), { version: 1, birthDate: '2021-13' }),
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
];
