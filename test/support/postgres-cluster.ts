/**
 * Throwaway PostgreSQL cluster for the test suite.
 *
 * `startThrowawayCluster()` runs `initdb` into a fresh temporary directory, starts the server on a free
 * TCP port bound to 127.0.0.1 (Unix socket inside the same directory), and returns its URL together with
 * a `stop()` that shuts the server down immediately and deletes the directory.
 *
 * PostgreSQL refuses to run as root, so when this process is root every PostgreSQL binary is run as the
 * `postgres` OS user through `runuser`; otherwise they run as the current user.
 *
 * Safety nets so that no server outlives the run:
 * - process `exit`, SIGINT and SIGTERM handlers stop the server synchronously;
 * - each cluster directory records the owning process id, and every start first removes clusters left
 *   behind by processes that no longer exist (e.g. after a SIGKILL).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayCluster {
  /** `postgres://postgres@127.0.0.1:PORT/postgres` (trust authentication, superuser). */
  url: string;
  /** Stops the server (`-m immediate`) and removes its directory. Safe to call more than once. */
  stop(): Promise<void>;
}

const DIR_PREFIX = 'docket-pg-';
const OWNER_FILE = 'owner.pid';
const DEFAULT_BIN_DIR = '/usr/lib/postgresql/15/bin';
/** pg_ctl pastes `-o` options into a shell command line, so paths used there must be plain. */
const SHELL_SAFE_PATH = /^[A-Za-z0-9_./-]+$/;

interface RunAs {
  /** Whether binaries must be wrapped in `runuser -u postgres --`. */
  viaRunuser: boolean;
  uid?: number;
  gid?: number;
}

class CommandError extends Error {
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(message);
  }
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function run(
  file: string,
  args: readonly string[],
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      {
        cwd: options.cwd,
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 16 * 1024 * 1024,
        env: childEnv(),
      },
      (error, stdout, stderr) => {
        if (error) {
          const output = `${stdout}${stderr}`.trim();
          reject(
            new CommandError(
              `${[file, ...args].join(' ')} failed: ${error.message}${output ? `\n${output}` : ''}`,
              output,
            ),
          );
        } else {
          resolve({ stdout, stderr });
        }
      },
    );
  });
}

/** Environment for PostgreSQL binaries: the caller's, minus libpq/server variables that could interfere. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('PG')) env[key] = value;
  }
  return env;
}

function pgCommand(runAs: RunAs, binary: string, args: readonly string[]): [string, string[]] {
  return runAs.viaRunuser ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, [...args]];
}

function runPg(runAs: RunAs, binary: string, args: readonly string[], cwd: string) {
  const [file, fullArgs] = pgCommand(runAs, binary, args);
  return run(file, fullArgs, { cwd });
}

function hasBinaries(dir: string): boolean {
  return ['initdb', 'pg_ctl', 'postgres'].every((name) => existsSync(join(dir, name)));
}

/** Finds the directory holding `initdb`, `pg_ctl` and `postgres`. */
export async function findPostgresBinDir(): Promise<string> {
  const fromEnv = process.env.DOCKET_PG_BIN;
  if (fromEnv) {
    if (hasBinaries(fromEnv)) return fromEnv;
    throw new Error(
      `DOCKET_PG_BIN=${fromEnv} does not contain the PostgreSQL binaries initdb, pg_ctl and postgres.`,
    );
  }
  if (hasBinaries(DEFAULT_BIN_DIR)) return DEFAULT_BIN_DIR;
  let fromPgConfig = '';
  try {
    fromPgConfig = (await run('pg_config', ['--bindir'], { timeoutMs: 10_000 })).stdout.trim();
  } catch {
    // pg_config not installed: reported below.
  }
  if (fromPgConfig && hasBinaries(fromPgConfig)) return fromPgConfig;
  throw new Error(
    `PostgreSQL server binaries not found: looked in DOCKET_PG_BIN (unset), ${DEFAULT_BIN_DIR}` +
      `${fromPgConfig ? ` and ${fromPgConfig} (from pg_config --bindir)` : ' and pg_config --bindir (not on PATH)'}.` +
      ' Install PostgreSQL 15 (Debian: apt-get install postgresql-15) or set DOCKET_PG_BIN.',
  );
}

async function resolveRunAs(): Promise<RunAs> {
  if (!isRoot()) return { viaRunuser: false };
  try {
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    if (Number.isInteger(uid) && Number.isInteger(gid)) return { viaRunuser: true, uid, gid };
  } catch {
    // Reported below.
  }
  throw new Error(
    'Running as root, and PostgreSQL refuses to run as root, but there is no `postgres` OS user to run it as.' +
      ' Create one (useradd --system postgres) or run the tests as a normal user.',
  );
}

