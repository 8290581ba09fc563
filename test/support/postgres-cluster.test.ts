import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';

const postgresUrl = inject('postgresUrl');

describe('PostgreSQL test server (global setup)', () => {
  it.skipIf(postgresUrl === null)('accepts connections and runs PostgreSQL 15', async () => {
    const client = new pg.Client({ connectionString: postgresUrl ?? undefined });
    await client.connect();
    try {
      const result = await client.query<{ version: string }>('select version()');
      const version = result.rows[0]?.version ?? '';
      console.log(version);
      expect(version).toMatch(/^PostgreSQL 15\b/);
    } finally {
      await client.end();
    }
  });
});
