import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDemoUsers, type DemoCredentials } from '../../src/demo/demo-users.ts';
import { totpCode } from '../../src/modules/access/totp.ts';
import {
  describeInBrowser,
  expectAccessible,
  launchChromium,
  openPage,
  screenshot,
  signIn,
} from './support/browser.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

/**
 * The acceptance path, as a new user walks it after `npm install && npm start`: sign in with
 * the printed demo credentials, find Zhanbolat Mamay from the dashboard, read his case with its
 * sources, edit it, see the history, and switch languages. And the tracker's: the 2023 visit with
 * each ask and what came of it, why the party-registration pledge is rated as it is, and Kazakhstan's
 * scorecard as of 1 March 2023 beside today's.
 */
describeInBrowser('a first visit with the demo data', () => {
  let server: WebServer;
  let browser: Browser;
  let demo: DemoCredentials;
  beforeAll(async () => {
    server = await startWebServer({ demo: true });
    // What `npm start` creates and prints on an empty database.
    const created = await createDemoUsers(server.ctx);
    if (!created) throw new Error('the demo accounts were not created');
    demo = created;
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in as the demo administrator, finds Mamay, reads, edits and traces his case, in two languages', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const { page, expectClean } = await openPage(context);
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('Email address').fill(demo.administrator.email);
    await page.getByLabel(/^Password/).fill(demo.administrator.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Authenticator code').fill(totpCode(demo.administrator.totpSecret, new Date()));
    await page.getByRole('button', { name: 'Verify' }).click();

    // The dashboard, and the person found from it.
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('searchbox', { name: 'Name of a person or case' }).fill('Mamay');
    const results = page.getByRole('list', { name: 'Matching persons and cases' });
    await results
      .getByRole('listitem')
      .filter({ hasText: 'Person' })
      .getByRole('link', { name: 'Zhanbolat Mamay' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Zhanbolat Mamay' }).waitFor();
    await screenshot(page, 'first-visit-person');

    // His case, with its sources behind footnote markers.
    const cases = page.getByRole('region', { name: /Cases/ });
    await cases.locator('a[href^="/cases/"]:not([href^="/cases/new"])').first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseUrl = page.url();
    await page.getByTestId('derived-status').waitFor();
    // Polled: the markers may render a moment after the status, more so on a busy machine.
    const markers = page.getByTestId('citation-marker');
    await expect.poll(() => markers.count()).toBeGreaterThan(0);
    await markers.first().click();
    await page.getByRole('dialog').getByRole('link').first().waitFor();
    await expectAccessible(page, 'the case with a source open');
    await screenshot(page, 'first-visit-case-source');
    await page.keyboard.press('Escape');

    // An edit, saved as a new version.
    await page.getByRole('link', { name: 'Edit' }).click();
    const title = page.getByRole('textbox', { name: /^Title/ });
    await title.waitFor();
    const before = await title.inputValue();
    await title.fill(`${before} (checked)`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(caseUrl);
    await page.getByRole('heading', { level: 1, name: /\(checked\)/ }).waitFor();

    // The history names the change.
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { level: 1, name: /^History of/ }).waitFor();
    const latest = page.getByRole('article').first();
    expect(await latest.textContent()).toContain('(checked)');
    await expectAccessible(page, 'the case history');
    await screenshot(page, 'first-visit-history');

    // Another language, and back.
    await page.getByRole('button', { name: /^Language/ }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await page.getByRole('heading', { level: 1, name: /^История/ }).waitFor();
    await expectAccessible(page, 'the case history in Russian');
    await screenshot(page, 'first-visit-history-russian');
    await page.getByRole('button', { name: /^Язык/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /^History of/ }).waitFor();
    expectClean();
    await context.close();
  }, 180_000);

  it('opens the 2023 visit, reads why the pledge is rated as it is, and compares two scorecards', async () => {
    // Another account: an authenticator code counts once per 30-second step and the first scenario used it.
    const reader = await server.createUser({ email: 'tracker-reader@example.org', role: 'researcher' });
    const context = await browser.newContext({ locale: 'en-GB' });
    const { page, expectClean } = await openPage(context);
    await signIn(page, server.url, reader);

    // The visit from the engagements list, every ask on its agenda with what came of it.
    await page.goto(`${server.url}/engagements`);
    const visitTitle = "US Secretary of State's visit to Astana and Tashkent";
    await page.getByRole('link', { name: visitTitle }).click();
    await page.getByRole('heading', { level: 1, name: visitTitle }).waitFor();
    const agenda = page.getByTestId('agenda-item');
    await agenda.first().waitFor();
    expect(await agenda.count()).toBe(7);
    const raised = agenda.filter({ hasText: 'Freedom of expression' });
    expect(await raised.getByText('Raised', { exact: true }).count()).toBe(1);
    expect(
      await agenda.filter({ hasText: 'Release Zhanbolat Mamay' }).getByText('Not reported').count(),
    ).toBe(1);
    await expectAccessible(page, 'the 2023 visit');
    await screenshot(page, 'done-when-visit');

    // The pledge from the board, its two ratings with rationale and evidence.
    await page.goto(`${server.url}/tracker?country=KZ`);
    const pledge = /Lower the thresholds for registering political parties/;
    await page.getByTestId('column-compromise').getByRole('link', { name: pledge }).click();
    await page.getByRole('heading', { level: 1, name: pledge }).waitFor();
    const ratings = page.getByTestId('timeline-rating');
    await ratings.first().waitFor();
    expect(await ratings.getByTestId('rating-badge').allTextContents()).toEqual([
      'In the works',
      'Compromise',
    ]);
    expect(await ratings.nth(1).textContent()).toMatch(/unverified/i);
    expect(await ratings.nth(1).getByRole('link').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the pledge and its ratings');
    await screenshot(page, 'done-when-pledge');

    // Kazakhstan on 1 March 2023 beside today.
    const today = new Date().toISOString().slice(0, 10);
    await page.goto(`${server.url}/scorecards?country=KZ&asOf=2023-03-01&compare=${today}`);
    const columns = page.getByTestId('scorecard-column');
    await columns.nth(1).getByTestId('rating-table').waitFor();
    const counts = async (column: number) =>
      Object.fromEntries(
        (await columns.nth(column).getByTestId('rating-table').locator('tbody tr').allTextContents()).map(
          (row) => [row.replace(/\d+$/, ''), Number(/\d+$/.exec(row)?.[0])],
        ),
      );
    expect(await counts(0)).toMatchObject({ 'In the works': 1 });
    expect(await counts(1)).toMatchObject({ Compromise: 1 });
    expect((await counts(1))['In the works'] ?? 0).toBe(0);
    await expectAccessible(page, 'Kazakhstan then and now');
    await screenshot(page, 'done-when-scorecards');
    expectClean();
    await context.close();
  }, 120_000);
});
