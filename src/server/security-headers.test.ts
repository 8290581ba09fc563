import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { expectSecurityHeaders } from '../../test/support/security-headers.ts';
import { API_CSP, DOCUMENT_CSP, isApiUrl, securityHeaders } from './security-headers.ts';

describe('the security headers plugin', () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('covers routes that plugins register after it, in their own encapsulated scopes', async () => {
    app = Fastify();
    await app.register(securityHeaders, { isHttps: false });
    await app.register(async (scope) => {
      scope.get('/api/later', async () => ({ ok: true }));
      scope.get('/later', async (_request, reply) => reply.type('text/html; charset=utf-8').send('<p>'));
    });
    await app.register(
      async (scope) => {
        scope.get('/thing', async () => ({ ok: true }));
      },
      { prefix: '/api/prefixed' },
    );
    for (const [url, csp] of [
      ['/api/later', API_CSP],
      ['/later', DOCUMENT_CSP],
      ['/api/prefixed/thing', API_CSP],
    ] as const) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-security-policy'], url).toBe(csp);
      expectSecurityHeaders(res.headers, url, { isApi: url.startsWith('/api/') });
    }
  });

  it('keeps /api uncached even when a route asks otherwise; elsewhere a route may choose', async () => {
    app = Fastify();
    await app.register(securityHeaders, { isHttps: true });
    app.get('/api/cached', async (_request, reply) =>
      reply.header('cache-control', 'public, max-age=600').send({}),
    );
    app.get('/static.css', async (_request, reply) =>
      reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=600').send('p{}'),
    );
    app.get('/page', async () => 'page');
    const api = await app.inject({ method: 'GET', url: '/api/cached?x=1' });
    expect(api.headers['cache-control']).toBe('no-store');
    expect(api.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect((await app.inject({ method: 'GET', url: '/static.css' })).headers['cache-control']).toBe(
      'public, max-age=600',
    );
    expect((await app.inject({ method: 'GET', url: '/page' })).headers['cache-control']).toBe('no-store');
  });

  it('tells API URLs from others by their path alone', () => {
    expect(isApiUrl('/api')).toBe(true);
    expect(isApiUrl('/api/persons?q=/x')).toBe(true);
    expect(isApiUrl('/api?x=1')).toBe(true);
    expect(isApiUrl('/apix')).toBe(false);
    expect(isApiUrl('/?next=/api/persons')).toBe(false);
    expect(isApiUrl('/landing.css')).toBe(false);
  });

  it('allows no inline script or style in either policy', () => {
    for (const policy of [DOCUMENT_CSP, API_CSP]) {
      expect(policy).not.toMatch(/'unsafe-|\*/);
      expect(policy).toContain("frame-ancestors 'none'");
    }
  });
});
