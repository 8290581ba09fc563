import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAsk } from '../../src/modules/asks/ask.operations.ts';
import { createCommitment, rateCommitment } from '../../src/modules/commitments/commitment.operations.ts';
import { createSource } from '../../src/modules/sources/source.operations.ts';
import {
  describeInBrowser,
  expectAccessible,
  launchChromium,
  openPage,
  screenshot,
  signIn,
} from './support/browser.ts';
import { startWebServer, type WebServer, type WebUser } from './support/web-server.ts';

/** The rows of the record table in the DOM now (the header row aside). */
const bodyRows = (page: Page) => page.locator('[data-testid="record-table"] [role="row"][data-index]');

/** Picks an option of a Mantine select by the select's label and the option's text. */
async function choose(page: Page, label: string | RegExp, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The titles in the list's first column, once the list shows `count` rows. */
async function listedTitles(page: Page, count: number): Promise<string[]> {
  await expect.poll(() => bodyRows(page).count()).toBe(count);
  return bodyRows(page).locator('[role="cell"]:first-child a').allTextContents();
}

describeInBrowser('tracker records in the lists, the ask editor and the ask page', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let user: WebUser;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchChromium();
    user = await server.createUser({ email: 'tracker-records@example.org' });
    context = await browser.newContext();
    // Test records, not facts: two commitments of Kazakhstan, one rated kept on a source, and an
    // ask addressed to Uzbekistan that the country filter must leave out.
    const ctx = server.ctx;
    const source = await createSource(ctx, { title: 'Test source (browser test)', kind: 'report' });
    const kept = await createCommitment(ctx, {
      title: { en: 'Test pledge that was kept' },
      kind: 'pledge',
      country: 'KZ',
      madeOn: '2022-03',
      deadline: '2023',
    });
    await rateCommitment(ctx, kept.id, {
      version: kept.version,
      rating: 'kept',
      ratedOn: '2023-03',
      rationale: 'Test rationale',
      evidence: [{ sourceId: source.id, summary: 'Test summary' }],
    });
    await createCommitment(ctx, {
      title: { en: 'Test assurance not yet rated' },
      kind: 'assurance',
      country: 'KZ',
      deadline: '2023-06',
    });
    await createAsk(ctx, { title: { en: 'Test ask to Uzbekistan' }, country: 'UZ' });
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('creates an ask in the editor, finds it by country, opens it, and lists commitments by rating', async () => {
    const { page, expectClean } = await openPage(context);
    await signIn(page, server.url, user);

    // A new ask: its title in the interface language, the country, a priority.
    await page.goto(`${server.url}/asks/new`);
    await page.getByRole('heading', { level: 1, name: 'New ask' }).waitFor();
    await page.getByLabel(/^Title in English/).fill('Release the jailed bloggers (test)');
    await page.getByLabel(/^Country/).fill('kz');
    await choose(page, /^Priority/, 'High');
    await choose(page, /^Issue areas/, '2a. Expression and the media');
    await page.keyboard.press('Escape');
    await expectAccessible(page, 'new ask');
    await screenshot(page, 'tracker-records-ask-editor');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/asks\/[0-9a-f-]{36}$/);
    const askPath = new URL(page.url()).pathname;

    // The asks of Kazakhstan: the new one, not the one addressed to Uzbekistan.
    await page.goto(`${server.url}/asks`);
    await expect.poll(() => listedTitles(page, 2)).toContain('Test ask to Uzbekistan');
    await choose(page, 'Country', 'Kazakhstan');
    await page.waitForURL(/[?&]country=KZ/);
    expect(await listedTitles(page, 1)).toEqual(['Release the jailed bloggers (test)']);
    await expect.poll(() => bodyRows(page).first().textContent()).toContain('High');
    await expectAccessible(page, 'asks of Kazakhstan');
    await screenshot(page, 'tracker-records-asks');

    // Its page: the fields as saved, labelled, and where it was raised (nowhere yet).
    await page.getByRole('link', { name: 'Release the jailed bloggers (test)' }).click();
    await page.waitForURL(`${server.url}${askPath}`);
    await page.getByRole('heading', { level: 1, name: 'Release the jailed bloggers (test)' }).waitFor();
    await page.getByText('2a. Expression and the media').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Where it was raised' }).waitFor();
    await page.getByText('Not on the agenda of any engagement yet.').waitFor();
    await expectAccessible(page, 'ask page');
    await screenshot(page, 'tracker-records-ask-page');

    // Commitments by current rating: only the kept one, with its badge; the other is overdue.
    await page.goto(`${server.url}/commitments`);
    await expect.poll(() => listedTitles(page, 2)).toContain('Test assurance not yet rated');
    await expect.poll(() => page.getByText('Overdue', { exact: true }).count()).toBe(1);
    await choose(page, 'Current rating', 'Kept');
    await page.waitForURL(/[?&]rating=kept/);
    expect(await listedTitles(page, 1)).toEqual(['Test pledge that was kept']);
    expect(await bodyRows(page).first().locator('[data-rating="kept"]').textContent()).toBe('Kept');
    await expectAccessible(page, 'commitments rated kept');
    await screenshot(page, 'tracker-records-commitments-kept');
    expectClean();
  }, 120_000);
});
