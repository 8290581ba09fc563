import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { buildSignedInApp } from '../../test/support/signed-in-app.ts';
import { appDocumentCsp } from './security-headers.ts';

/** The server's side of the web app, against a stand-in build folder (the browser tests use the real one). */
describe('the web app at /', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'docket-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><html><head><title>Docket</title></head><body><div id="root"></div></body></html>',
    );
    writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    database = await openTestDatabase('sqlite');
    ({ app } = await buildSignedInApp({ database, webRoot }));
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const anonymous = (url: string) => app.inject({ method: 'GET', url, headers: { authorization: '' } });

  it('serves the page for any path outside /api, to anyone, never cached, under the document policy with a fresh style nonce', async () => {
    const nonces = new Set<string>();
    const paths = ['/', '/persons', '/persons/0190/history?tab=1', '/sign-in'];
    for (const path of paths) {
      const res = await anonymous(path);
      expect(res.statusCode, path).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-store');
      const nonce = /<meta name="style-nonce" content="([^"]+)"/.exec(res.body)?.[1] ?? '';
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
      expect(res.headers['content-security-policy']).toBe(appDocumentCsp(nonce));
      expect(res.headers['content-security-policy']).toContain("script-src 'self';");
      nonces.add(nonce);
    }
    expect(nonces.size, 'a new style nonce for every page').toBe(paths.length);
  });

  it('serves hashed assets for a year and top-level files, and 404s a missing asset without caching it', async () => {
    const asset = await anonymous('/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await anonymous('/favicon.svg');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toMatch(/^image\/svg\+xml/);
    const missing = await anonymous('/assets/nothing.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    const traversal = await anonymous('/assets/..%2f..%2fetc%2fpasswd');
    expect([400, 403, 404]).toContain(traversal.statusCode);
    expect(traversal.body).not.toContain('root:');
  });

  it('leaves the API as it was: 401 for anonymous callers, 404 and 405 for signed-in ones', async () => {
    expect((await anonymous('/api/nowhere')).statusCode).toBe(401);
    expect((await anonymous('/api/auth/sessions')).statusCode).toBe(401);
    const unknown = await app.inject({ method: 'GET', url: '/api/nowhere' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    const wrongMethod = await app.inject({ method: 'PUT', url: '/api/persons' });
    expect(wrongMethod.statusCode).toBe(405);
    expect(wrongMethod.headers.allow).toBe('GET, HEAD, POST');
    expect((await app.inject({ method: 'POST', url: '/somewhere' })).statusCode).toBe(404);
  });
});
