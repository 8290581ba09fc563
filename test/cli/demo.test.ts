/**
 * `docket demo` and the demo auto-load at `docket serve`, end to end: each case spawns the real
 * `node bin/docket.js …` against a fresh SQLite data directory.
 */

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findFreePort } from '../support/postgres-cluster.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin', 'docket.js');

type Env = Record<string, string>;

/** A minimal environment, so settings of the machine running the tests cannot leak in. */
function baseEnv(overrides: Env): Env {
  const env: Env = { DOCKET_LOG_LEVEL: 'silent', DOCKET_DATABASE_URL: '' };
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return { ...env, ...overrides };
}

function docket(args: string[], env: Env): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env, timeout: 60_000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          fail(new Error(`docket ${args.join(' ')} did not run: ${error.message}\n${stderr}`));
          return;
        }
        done({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/** Starts `docket serve`, runs `work` against its base URL, then stops it and expects a clean exit. */
async function withServer(env: Env, work: (base: string) => Promise<void>): Promise<void> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = exitOf(child);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(`${base}/api/health`, exited);
    await work(base);
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
  expect(await exited, stderr).toEqual({ code: 0, signal: null });
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((done) => {
    child.once('exit', (code, signal) => done({ code, signal }));
  });
}

async function waitForHealth(url: string, exited: Promise<unknown>): Promise<void> {
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error('docket serve exited before answering');
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`no answer from ${url} within 30 s`);
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
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
    const first = await docket(['demo'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /^Loaded the demo dataset: 28 sources, 16 organizations, 5 events, 5 legal instruments, 4 indicators, 7 persons, 7 cases, 2 proceedings, \d+ citations\.\n$/,
    );
    const second = await docket(['demo'], env);
    expect(second).toMatchObject({ code: 0, stdout: 'The demo dataset is already loaded.\n' });

    const list = await docket(['cases', 'list', '--country', 'KZ'], env);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('Zhanbolat Mamay');
  });

  it('serve loads the demo into an empty database, unless DOCKET_DEMO=off', async () => {
    const offDir = await mkdtemp(join(tmpdir(), 'docket-demo-off-'));
    try {
      await withServer(baseEnv({ DOCKET_DATA_DIR: dataDir }), async (base) => {
        const persons = await getJson<{ items: Array<{ consentBasis: string }> }>(
          `${base}/api/persons?q=${encodeURIComponent('мамай')}`,
        );
        expect(persons.items).toMatchObject([{ consentBasis: 'public-record' }]);
        const census = await getJson(`${base}/api/cases/census?on=2022-12-01&custody=restricted&country=KZ`);
        expect(census).toMatchObject({ certain: 1 });
      });
      await withServer(baseEnv({ DOCKET_DATA_DIR: offDir, DOCKET_DEMO: 'off' }), async (base) => {
        expect(await getJson(`${base}/api/persons`)).toEqual({ items: [], nextCursor: null });
      });
    } finally {
      await rm(offDir, { recursive: true, force: true });
    }
  });
});
