import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.deep.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup/fast-hashing.ts'],
    pool: 'forks',
    // Vitest's default is one worker fewer than the CPUs: one at a time on a 2-core CI machine. Test
    // files spend much of their time waiting on PostgreSQL, Chromium or a spawned server, so one worker
    // per CPU keeps both busy.
    maxWorkers: availableParallelism(),
    // A guard against hangs, not a speed check: with two files sharing two CPUs, the heaviest tests (a
    // thousand-row import on PostgreSQL) take twice what they take alone.
    testTimeout: 40_000,
    hookTimeout: 60_000,
  },
});
