import type { FastifyInstance } from 'fastify';
import { DocketError } from '../core/errors.ts';
import { sendProblem } from './problem.ts';

interface KnownRoute {
  method: string;
  path: RegExp;
}

/** A route URL such as `/api/persons/:id` as a pattern for concrete paths; any parameter is one segment. */
function pathPattern(url: string): RegExp {
  const segments = url.split('/').map((segment) => {
    if (segment === '*') return '.*';
    if (segment.includes(':')) return '[^/]+';
    return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${segments.join('/')}$`);
}

/**
 * Answers a request no route takes: 405 with `Allow` when the path exists under other methods (an
 * OPTIONS preflight included, so it gets no permissive answer), else 404. Install it before the
 * routes: it learns them as they are added, from every plugin.
 */
export function installNotFoundHandler(app: FastifyInstance): void {
  const routes: KnownRoute[] = [];
  app.addHook('onRoute', (route) => {
    if (route.config?.appShell) return;
    const path = pathPattern(route.url);
    for (const method of [route.method].flat()) routes.push({ method, path });
  });
  const methodsAt = (path: string): string[] =>
    [...new Set(routes.filter((route) => route.path.test(path)).map((route) => route.method))].sort();

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?', 1)[0] ?? '';
    const allowed = methodsAt(path);
    // A route that takes this method and then found nothing (a missing file) is a 404, not a 405.
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      return sendProblem(
        request,
        reply.header('allow', allowed.join(', ')),
        new DocketError({
          type: 'method-not-allowed',
          title: 'Method not allowed',
          detail: `${path} takes ${allowed.join(', ')}, not ${request.method}`,
        }),
      );
    }
    return sendProblem(
      request,
      reply,
      new DocketError({
        type: 'not-found',
        title: 'Not found',
        detail: `No route for ${request.method} ${path}`,
      }),
    );
  });
}
