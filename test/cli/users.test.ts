/**
 * The README's first-run story, end to end against a real server process (the operator's commands
 * run in-process, as test/cli/cli.test.ts spawns the executable itself): the operator creates an
 * administrator (MFA enrolled from the terminal), an organization and an invitation; the invitee
 * sets a password through the link's token, signs in, makes an API token, and reads records with it
 * as `curl` would; anonymous requests get 401 beyond the public's published records.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/modules/access/totp.ts';
import { baseEnv, runDocketInProcess, withServer } from '../support/docket-cli.ts';
import { signInOverHttp } from '../support/http-session.ts';

const PASSWORD = 'a long and unusual passphrase';

describe('docket users and orgs', { timeout: 120_000 }, () => {
  let dataDir = '';
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'docket-users-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates an administrator with MFA, invites a researcher who signs in and reads through an API token', async () => {
    const env = baseEnv({ DOCKET_DATA_DIR: dataDir, DOCKET_DEMO: 'off' });
    const weak = await runDocketInProcess(
      ['users', 'create-admin', '--email', 'boss@example.org', '--password-stdin'],
      env,
      'short',
    );
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('at least 12 characters');

    const admin = await runDocketInProcess(
      ['users', 'create-admin', '--email', 'boss@example.org', '--password-stdin'],
      env,
      PASSWORD,
    );
    expect(admin.code, admin.stderr).toBe(0);
    expect(admin.stdout).toMatch(/otpauth:\/\/totp\/Docket:boss%40example\.org\?/);
    expect(admin.stdout).toMatch(/[▀▄█]/);
    const secret = /secret: ([A-Z2-7]+)/.exec(admin.stdout)?.[1] ?? '';
    expect(admin.stdout.match(/^ {2}[a-z2-9]{4}(-[a-z2-9]{4}){5}$/gm)).toHaveLength(10);

    expect((await runDocketInProcess(['orgs', 'create', 'Partner NGO'], env)).code).toBe(0);
    const invite = await runDocketInProcess(
      ['users', 'invite', '--org', 'Partner NGO', '--role', 'researcher', 'r@example.org'],
      env,
    );
    expect(invite.code, invite.stderr).toBe(0);
    const token = /#token=([A-Za-z0-9_-]+)/.exec(invite.stdout)?.[1] ?? '';
    const bad = await runDocketInProcess(
      ['users', 'invite', '--org', 'Nobody', '--role', 'researcher', 'x@example.org'],
      env,
    );
    expect(bad.code).toBe(2);

    await withServer(env, async ({ base }) => {
      expect((await fetch(`${base}/api/cases/census?on=2022-12-01`)).status).toBe(401);
      const accepted = await fetch(`${base}/api/auth/accept-invitation`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, password: PASSWORD }),
      });
      expect(accepted.status, await accepted.clone().text()).toBe(200);

      const session = await signInOverHttp(base, 'r@example.org', PASSWORD);
      const created = await session.fetch('/api/auth/tokens', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'curl', scope: 'read' }),
      });
      expect(created.status).toBe(201);
      const { token: apiToken } = (await created.json()) as { token: string };
      const read = await fetch(`${base}/api/persons`, { headers: { authorization: `Bearer ${apiToken}` } });
      expect(read.status).toBe(200);

      // The administrator's password alone is not enough: the code from the enrolled secret is.
      const signIn = await fetch(`${base}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'boss@example.org', password: PASSWORD }),
      });
      const pending = (await signIn.json()) as { stage: string; csrfToken: string };
      expect(pending.stage).toBe('mfa');
      const cookie = /docket_session=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')?.[0] ?? '';
      const mfa = await fetch(`${base}/api/auth/mfa`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': pending.csrfToken },
        body: JSON.stringify({ code: totpCode(secret, new Date()) }),
      });
      expect(mfa.status, await mfa.clone().text()).toBe(200);
    });

    const list = await runDocketInProcess(['users', 'list'], env);
    expect(list.stdout).toMatch(/r@example\.org\s+researcher\s+internal\s+active\s+no/);
    const raised = await runDocketInProcess(
      ['users', 'set-access', 'r@example.org', '--clearance', 'confidential'],
      env,
    );
    expect(raised.stdout).toContain('r@example.org: researcher, clearance confidential');
    const disabled = await runDocketInProcess(['users', 'disable', 'r@example.org'], env);
    expect(disabled.stdout).toContain('r@example.org: disabled');
  });
});
