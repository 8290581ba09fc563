// Values handed from test/global-setup.ts to test files through `inject()`.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * Admin URL of the PostgreSQL server for this run (a throwaway cluster, or DOCKET_TEST_DATABASE_URL),
     * or null when PostgreSQL is unavailable and its tests are skipped (never under CI=true).
     */
    postgresUrl: string | null;
    /**
     * A database on that server migrated to the latest schema, which each test's database copies
     * (test/support/postgres-template.ts); null without PostgreSQL or when the migration failed.
     */
    postgresTemplate: string | null;
  }
}
