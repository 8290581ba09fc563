/**
 * Assertions on the security headers every response must carry (ASVS 5.0 V3.4), whatever answered:
 * a route, the error handler, the 404/405 handler or the router's own refusals.
 */
import { expect } from 'vitest';

/** Headers as inject, fetch-like parsing or node:http hand them over. */
type Headers = Readonly<Record<string, string | string[] | number | undefined>>;

/** The directives ASVS 3.4.3 and 3.4.6 require of every policy, and what no policy may allow. */
export function expectStrictCsp(policy: unknown, label: string): void {
  expect(policy, `${label}: Content-Security-Policy`).toEqual(expect.any(String));
  const directives = String(policy)
    .split(';')
    .map((directive) => directive.trim());
  for (const required of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
    expect(directives, `${label}: CSP ${policy}`).toContain(required);
  }
  expect(
    directives.some((directive) => directive.startsWith('default-src ')),
    `${label}: CSP ${policy}`,
  ).toBe(true);
  for (const loophole of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:']) {
    expect(String(policy).split(/[\s;]+/), `${label}: CSP ${policy}`).not.toContain(loophole);
  }
}

export interface ExpectedHeaders {
  /** Whether the answer is under /api, which must never be stored by a cache. */
  isApi: boolean;
  /** Whether Strict-Transport-Security is expected (the app was built for HTTPS). */
  isHttps?: boolean;
}

export function expectSecurityHeaders(
  headers: Headers,
  label: string,
  { isApi, isHttps = false }: ExpectedHeaders,
): void {
  expectStrictCsp(headers['content-security-policy'], label);
  expect(headers, label).toMatchObject({
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  });
  const permissions = String(headers['permissions-policy']);
  for (const feature of ['camera', 'microphone', 'geolocation']) {
    expect(permissions, `${label}: Permissions-Policy`).toContain(`${feature}=()`);
  }
  if (isApi) expect(headers['cache-control'], `${label}: Cache-Control`).toBe('no-store');
  if (isHttps) {
    expect(headers['strict-transport-security'], label).toBe('max-age=31536000; includeSubDomains');
  } else {
    expect(headers['strict-transport-security'], label).toBeUndefined();
  }
  expectNoCors(headers, label);
  // Nothing that names the server software to someone probing it.
  expect(headers['x-powered-by'], label).toBeUndefined();
  expect(headers.server, label).toBeUndefined();
}

/** CORS is closed: no answer grants another origin anything. */
export function expectNoCors(headers: Headers, label: string): void {
  const granted = Object.keys(headers).filter((name) => name.toLowerCase().startsWith('access-control-'));
  expect(granted, `${label}: CORS headers`).toEqual([]);
}
