import { expect } from 'vitest';

/** A signed-in client of a running server: fetches with the session cookie and the CSRF header. */
export interface HttpSession {
  fetch(path: string, init?: RequestInit): Promise<Response>;
  csrfToken: string;
}

/** Signs in over HTTP as a user without MFA (a researcher, say) and returns the session. */
export async function signInOverHttp(base: string, email: string, password: string): Promise<HttpSession> {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const body = (await response.json()) as { stage: string; csrfToken: string };
  expect(body.stage).toBe('active');
  const cookie = /docket_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0] ?? '';
  return {
    csrfToken: body.csrfToken,
    fetch: (path, init = {}) =>
      fetch(`${base}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), cookie, 'x-csrf-token': body.csrfToken },
      }),
  };
}

/** The demo's researcher password, from the lines `docket serve` prints once at first start. */
export function demoResearcherPassword(stdout: string): string {
  const password = /researcher\s+researcher@example\.org\s+password (\S+)/.exec(stdout)?.[1];
  if (!password) throw new Error(`no demo credentials in the output:\n${stdout}`);
  return password;
}
