/**
 * `docket demo` and the demo auto-load at `docket serve`, end to end against a fresh SQLite data
 * directory: `serve` spawns the real `node bin/docket.js`, the other commands run in-process.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baseEnv, runDocketInProcess, withServer } from '../support/docket-cli.ts';
import { demoResearcherPassword, type HttpSession, signInOverHttp } from '../support/http-session.ts';

async function getJson<T>(session: HttpSession, path: string): Promise<T> {
  const response = await session.fetch(path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

describe('docket demo and the demo auto-load', { timeout: 120_000 }, () => {
  let dataDir = '';
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'docket-demo-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('loads the dataset once; a second run says it is already loaded', async () => {
    const env = baseEnv({ DOCKET_DATA_DIR: dataDir });
    const first = await runDocketInProcess(['demo'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /^Loaded the demo dataset: 28 sources, 16 organizations, 5 events, 5 legal instruments, 4 indicators, 7 persons, 7 cases, 2 proceedings, 7 asks, 1 engagement, 1 commitment, 1 intervention, \d+ citations\.\n$/,
    );
    const second = await runDocketInProcess(['demo'], env);
    expect(second).toMatchObject({ code: 0, stdout: 'The demo dataset is already loaded.\n' });

    const list = await runDocketInProcess(['cases', 'list', '--country', 'KZ'], env);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('Zhanbolat Mamay');
  });

  it('serve loads the demo into an empty database, unless DOCKET_DEMO=off', async () => {
    const offDir = await mkdtemp(join(tmpdir(), 'docket-demo-off-'));
    try {
      await withServer(baseEnv({ DOCKET_DATA_DIR: dataDir }), async ({ base, stdout }) => {
        expect(stdout()).toMatch(
          /administrator\s+admin@example\.org\s+password \S{20}\n\s+TOTP secret [A-Z2-7]{32}/,
        );
        const session = await signInOverHttp(
          base,
          'researcher@example.org',
          demoResearcherPassword(stdout()),
        );
        const persons = await getJson<{ items: Array<{ consentBasis: string }> }>(
          session,
          `/api/persons?q=${encodeURIComponent('мамай')}`,
        );
        expect(persons.items).toMatchObject([{ consentBasis: 'public-record' }]);
        const census = await getJson(
          session,
          '/api/cases/census?on=2022-12-01&custody=restricted&country=KZ',
        );
        expect(census).toMatchObject({ certain: 1 });
      });
      const offEnv = baseEnv({ DOCKET_DATA_DIR: offDir, DOCKET_DEMO: 'off' });
      await withServer(offEnv, async ({ stdout }) => {
        expect(stdout()).not.toContain('Demo accounts');
      });
      const persons = await runDocketInProcess(['persons', 'list'], offEnv);
      expect(persons.stdout).not.toContain('Mamay');
    } finally {
      await rm(offDir, { recursive: true, force: true });
    }
  });
});
