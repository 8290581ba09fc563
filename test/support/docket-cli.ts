/**
 * Running `docket` in tests: the real executable (a minimal environment, the command's exit code and
 * output, and `docket serve` on a free port until the work is done), or the same program in the test's
 * own process, which skips the second or so of tsx start-up every spawn costs.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { findFreePort } from './postgres-cluster.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin', 'docket.js');

export type Env = Record<string, string>;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A minimal environment, so settings of the machine running the tests cannot leak in. */
export function baseEnv(overrides: Env): Env {
  const env: Env = { DOCKET_LOG_LEVEL: 'silent', DOCKET_DATABASE_URL: '' };
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return { ...env, ...overrides };
}

/** Runs `docket ARGS…` to completion, with `input` on stdin; a non-zero exit is a result, not a failure. */
export function runDocket(args: string[], env: Env, input = ''): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env, timeout: 60_000, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          fail(new Error(`docket ${args.join(' ')} did not run: ${error.message}\n${stderr}`));
          return;
        }
        done({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(input);
  });
}

/** The settings Docket reads from the environment (src/config.ts, src/secret-keys.ts, src/audit-key.ts). */
const DOCKET_SETTING = /^(DOCKET_|PORT$|HOST$)/;

/** In-process runs share the process's environment and standard streams, so they take turns. */
let previousRun: Promise<unknown> = Promise.resolve();

/**
 * Runs `docket ARGS…` as `runDocket` does, but in this process: `main` from src/cli/main.ts with the
 * environment's Docket settings swapped in, standard output and error captured and `input` as standard
 * input. Everything but the executable's start-up is the same code; test/cli/cli.test.ts keeps
 * spawning the real executable, so that start-up stays covered.
 */
export function runDocketInProcess(args: string[], env: Env, input = ''): Promise<CliResult> {
  const run = previousRun.then(() => runInProcess(args, env, input));
  previousRun = run.catch(() => undefined);
  return run;
}

type Write = typeof process.stdout.write;

/** A `write` that keeps the text; the callback (last argument, if a function) is called as a stream would. */
function capture(into: string[]): Write {
  return ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = rest.at(-1);
    if (typeof done === 'function') queueMicrotask(() => done());
    return true;
  }) as Write;
}

async function runInProcess(args: string[], env: Env, input: string): Promise<CliResult> {
  const savedEnv = Object.entries(process.env).filter(([key]) => DOCKET_SETTING.test(key));
  const stdin = Object.getOwnPropertyDescriptor(process, 'stdin');
  const { write: stdoutWrite } = process.stdout;
  const { write: stderrWrite } = process.stderr;
  const out: string[] = [];
  const err: string[] = [];
  for (const [key] of savedEnv) delete process.env[key];
  for (const [key, value] of Object.entries(env)) if (DOCKET_SETTING.test(key)) process.env[key] = value;
  Object.defineProperty(process, 'stdin', {
    value: Readable.from([Buffer.from(input)]),
    configurable: true,
    enumerable: true,
  });
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  try {
    const code = await main([process.execPath, BIN, ...args]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
    if (stdin) Object.defineProperty(process, 'stdin', stdin);
    for (const key of Object.keys(process.env)) if (DOCKET_SETTING.test(key)) delete process.env[key];
    for (const [key, value] of savedEnv) process.env[key] = value;
  }
}

export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((done) => {
    child.once('exit', (code, signal) => done({ code, signal }));
  });
}

/** Polls until the health check answers 200 and returns its body; fails early if the server exits. */
export async function waitForHealth(url: string, exited: Promise<unknown>): Promise<unknown> {
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error('docket serve exited before answering');
    try {
      const response = await fetch(url);
      if (response.status === 200) return await response.json();
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`no answer from ${url} within 30 s`);
}

/**
 * Starts `docket serve` on a free port, runs `work` against its base URL and first output, then stops
 * it with SIGTERM and expects a clean exit.
 */
export async function withServer(
  env: Env,
  work: (server: { base: string; health: unknown; stdout: () => string }) => Promise<void>,
): Promise<void> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = exitOf(child);
  const base = `http://127.0.0.1:${port}`;
  try {
    const health = await waitForHealth(`${base}/api/health`, exited);
    await work({ base, health, stdout: () => stdout });
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
  expect(await exited, stderr).toEqual({ code: 0, signal: null });
}
