import type { FastifyInstance } from 'fastify';
import type { RouteAccess } from './authenticate.ts';

/** One route as registered: what the authorization matrix test walks, so no route escapes it. */
export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: readonly RouteEntry[];
  }
}

/** Records every route as it is added; install before the routes. */
export function installRouteTable(app: FastifyInstance): void {
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      table.push({ method, url: route.url, access: route.config?.access ?? {} });
    }
  });
}
