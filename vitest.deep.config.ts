import { defineConfig } from 'vitest/config';

// `npm run test:deep`: the long fuzzing and soak suites (*.deep.test.ts), excluded from `npm test`.
export default defineConfig({
  test: {
    include: ['**/*.deep.test.ts'],
    exclude: ['**/node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup/fast-hashing.ts'],
    pool: 'forks',
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
});
