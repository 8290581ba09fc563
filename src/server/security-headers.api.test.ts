import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { expectProblem, get, post, raw } from '../../test/support/http.ts';
import { expectNoCors, expectSecurityHeaders } from '../../test/support/security-headers.ts';
import { buildSignedInApp } from '../../test/support/signed-in-app.ts';
import { loadDemoDataset } from '../demo/load-demo.ts';
import { DOCUMENT_CSP } from './security-headers.ts';

type Json = Record<string, unknown>;

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const OTHER_ORIGIN = 'https://attacker.example';

/** The first id a listing answers, so requests reach real records where the demo has some. */
async function firstId(app: FastifyInstance, url: string): Promise<string> {
  const res = await app.inject(get(url));
  const items = res.statusCode === 200 ? res.json<{ items?: Json[] }>().items : undefined;
  return String(items?.[0]?.id ?? MISSING_ID);
}

/** `/api/persons/{id}/revisions/{revisionId}/restore` with the ids of a demo person and revision. */
async function concretePath(app: FastifyInstance, path: string): Promise<string> {
  const type = /^\/api\/([^/{]+)/.exec(path)?.[1] ?? '';
  let concrete = path.replace('{type}', 'persons');
  if (concrete.includes('{id}')) {
    concrete = concrete.replace('{id}', await firstId(app, `/api/${type}`));
  }
  if (concrete.includes('{revisionId}')) {
    const revisions = concrete.slice(0, concrete.indexOf('/revisions/') + '/revisions'.length);
    concrete = concrete.replace('{revisionId}', await firstId(app, revisions));
  }
  return concrete;
}

function requestFor(method: string, url: string): InjectOptions {
  if (method === 'GET') return get(url);
  if (method === 'DELETE') return { method: 'DELETE', url: `${url}?version=1` };
  if (url.startsWith('/api/import/')) return raw('POST', `${url}?dryRun=true`, 'ref\r\nP-1\r\n', 'text/csv');
  return { ...post(url, { version: 1 }), method: method === 'PATCH' ? 'PATCH' : 'POST' };
}

describe('security headers on the whole app', () => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeEach(async () => {
    database = await openTestDatabase('sqlite');
    await loadDemoDataset(database.context());
    ({ app } = await buildSignedInApp({ database }));
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  it('are on the answer of every route in the OpenAPI document, and /api answers are never stored', async () => {
    const document = (await app.inject(get('/api/openapi.json'))).json<{ paths: Record<string, Json> }>();
    const calls: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations).map((m) => m.toUpperCase())) {
        const url = await concretePath(app, path);
        const res = await app.inject(requestFor(method, url));
        const label = `${method} ${url} → ${res.statusCode}`;
        expect(res.statusCode, `${label}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
        expectSecurityHeaders(res.headers, label, { isApi: true });
        calls.push(label);
      }
    }
    // Reads of real records and writes refused by validation: success and problem answers alike.
    expect(calls.some((call) => call.endsWith('→ 200'))).toBe(true);
    expect(calls.some((call) => / → 4\d\d$/.test(call))).toBe(true);
    expect(calls.some((call) => call.startsWith('GET /api/export/persons'))).toBe(true);
  });

  it('are on the routes the OpenAPI document leaves out: the page, its stylesheet, the document itself', async () => {
    for (const [url, isApi] of [
      ['/', false],
      ['/landing.css', false],
      ['/api/openapi.json', true],
      ['/api/health', true],
    ] as const) {
      for (const method of ['GET', 'HEAD'] as const) {
        const res = await app.inject({ method, url });
        expect(res.statusCode, `${method} ${url}`).toBe(200);
        expectSecurityHeaders(res.headers, `${method} ${url}`, { isApi });
      }
    }
  });

  it('let the landing page work without inline style or script', async () => {
    const page = await app.inject(get('/'));
    expect(page.headers['content-security-policy']).toBe(DOCUMENT_CSP);
    expect(page.body).not.toMatch(/<style|<script|\sstyle=|\son[a-z]+=|javascript:/i);
    const stylesheet = /<link rel="stylesheet" href="([^"]+)">/.exec(page.body)?.[1];
    expect(stylesheet).toBe('/landing.css');
    const css = await app.inject(get(stylesheet ?? ''));
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).toContain('font:');
  });

  it('are on problem answers: 404, 405, 413, 415, and URLs the router refuses', async () => {
    const cases: Array<[InjectOptions, number, string]> = [
      [get('/nowhere'), 404, 'not-found'],
      [get('/api/nowhere'), 404, 'not-found'],
      [get(`/api/persons/${MISSING_ID}`), 404, 'not-found'],
      [{ method: 'PUT', url: '/api/persons' }, 405, 'method-not-allowed'],
      [{ method: 'TRACE', url: '/api/health' }, 405, 'method-not-allowed'],
      [post('/api/persons', { names: [{ text: 'x'.repeat(1024 * 1024) }] }), 413, 'payload-too-large'],
      [raw('POST', '/api/persons', '{"names":[]}', 'text/plain'), 415, 'unsupported-media-type'],
      [
        raw('POST', '/api/persons', '{"names":[]}', 'application/json; charset=latin1'),
        415,
        'unsupported-media-type',
      ],
      [raw('POST', '/api/persons', '{"names":', 'application/json'), 400, 'malformed-json'],
      [get(`/api/persons/${'a'.repeat(101)}`), 400, 'validation'],
      [get('/api/persons/%E0%A4%A'), 400, 'validation'],
    ];
    for (const [request, status, type] of cases) {
      const res = await app.inject(request);
      const label = `${request.method} ${String(request.url).slice(0, 60)}`;
      expectProblem(res, status, type, label);
      expectSecurityHeaders(res.headers, label, { isApi: String(request.url).startsWith('/api/') });
    }
  });

  it('answer a wrong method with 405 and the methods the path takes', async () => {
    const res = await app.inject({ method: 'PUT', url: `/api/persons/${MISSING_ID}` });
    expectProblem(res, 405, 'method-not-allowed');
    expect(res.headers.allow).toBe('DELETE, GET, HEAD, PATCH');
    expect((await app.inject({ method: 'DELETE', url: '/' })).headers.allow).toBe('GET, HEAD');
  });

  it('grant no other origin anything: no CORS headers, and a preflight is refused', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/api/persons',
      headers: {
        origin: OTHER_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expectProblem(preflight, 405, 'method-not-allowed');
    expectSecurityHeaders(preflight.headers, 'preflight', { isApi: true });
    for (const request of [
      { ...get('/api/persons'), headers: { origin: OTHER_ORIGIN } },
      { ...post('/api/persons', { names: [{ text: 'Мамай' }] }), headers: { origin: OTHER_ORIGIN } },
      { method: 'OPTIONS' as const, url: '/', headers: { origin: OTHER_ORIGIN } },
    ]) {
      const res = await app.inject(request);
      expectNoCors(res.headers, `${request.method} ${request.url}`);
    }
  });
});

describe('security headers over HTTPS', () => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeEach(async () => {
    database = await openTestDatabase('sqlite');
    ({ app } = await buildSignedInApp({ database, isHttps: true }));
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  it('add Strict-Transport-Security to every answer, errors and router refusals included', async () => {
    for (const url of ['/', '/api/health', '/api/nowhere', `/api/persons/${'a'.repeat(101)}`]) {
      const res = await app.inject(get(url));
      expectSecurityHeaders(res.headers, url, { isApi: url.startsWith('/api/'), isHttps: true });
    }
  });
});
