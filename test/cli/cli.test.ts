/**
 * The `docket` CLI end to end against a fresh data directory (SQLite) or a fresh PostgreSQL database.
 * Version, help, a bad setting and `serve` spawn the real `node bin/docket.js …`, so the executable's
 * start-up, exit codes and signal handling stay covered; the other commands run the same program
 * in-process (`runDocketInProcess`), as each spawn costs a second or more of tsx start-up.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { Dialect } from '../../src/core/context.ts';
import { migrationNames } from '../../src/db/migrations/index.ts';
import { citeSource } from '../../src/modules/citations/citation.operations.ts';
import { createPerson } from '../../src/modules/persons/person.operations.ts';
import { createSource } from '../../src/modules/sources/source.operations.ts';
import { withOperatorContext } from '../../src/runtime.ts';
import { createScratchPostgresDatabase } from '../support/database.ts';
import { baseEnv, type Env, runDocket, runDocketInProcess, withServer } from '../support/docket-cli.ts';
import { buildPersonInput, buildSourceInput } from '../support/factories.ts';

const postgresUrl = inject('postgresUrl');

/** Without the demo auto-load, which would fill the "fresh" databases these tests expect empty (test/cli/demo.test.ts covers it). */
const freshEnv = (overrides: Env): Env => baseEnv({ DOCKET_DEMO: 'off', ...overrides });

/** A fresh data directory, and for PostgreSQL a fresh database on the run's server; both removed after. */
function useFreshDatabase(dialect: Dialect): () => Env {
  let env: Env | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'docket-cli-'));
    let databaseUrl = '';
    let dropDatabase = async () => {};
    if (dialect === 'postgres') {
      if (!postgresUrl) throw new Error('PostgreSQL is not available in this run');
      const scratch = await createScratchPostgresDatabase(postgresUrl, 'docket_cli');
      databaseUrl = scratch.url;
      dropDatabase = scratch.drop;
    }
    env = freshEnv({ DOCKET_DATA_DIR: dataDir, DOCKET_DATABASE_URL: databaseUrl });
    cleanup = async () => {
      await dropDatabase();
      await rm(dataDir, { recursive: true, force: true });
    };
  });
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
    env = undefined;
  });
  return () => {
    if (!env) throw new Error('the environment is prepared in beforeEach');
    return env;
  };
}

// Spawns are slow when the whole suite shares the CPUs; these budgets are generous on purpose.
const SPAWNING = { timeout: 90_000 };

