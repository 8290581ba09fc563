import { defineConfig } from 'vitest/config';

/**
 * The corpus test lives with the benchmark, outside the root config's `src/` and `test/` globs, and
 * needs none of its setup (no PostgreSQL, no web build):
 *
 *   npx vitest run --config bench/search/vitest.config.ts
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['bench/search/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
