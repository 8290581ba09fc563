import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importRecords } from '../../src/modules/import/import.operations.ts';
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

/** RFC 4180 rows of a CSV file (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

async function apiItems(page: Page, path: string): Promise<Array<{ id: string; title?: string | null }>> {
  const response = await page.request.get(new URL(path, page.url()).toString());
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: Array<{ id: string }> }).items;
}

/** Picks an option of a Mantine select by the select's label and the option's text. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describeInBrowser('record lists', () => {
  let demo: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let user: WebUser;
  beforeAll(async () => {
    demo = await startWebServer({ demo: true });
    browser = await launchChromium();
    user = await demo.createUser({ email: 'lists@example.org' });
    context = await browser.newContext({ acceptDownloads: true });
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await demo?.close();
  });

  it('keeps filters and sort in the URL, and a reload shows the same list', async () => {
    const { page, expectClean } = await openPage(context);
    await signIn(page, demo.url, user);
    await page.goto(`${demo.url}/cases`);
    await bodyRows(page).first().waitFor();
    expect(await bodyRows(page).count()).toBe(7);

    await choose(page, 'Country', 'Uzbekistan');
    await page.waitForURL(/country=UZ/);
    await choose(page, 'Sort by', 'Last changed');
    // Each choice is in the URL before the next, as a person choosing them would see: on a busy
    // machine the order could otherwise be chosen before the sort reached the URL, and replace it.
    await page.waitForURL(/sort=updatedAt/);
    await choose(page, 'Order', 'Descending');
    await page.waitForURL(/order=desc/);
    await expect.poll(() => bodyRows(page).count(), { timeout: 15_000 }).toBe(6);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ country: 'UZ', sort: 'updatedAt', order: 'desc' });

    const expected = await apiItems(page, '/api/cases?country=UZ&sort=updatedAt&order=desc');
    const shown = async () =>
      bodyRows(page)
        .locator('a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    await expect.poll(shown, { timeout: 15_000 }).toEqual(expected.map((item) => `/cases/${item.id}`));

    await page.reload();
    await bodyRows(page).first().waitFor();
    expect(page.url()).toBe(url.toString());
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Country', exact: true }).inputValue())
      .toBe('Uzbekistan');
    expect(await page.getByRole('combobox', { name: 'Order', exact: true }).inputValue()).toBe('Descending');
    await expect.poll(shown, { timeout: 15_000 }).toEqual(expected.map((item) => `/cases/${item.id}`));

    // The search box and a derived-status filter narrow further, and stay in the URL too.
    await page.getByLabel('Search victim, title or article').fill('Tazhimuratov');
    await page.waitForURL(/q=Tazhimuratov/);
    await expect.poll(() => bodyRows(page).count(), { timeout: 15_000 }).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(() => bodyRows(page).count(), { timeout: 15_000 }).toBe(7);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('updatedAt');

    await page.goto(`${demo.url}/cases?status=imprisoned&country=UZ`);
    await bodyRows(page).first().waitFor();
    await expect.poll(() => bodyRows(page).count(), { timeout: 15_000 }).toBe(2);
    expect(await page.getByRole('combobox', { name: 'Status', exact: true }).inputValue()).toBe('Imprisoned');
    await expectAccessible(page, 'cases list, filtered');
    await screenshot(page, 'list-cases-filtered');
    expectClean();
    await page.close();
  }, 60_000);

  it('reaches each row with the keyboard and opens it with Enter', async () => {
    const { page, expectClean } = await openPage(context);
    await page.goto(`${demo.url}/persons`);
    await bodyRows(page).first().waitFor();
    // The name's header sorts: the list is by name already, so a click turns the order round.
    await page.getByRole('columnheader', { name: 'Name', exact: true }).getByRole('button').click();
    await page.waitForURL(/order=desc/);
    await expect
      .poll(() => bodyRows(page).first().getByRole('link').textContent(), { timeout: 15_000 })
      .toBe('Zhanbolat Mamay');
    expect(
      await page.getByRole('columnheader', { name: 'Name', exact: true }).getAttribute('aria-sort'),
    ).toBe('descending');
    const links = bodyRows(page).locator('a');
    await links.first().focus();
    await page.keyboard.press('Tab');
    const second = await links.nth(1).getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(second);
    await page.keyboard.press('ArrowDown');
    const third = await links.nth(2).getAttribute('href');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(third);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${demo.url}${third}`);
    expectClean();
    await page.close();
  });

  it('exports the current view as CSV: the filtered rows, no more', async () => {
    const { page, expectClean } = await openPage(context);
    await page.goto(`${demo.url}/cases?country=UZ&status=imprisoned`);
    await bodyRows(page).first().waitFor();
    await expect.poll(() => bodyRows(page).count(), { timeout: 15_000 }).toBe(2);
    const link = page.getByTestId('export-csv');
    expect(await link.getAttribute('href')).toContain('format=csv');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const path = await download.path();
    const rows = parseCsv(readFileSync(path, 'utf8'));
    const header = rows[0] ?? [];
    const data = rows.slice(1).filter((row) => row.some((cell) => cell !== ''));
    expect(data).toHaveLength(2);
    const id = header.indexOf('id');
    const country = header.indexOf('country');
    const expected = await apiItems(page, '/api/cases?country=UZ&status=imprisoned');
    expect(data.map((row) => row[id]).sort()).toEqual(expected.map((item) => item.id).sort());
    expect(new Set(data.map((row) => row[country]))).toEqual(new Set(['UZ']));
    expectClean();
    await page.close();
  });

  it('shows every list, accessible, with confidential records marked', async () => {
    const { page, expectClean } = await openPage(context);
    const lists: Array<[string, string]> = [
      ['/persons', 'Zhanbolat Mamay'],
      ['/organizations', 'Amanat'],
      ['/events', 'January 2022 Events'],
      ['/cases', 'Otabek Sattoriy'],
      ['/proceedings', 'Second Karakalpak trial'],
      ['/legal-instruments', 'Criminal Code of the Republic of Kazakhstan'],
      ['/sources', 'Amnesty UK'],
    ];
    // A confidential record of the user's own organization, which its row must mark.
    await page.goto(`${demo.url}/persons`);
    const api = (path: string) => new URL(path, demo.url).toString();
    const session = (await (await page.request.get(api('/api/auth/session'))).json()) as {
      csrfToken: string;
    };
    const created = await page.request.post(api('/api/persons'), {
      headers: { 'x-csrf-token': session.csrfToken },
      data: {
        names: [{ text: 'Witness Example (fictional)', script: 'Latn', language: null, kind: 'primary' }],
        sensitivity: 'confidential',
        occupations: [],
        consentBasis: 'none',
      },
    });
    expect(created.status()).toBe(201);
    await page.reload();
    const witness = bodyRows(page).filter({ hasText: 'Witness Example (fictional)' });
    await witness.getByText('Confidential', { exact: true }).waitFor();
    expect(
      await bodyRows(page).filter({ hasText: 'Zhanbolat Mamay' }).getByText('Confidential').count(),
    ).toBe(0);

    for (const [path, name] of lists) {
      await page.goto(`${demo.url}${path}`);
      await page.getByRole('link', { name, exact: true }).first().waitFor();
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      await expectAccessible(page, `list ${path}`);
      await screenshot(page, `list${path.replace('/', '-')}`);
    }
    expectClean();
    await page.close();
  }, 90_000);

  it('speaks Russian and Uzbek: labels, enum values, countries and counts', async () => {
    const { page, expectClean } = await openPage(context);
    await page.addInitScript(() => localStorage.setItem('docket.language', 'ru'));
    await page.goto(`${demo.url}/cases?country=UZ&status=imprisoned`);
    await page.getByRole('heading', { level: 1, name: 'Дела' }).waitFor();
    await bodyRows(page).first().waitFor();
    expect(await bodyRows(page).first().getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['Узбекистан', 'В заключении']),
    );
    expect(await page.getByTestId('list-count').textContent()).toBe('Все 2 записи');
    await expectAccessible(page, 'cases list in Russian');
    await screenshot(page, 'list-cases-ru');
    // Init scripts run in the order added, so this one wins over Russian on the reload.
    await page.addInitScript(() => localStorage.setItem('docket.language', 'uz'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Ishlar' }).waitFor();
    await bodyRows(page).first().waitFor();
    expect(await page.getByTestId('list-count').textContent()).toBe('Jami 2 ta yozuv');
    expect(await page.getByRole('combobox', { name: 'Holati', exact: true }).inputValue()).toBe('Qamoqda');
    // Country and script names come from the catalogue where the browser has no Uzbek names.
    expect(await bodyRows(page).first().getByRole('cell').allTextContents()).toContain('Oʻzbekiston');
    await screenshot(page, 'list-cases-uz');
    await page.evaluate(() => localStorage.setItem('docket.language', 'en'));
    expectClean();
    await page.close();
  }, 60_000);
});

describeInBrowser('a long list', () => {
  const TOTAL = 2_000;
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchChromium();
    const user = await server.createUser({ email: 'long-list@example.org' });
    // One signed-in context for the suite: an authenticator code is accepted only once.
    context = await browser.newContext();
    const { page } = await openPage(context);
    await signIn(page, server.url, user);
    await page.close();
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('shows the empty state with a link to a new record', async () => {
    const { page, expectClean } = await openPage(context);
    await page.goto(`${server.url}/events`);
    await page.getByText('No events yet').waitFor();
    expect(await page.getByRole('link', { name: 'New event' }).first().getAttribute('href')).toBe(
      '/events/new',
    );
    await expectAccessible(page, 'empty list');
    await screenshot(page, 'list-empty');
    expectClean();
    await page.close();
  });

  it('shows the API’s problem when the list cannot be read, with a way to try again', async () => {
    const { page, expectClean } = await openPage(context);
    let refuse = true;
    await page.route('**/api/sources?*', (route) =>
      refuse
        ? route.fulfill({
            status: 400,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              type: 'about:blank',
              title: 'Invalid input',
              status: 400,
              detail: 'Refused here',
            }),
          })
        : route.continue(),
    );
    await page.goto(`${server.url}/sources`);
    const alert = page.getByRole('alert');
    await alert.getByText('Refused here').waitFor();
    expect(await alert.textContent()).toContain('The list could not be loaded');
    await expectAccessible(page, 'list error');
    await screenshot(page, 'list-error');
    refuse = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('No sources yet').waitFor();
    expectClean();
    await page.close();
  });

  it(`holds at most a few hundred rows in the DOM while scrolling through ${TOTAL} persons`, async () => {
    const records = Array.from({ length: TOTAL }, (_, i) => ({
      names: [
        { text: `Person ${String(i + 1).padStart(4, '0')}`, script: 'Latn', language: null, kind: 'primary' },
      ],
      occupations: [],
      consentBasis: 'none',
    }));
    await importRecords(server.ctx, { type: 'persons', format: 'json', text: JSON.stringify(records) });

    const { page, expectClean } = await openPage(context);
    await page.goto(`${server.url}/persons`);
    await bodyRows(page).first().waitFor();
    const table = page.getByTestId('record-table');
    let most = 0;
    const counts: number[] = [];
    for (let step = 0; step < 200; step++) {
      const inDom = await bodyRows(page).count();
      most = Math.max(most, inDom);
      counts.push(inDom);
      const text = (await page.getByTestId('list-count').textContent()) ?? '';
      if (text.startsWith(`All ${TOTAL.toLocaleString('en-GB')} records`)) break;
      await table.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      await page.waitForTimeout(100);
    }
    await expect.poll(() => page.getByTestId('list-count').textContent()).toBe('All 2,000 records');
    // The last page grew the list under the scroll position: go to the end once more.
    await table.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await page.getByRole('link', { name: 'Person 2000', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Person 0001', exact: true }).count()).toBe(0);
    const finalCount = await bodyRows(page).count();
    most = Math.max(most, finalCount);
    process.stderr.write(
      `[lists] ${TOTAL} persons loaded; rows in the DOM: at most ${most}, at the end ${finalCount}\n`,
    );
    expect(most).toBeLessThanOrEqual(100);
    expect(await page.locator('[role="row"]').count()).toBeLessThanOrEqual(101);
    await screenshot(page, 'list-persons-2000');
    expectClean();
    await page.close();
  }, 120_000);
});
