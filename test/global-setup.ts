/**
 * Vitest global setup: makes a PostgreSQL server available to the test files as `inject('postgresUrl')`.
 *
 * - DOCKET_TEST_DATABASE_URL set: that server is used as is (admin URL).
 * - Otherwise a throwaway cluster is started (test/support/postgres-cluster.ts) and stopped at teardown.
 * - If that fails: under CI=true the run fails; locally a loud notice is printed and `postgresUrl` is null,
 *   so the PostgreSQL tests skip.
 *
 * On that server it also migrates a template database that each test's database copies, as
 * `inject('postgresTemplate')`.
 */
import type { TestProject } from 'vitest/node';
import { ensureWebBuild } from '../scripts/web-build.ts';
import { startThrowawayCluster } from './support/postgres-cluster.ts';
import { createMigratedTemplate } from './support/postgres-template.ts';

function skipNotice(reason: string): string {
  const bar = '!'.repeat(78);
  return [
    '',
    bar,
    '!! PostgreSQL tests SKIPPED: no PostgreSQL server could be started.',
    ...reason.split('\n').map((line) => `!!   ${line}`),
    '!! Install PostgreSQL 15 (Debian: apt-get install postgresql-15), set DOCKET_PG_BIN to its bin',
    '!! directory, or set DOCKET_TEST_DATABASE_URL to an admin URL of a running server.',
    '!! Under CI=true this is a failure, not a skip.',
    bar,
    '',
  ].join('\n');
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  // The browser tests serve the built web app; build it once here, not in each test file.
  ensureWebBuild();
  const external = process.env.DOCKET_TEST_DATABASE_URL;
  if (external) {
    project.provide('postgresUrl', external);
    return provideTemplate(project, external);
  }

  try {
    const started = Date.now();
    const cluster = await startThrowawayCluster();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stderr.write(
      `[docket] throwaway PostgreSQL cluster at ${cluster.url} (started in ${seconds}s)\n`,
    );
    project.provide('postgresUrl', cluster.url);
    const dropTemplate = await provideTemplate(project, cluster.url);
    return async () => {
      await dropTemplate();
      await cluster.stop();
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.CI === 'true') {
      throw new Error(`PostgreSQL is required under CI=true but could not be started:\n${reason}`);
    }
    process.stderr.write(skipNotice(reason));
    project.provide('postgresUrl', null);
    project.provide('postgresTemplate', null);
    return undefined;
  }
}

/**
 * Provides the migrated template database and returns what drops it. A migration that fails here is
 * only reported: the tests then migrate a schema each, and every PostgreSQL test shows the error.
 */
async function provideTemplate(project: TestProject, url: string): Promise<() => Promise<void>> {
  try {
    const template = await createMigratedTemplate(url);
    project.provide('postgresTemplate', template.name);
    return template.drop;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`[docket] no PostgreSQL template database (tests migrate their own): ${reason}\n`);
    project.provide('postgresTemplate', null);
    return async () => {};
  }
}
