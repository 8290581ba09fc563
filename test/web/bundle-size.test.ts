import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WEB_DIST } from '../../src/server/web-app.ts';

/** The script a first visit downloads before the app starts: the entry and what it preloads. */
function initialScripts(): string[] {
  const page = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const entries = [...page.matchAll(/<script type="module"[^>]*src="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
  const preloads = [...page.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
  return [...entries, ...preloads];
}

describe('the web app bundle', () => {
  it('starts with at most 300 KB of script, gzipped (screens load lazily)', () => {
    const scripts = initialScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const bytes = scripts.reduce(
      (total, path) =>
        total + gzipSync(readFileSync(join(WEB_DIST, path.replace(/^\//, ''))), { level: 9 }).length,
      0,
    );
    process.stdout.write(
      `initial script: ${(bytes / 1024).toFixed(1)} KB gzipped in ${scripts.length} files\n`,
    );
    expect(bytes).toBeLessThanOrEqual(300 * 1024);
  });
});
