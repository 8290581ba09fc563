import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap } from '../api/client.ts';
import { isApiError } from '../api/problem.ts';
import type { paths } from '../api/schema.d.ts';

export type SessionInfo = paths['/api/auth/session']['get']['responses'][200]['content']['application/json'];
export type SessionUser = SessionInfo['user'];

export const SESSION_KEY = ['session'] as const;

/** The caller: their session (with its stage) or `null` when nobody is signed in. */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const session = unwrap(await api.GET('/api/auth/session'));
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000 });
}

/** The signed-in user; only for screens under the signed-in layout, which waits for the session. */
export function useCurrentUser(): SessionUser {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser outside the signed-in layout');
  return data.user;
}

/** After sign-in, sign-out or an MFA step: the session changed, and so may every answer. */
export function useSessionChanged() {
  const client = useQueryClient();
  return async (grant?: { csrfToken: string } | null) => {
    setCsrfToken(grant?.csrfToken ?? null);
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
    await client.invalidateQueries({ queryKey: SESSION_KEY });
  };
}
