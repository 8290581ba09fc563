/** Bad-input cases about what a request addresses: ids, routes, methods and query strings. */
import { buildPersonInput } from '../support/factories.ts';
import { del, get, patch, post, sendJson } from '../support/http.ts';
import { type BadInputCase, MISSING_ID, personUrl } from './bad-input-case.ts';

export const addressCases: BadInputCase[] = [
  // Ids and routes.
  {
    name: 'an unknown person id',
    request: () => get(`/api/persons/${MISSING_ID}`),
    status: 404,
    type: 'not-found',
  },
  {
    name: 'an update of an unknown person',
    request: () => patch(`/api/persons/${MISSING_ID}`, { version: 1, gender: 'female' }),
    status: 404,
    type: 'not-found',
  },
  {
    name: 'a delete of an unknown source',
    request: () => del(`/api/sources/${MISSING_ID}?version=1`),
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
    request: (s) => sendJson('PUT', personUrl(s), buildPersonInput()),
    status: 405,
    type: 'method-not-allowed',
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
    request: (s) => del(personUrl(s)),
    status: 400,
    type: 'validation',
    errors: [{ path: 'version' }],
  },
  {
    name: 'a delete with version=abc',
    request: (s) => del(`${personUrl(s)}?version=abc`),
    status: 400,
    type: 'validation',
    errors: [{ path: 'version' }],
  },
];
