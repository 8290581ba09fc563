import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Pages from this origin only: no inline script or style (so an injected `<script>` or `style=`
 * does nothing), no plugins, no `<base>` rewriting links, and no framing by other sites.
 */
export const DOCUMENT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/**
 * The web app's page: the document policy, with one exception for style elements that carry this
 * response's nonce. Mantine, the UI kit, writes a few `<style>` elements at run time (its responsive
 * layout rules); scripts stay `'self'` only, and injected style without the nonce is still refused.
 */
export function appDocumentCsp(styleNonce: string): string {
  return DOCUMENT_CSP.replace("style-src 'self'", `style-src 'self' 'nonce-${styleNonce}'`);
}

/**
 * API answers are data, never documents: if a browser is ever led to render one (an export opened
 * in a tab, a JSON body sniffed as HTML) it may load and run nothing. `object-src` and `base-uri`
 * repeat what `default-src 'none'` implies because ASVS 3.4.3 asks for them by name.
 */
export const API_CSP = [
  "default-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Powerful browser features the application never uses, denied to it and to anything it embeds. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** One year, subdomains included: the minimum ASVS 3.4.1 accepts at level 2. Not `preload`, an opt-in. */
export const HSTS = 'max-age=31536000; includeSubDomains';

const COMMON: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // Obsolete next to `frame-ancestors`, but older browsers only know this one.
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': PERMISSIONS_POLICY,
};

export interface SecurityHeadersOptions {
  /** Whether clients reach the server over HTTPS (directly or through a TLS-terminating proxy). */
  isHttps: boolean;
}

/**
 * Whether a request URL is under /api. A URL that only looks like it (`//api`, `/API`) matches no
 * API route, and the document policy plus the default `no-store` are strict enough for its 404.
 */
export function isApiUrl(url: string): boolean {
  const path = url.split('?', 1)[0] ?? '';
  return path === '/api' || path.startsWith('/api/');
}

/**
 * The headers every response carries, for answers written outside Fastify's reply (the raw socket
 * answers to unparseable requests) as well as through it.
 */
export function securityHeadersFor(url: string, options: SecurityHeadersOptions): Record<string, string> {
  const isApi = isApiUrl(url);
  return {
    ...COMMON,
    'content-security-policy': isApi ? API_CSP : DOCUMENT_CSP,
    ...(options.isHttps ? { 'strict-transport-security': HSTS } : {}),
    // Records name victims and witnesses: no browser or proxy may keep a copy of an API answer.
    ...(isApi ? { 'cache-control': 'no-store' } : {}),
  };
}

export function applySecurityHeaders(
  request: FastifyRequest,
  reply: FastifyReply,
  options: SecurityHeadersOptions,
): void {
  const headers = securityHeadersFor(request.url, options);
  // The web app's page sets its own policy (with a style nonce) before this runs; keep it.
  if (reply.hasHeader('content-security-policy') && !isApiUrl(request.url)) {
    const { 'content-security-policy': _documentPolicy, ...rest } = headers;
    reply.headers(rest);
  } else {
    reply.headers(headers);
  }
  // Outside /api a route may choose its own caching (static files later); by default nothing is kept.
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
}

const plugin: FastifyPluginAsync<SecurityHeadersOptions> = async (app, options) => {
  // onSend runs last for every answer (handlers, error handler, 404/405), so no route can forget it.
  app.addHook('onSend', async (request, reply, payload) => {
    applySecurityHeaders(request, reply, options);
    return payload;
  });
};

/**
 * The security headers of every response (ASVS 5.0 V3.4). `skip-override` (what fastify-plugin
 * sets) keeps the hook on the instance that registers it instead of a child scope, so it also covers
 * routes that other plugins register afterwards.
 */
export const securityHeaders = Object.assign(plugin, { [Symbol.for('skip-override')]: true });