/** A TCP port that was free a moment ago (the OS picks it; we close and reuse the number). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not determine a free TCP port'));
      });
    });
  });
}

async function tailOf(file: string, lines = 30): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Synchronous stop + delete, usable from `exit` and signal handlers. Never throws. */
function stopSync(pgCtl: string, runAs: RunAs, dir: string): void {
  const dataDir = join(dir, 'data');
  if (existsSync(join(dataDir, 'postmaster.pid'))) {
    const [file, args] = pgCommand(runAs, pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
    try {
      execFileSync(file, args, { cwd: dir, stdio: 'ignore', timeout: 30_000, env: childEnv() });
    } catch {
      // Best effort: the server may already be gone.
    }
  }
  try {
    execFileSync('rm', ['-rf', '--', dir], { stdio: 'ignore', timeout: 30_000 });
  } catch {
    // Best effort.
  }
}

/** Removes clusters whose owning process has died without cleaning up (e.g. killed with SIGKILL). */
function sweepOrphans(base: string, pgCtl: string, runAs: RunAs): void {
  let entries: string[];
  try {
    entries = readdirSync(base).filter((name) => name.startsWith(DIR_PREFIX));
  } catch {
    return;
  }
  for (const name of entries) {
    const dir = join(base, name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(dir, OWNER_FILE), 'utf8').trim());
    } catch {
      continue; // Not fully set up yet, or not ours.
    }
    if (Number.isInteger(owner) && owner > 0 && !processAlive(owner)) stopSync(pgCtl, runAs, dir);
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Registers exit/signal handlers that stop the cluster; returns a function that unregisters them. */
function registerExitCleanup(cleanup: () => void): () => void {
  const onExit = () => cleanup();
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    unregister();
    // If nobody else (e.g. vitest) handles the signal and exits, restore the default behaviour.
    if (process.listenerCount(signal) === 0) {
      setTimeout(() => process.kill(process.pid, signal), 100);
    }
  };
  const unregister = () => {
    process.off('exit', onExit);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
  process.on('exit', onExit);
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return unregister;
}

/**
 * `durable: true` keeps PostgreSQL's crash safety (fsync, synchronous commit) for benchmarks that
 * compare it with SQLite at synchronous=FULL; tests run faster without it.
 */
export async function startThrowawayCluster(options: { durable?: boolean } = {}): Promise<ThrowawayCluster> {
  const binDir = await findPostgresBinDir();
  const initdb = join(binDir, 'initdb');
  const pgCtl = join(binDir, 'pg_ctl');
  const runAs = await resolveRunAs();

  const base = tmpdir();
  sweepOrphans(base, pgCtl, runAs);

  const dir = await mkdtemp(join(base, DIR_PREFIX));
  if (!SHELL_SAFE_PATH.test(dir)) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(
      `Temporary directory ${dir} contains characters pg_ctl cannot pass through its shell;` +
        ' set TMPDIR to a plain path such as /tmp.',
    );
  }
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'postgres.log');
  await writeFile(join(dir, OWNER_FILE), `${process.pid}\n`);

  let stopped = false;
  const unregister = registerExitCleanup(() => {
    if (!stopped) {
      stopped = true;
      stopSync(pgCtl, runAs, dir);
    }
  });

  const fail = async (error: unknown): Promise<never> => {
    stopped = true;
    unregister();
    stopSync(pgCtl, runAs, dir);
    throw error;
  };

  try {
    if (runAs.viaRunuser && runAs.uid !== undefined && runAs.gid !== undefined) {
      await chown(dir, runAs.uid, runAs.gid);
    }

    const initArgs = ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'];
    try {
      await runPg(runAs, initdb, [...initArgs, '--locale=C.UTF-8'], dir);
    } catch {
      // C.UTF-8 is missing on some systems; plain C still gives a UTF8 database.
      await rm(dataDir, { recursive: true, force: true });
      await runPg(runAs, initdb, [...initArgs, '--locale=C'], dir);
    }

    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await findFreePort();
      const serverOptions = [
        `-p ${port}`,
        `-k ${dir}`,
        '-c listen_addresses=127.0.0.1',
        ...(options.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
        '-c max_connections=200',
      ].join(' ');
      try {
        await runPg(runAs, pgCtl, ['-D', dataDir, '-o', serverOptions, '-l', logFile, '-w', 'start'], dir);
        break;
      } catch (error) {
        const log = await tailOf(logFile);
        // Another process may have grabbed the port between our probe and the server's bind.
        if (attempt < 3 && /could not bind|Address already in use/i.test(log)) continue;
        throw new Error(
          `${error instanceof Error ? error.message : String(error)}\n--- ${logFile} (tail) ---\n${log}`,
        );
      }
    }

    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      async stop() {
        if (stopped) return;
        stopped = true;
        unregister();
        try {
          await runPg(runAs, pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop'], dir);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    return fail(error);
  }
}
