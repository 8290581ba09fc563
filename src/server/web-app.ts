import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { unauthenticated } from '../core/errors.ts';
import { PUBLIC } from './authenticate.ts';
import { appDocumentCsp, isApiUrl } from './security-headers.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The web app's catch-all route, which the 405 inference must not count as a route of every path. */
    appShell?: boolean;
  }
}

/** Where `npm run build` writes the web app ($DOCKET_WEB_DIST moves it, e.g. for parallel test runs). */
export const WEB_DIST = process.env.DOCKET_WEB_DIST ?? new URL('../../web/dist/', import.meta.url).pathname;

/** The built web app's folder if there is a build in it. */
export function builtWebRoot(root = WEB_DIST): string | undefined {
  return existsSync(join(root, 'index.html')) ? root : undefined;
}

/**
 * Serves the built web app: `/assets/*` (content-hashed names, so cached for a year), the files at
 * the top of the build (the icon), and `index.html` for every other path outside `/api`, where the
 * app's router takes over. The shell holds no data, so it is public; the API it calls is not.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  await app.register(fastifyStatic, { root: webRoot, serve: false, decorateReply: true });
  const topFiles = new Set(
    readdirSync(webRoot).filter((name) => name !== 'index.html' && statSync(join(webRoot, name)).isFile()),
  );
  const hidden = { hide: true };
  const page = readFileSync(join(webRoot, 'index.html'), 'utf8');

  app.get<{ Params: { '*': string } }>('/assets/*', { config: PUBLIC, schema: hidden }, (request, reply) =>
    reply.sendFile(`assets/${request.params['*']}`, { maxAge: '365d', immutable: true, dotfiles: 'deny' }),
  );

  app.get<{ Params: { '*': string } }>(
    '/*',
    { config: { ...PUBLIC, appShell: true }, schema: hidden },
    (request, reply) => {
      if (isApiUrl(request.url)) {
        // An unknown API path: what it would have answered without the app's catch-all.
        if (request.caller.actor.kind === 'anonymous') throw unauthenticated();
        return reply.callNotFound();
      }
      const path = request.params['*'];
      if (topFiles.has(path)) return reply.sendFile(path, { maxAge: '1d' });
      // The page itself is never cached, so a new release is picked up at the next visit.
      const nonce = randomBytes(18).toString('base64');
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', appDocumentCsp(nonce))
        .send(page.replace('</head>', `  <meta name="style-nonce" content="${nonce}" />\n  </head>`));
    },
  );
}
