import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, toProblem } from './problem.ts';
import type { paths } from './schema.d.ts';

export type { paths };

/**
 * The session's CSRF token, which every write made with the session cookie must carry. The session
 * query (`auth/session.ts`) keeps it current; nothing else writes it.
 */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

const session: Middleware = {
  onRequest({ request }) {
    if (!SAFE.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/** The typed API client: paths, parameters and bodies are checked against `openapi.json`. */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(session);

/**
 * The data of an openapi-fetch answer, or an ApiError carrying its problem. Screens call
 * `unwrap(await api.GET(…))` inside TanStack Query so errors reach error boundaries and forms.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  if (result.response.ok) return undefined as T;
  throw new ApiError(toProblem(result.response.status, result.error));
}