describe('docket CLI without a database', SPAWNING, () => {
  it('prints its version and help, and explains an invalid PORT', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'docket-cli-'));
    try {
      const env = freshEnv({ DOCKET_DATA_DIR: dataDir });
      const [version, help, badPort] = await Promise.all([
        runDocket(['--version'], env),
        runDocket(['--help'], env),
        runDocket(['migrate'], { ...env, PORT: 'eighty' }),
      ]);
      expect(version).toMatchObject({ code: 0, stdout: '0.1.0\n' });
      expect(help.code).toBe(0);
      for (const command of ['serve', 'migrate', 'persons'])
        expect(help.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
      expect(badPort.code).not.toBe(0);
      expect(badPort.stderr).toContain('Invalid configuration');
      expect(badPort.stderr).toContain('PORT: must be a port number');
      expect(badPort.stderr).not.toMatch(/\bat .+\.ts:\d+/); // a message, not a stack trace
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe.skipIf(dialect === 'postgres' && postgresUrl === null)(`docket CLI [${dialect}]`, SPAWNING, () => {
    const env = useFreshDatabase(dialect);

    it('migrates, then reports the database up to date; an empty list says so', async () => {
      const first = await runDocketInProcess(['migrate'], env());
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain(
        `Applied ${migrationNames().length} migration(s) to the ${dialect} database`,
      );
      for (const name of migrationNames()) expect(first.stdout).toContain(name);

      const [again, list] = await Promise.all([
        runDocketInProcess(['migrate'], env()),
        runDocketInProcess(['persons', 'list'], env()),
      ]);
      expect(again).toMatchObject({ code: 0, stdout: `The ${dialect} database is up to date.\n` });
      expect(list).toMatchObject({ code: 0, stdout: 'No persons yet.\n' });
    });

    it('lists, searches, pages and shows persons created through the operations', async () => {
      const { mamai, ibragimov, source } = await withOperatorContext(loadConfig(env()), async (ctx) => {
        const mamai = await createPerson(
          ctx,
          buildPersonInput({
            names: [
              { text: 'Жанболат Мамай', language: 'kk', kind: 'primary' },
              { text: 'Zhanbolat Mamay', language: 'en', kind: 'alias' },
            ],
            birthDate: '1990-05',
          }),
        );
        const ibragimov = await createPerson(
          ctx,
          buildPersonInput({ names: [{ text: 'Bahrom Ibragimov' }], birthDate: null, occupations: [] }),
        );
        const source = await createSource(ctx, buildSourceInput());
        await citeSource(ctx, {
          sourceId: source.id,
          recordType: 'person',
          recordId: mamai.id,
          field: 'birthDate',
          locator: 'p. 2',
          summary: 'The letter gives his year of birth.',
        });
        return { mamai, ibragimov, source };
      });
      const unknownId = '01900000-0000-7000-8000-000000000000';

      const [table, cyrillic, latin, none, json, firstPage, show, missing, zero] = await Promise.all([
        runDocketInProcess(['persons', 'list'], env()),
        runDocketInProcess(['persons', 'list', '--query', 'мамай'], env()),
        runDocketInProcess(['persons', 'list', '-q', 'ZHANBOLAT'], env()),
        runDocketInProcess(['persons', 'list', '--query', 'Nobody'], env()),
        runDocketInProcess(['persons', 'list', '--json'], env()),
        runDocketInProcess(['persons', 'list', '--limit', '1'], env()),
        runDocketInProcess(['persons', 'show', mamai.id], env()),
        runDocketInProcess(['persons', 'show', unknownId], env()),
        runDocketInProcess(['persons', 'list', '--limit', '0'], env()),
      ]);

      expect(table.code, table.stderr).toBe(0);
      const lines = table.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^ID\s+NAME\s+ALSO KNOWN AS\s+BORN\s+OCCUPATIONS$/);
      // Sorted by name: Latin before Cyrillic.
      expect(lines[1]).toMatch(new RegExp(`^${ibragimov.id}\\s+Bahrom Ibragimov\\s*$`));
      expect(lines[2]).toMatch(
        new RegExp(
          `^${mamai.id}\\s+Жанболат Мамай\\s+Zhanbolat Mamay\\s+1990-05\\s+journalist, opposition-politician$`,
        ),
      );
      expect(lines).toHaveLength(3);

      for (const found of [cyrillic, latin]) {
        expect(found.code, found.stderr).toBe(0);
        expect(found.stdout).toContain(mamai.id);
        expect(found.stdout).not.toContain(ibragimov.id);
      }
      expect(none).toMatchObject({ code: 0, stdout: 'No person has a name containing "Nobody".\n' });

      expect(json.code, json.stderr).toBe(0);
      const parsed = JSON.parse(json.stdout) as { items: Array<{ id: string }>; nextCursor: string | null };
      expect(parsed.items.map((p) => p.id)).toEqual([ibragimov.id, mamai.id]);
      expect(parsed.nextCursor).toBeNull();

      expect(firstPage.code, firstPage.stderr).toBe(0);
      expect(firstPage.stdout).toContain(ibragimov.id);
      expect(firstPage.stdout).not.toContain(mamai.id);
      const cursor = /^More: docket persons list --cursor (\S+)$/m.exec(firstPage.stdout)?.[1];
      expect(cursor, firstPage.stdout).toBeDefined();
      const secondPage = await runDocketInProcess(
        ['persons', 'list', '--limit', '1', '--cursor', cursor ?? ''],
        env(),
      );
      expect(secondPage.code, secondPage.stderr).toBe(0);
      expect(secondPage.stdout).toContain(mamai.id);
      expect(secondPage.stdout).not.toContain(ibragimov.id);
      expect(secondPage.stdout).not.toContain('--cursor');

      expect(show.code, show.stderr).toBe(0);
      expect(show.stdout).toMatch(/^Жанболат Мамай\n/);
      expect(show.stdout).toContain(`id          ${mamai.id}`);
      expect(show.stdout).toContain('name        Жанболат Мамай  [primary, Cyrl, kk]');
      expect(show.stdout).toContain('name        Zhanbolat Mamay  [alias, Latn, en]');
      expect(show.stdout).toContain('born        May 1990');
      expect(show.stdout).toContain('citations   1');
      expect(show.stdout).toContain(
        `cites birthDate: source ${source.id}, p. 2 — (summary) The letter gives his year of birth.`,
      );

      expect(missing.code).toBe(2);
      expect(missing.stdout).toBe('');
      expect(missing.stderr).toContain('Not found');
      expect(missing.stderr).toContain(unknownId);

      expect(zero.code).toBe(2);
      expect(zero.stderr).toContain('limit: must be a whole number from 1 to 200');
    });

    it('serves the API until SIGTERM, then exits 0', async () => {
      await withServer(env(), async ({ base, health, stdout }) => {
        expect(health).toMatchObject({ status: 'ok', database: { dialect, pendingMigrations: 0 } });
        expect(stdout()).toContain(`Docket is serving http://localhost:${new URL(base).port}`);
        // The public reads published records only (none here); the rest needs signing in, whose flow
        // has its own end-to-end test.
        const persons = await fetch(`${base}/api/persons?q=${encodeURIComponent('мамай')}`);
        expect(persons.status).toBe(200);
        expect(await persons.json()).toMatchObject({ items: [] });
        expect((await fetch(`${base}/api/cases/census?on=2022-12-01`)).status).toBe(401);
      });
    });
  });
}
