import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Builds the web app when its sources changed since the last build: `npm start` (prestart) and the
 * browser tests call it, so a fresh clone serves the app without a separate build step and an
 * unchanged tree does not rebuild. The fingerprint covers the web app, the server sources whose
 * schemas it imports, and the lockfile.
 */

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = process.env.DOCKET_WEB_DIST ?? join(ROOT, 'web', 'dist');
const STAMP = join(DIST, '.fingerprint');
const INPUTS = ['web', 'src', 'package-lock.json'];
const SKIP = new Set(['node_modules', 'dist', '.vite']);

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return;
  const entries = readdirSync(path, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP.has(entry.name)) continue;
    const full = join(path, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

export function webFingerprint(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    const path = join(ROOT, input);
    const list = input.includes('.') ? [path] : [...files(path)];
    for (const file of list) {
      hash.update(relative(ROOT, file));
      hash.update('\0');
      hash.update(readFileSync(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

/** Runs `vite build` unless `web/dist` was built from the current sources; returns whether it built. */
export function ensureWebBuild({
  log = (line: string) => process.stderr.write(`${line}\n`),
}: {
  log?: (line: string) => void;
} = {}): boolean {
  const fingerprint = webFingerprint();
  if (
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8') === fingerprint &&
    existsSync(join(DIST, 'index.html'))
  ) {
    return false;
  }
  log('Building the web app (web/dist)…');
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', join(ROOT, 'web', 'vite.config.ts'), '--outDir', DIST, '--logLevel', 'warn'],
    {
      cwd: ROOT,
      // Under vitest NODE_ENV is "test", which would give a development build of React.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
  writeFileSync(STAMP, fingerprint);
  return true;
}
