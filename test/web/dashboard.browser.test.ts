import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowser,
  expectAccessible,
  launchChromium,
  openPage,
  screenshot,
  signIn,
} from './support/browser.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

interface Census {
  certain: number;
  possible: number;
}

/** Today as the browser's dashboard asks for it: the local day (the test and Chromium share a clock). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function census(page: Page, custody: string, country?: string): Promise<Census> {
  const query = new URLSearchParams({ on: today(), custody, ...(country ? { country } : {}) });
  const response = await page.request.get(new URL(`/api/cases/census?${query}`, page.url()).toString());
  expect(response.status()).toBe(200);
  const { certain, possible } = (await response.json()) as Census;
  return { certain, possible };
}

/** The census figures the dashboard shows, once loaded. */
async function shownCensus(page: Page, custody: string): Promise<Census> {
  const certain = page.getByTestId(`census-${custody}-certain`);
  await certain.waitFor();
  const possible = page.getByTestId(`census-${custody}-possible`);
  const number = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
  const certainValue = number(await certain.textContent());
  return {
    certain: certainValue,
    possible: (await possible.count()) > 0 ? number(await possible.textContent()) : certainValue,
  };
}

describeInBrowser('the country dashboard', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await startWebServer({ demo: true });
    browser = await launchChromium();
    const user = await server.createUser({ email: 'dashboard@example.org' });
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

  it('shows census numbers equal to the API, for every country and for one', async () => {
    const { page, expectClean } = await openPage(context);
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Overview of every country' }).waitFor();
    for (const custody of ['deprived', 'restricted']) {
      expect(await shownCensus(page, custody)).toEqual(await census(page, custody));
    }
    await page.getByTestId('open-cases-total').waitFor();
    await page.getByTestId('recent-changes').getByRole('listitem').first().waitFor();
    await page.getByText('Journalists and bloggers in prison').waitFor();
    await expectAccessible(page, 'dashboard, every country');
    await screenshot(page, 'dashboard');

    await page.getByRole('combobox', { name: 'Country', exact: true }).click();
    await page.getByRole('option', { name: 'Kazakhstan', exact: true }).click();
    await page.waitForURL(`${server.url}/countries/KZ`);
    await page.getByRole('heading', { level: 1, name: 'Kazakhstan: overview' }).waitFor();
    for (const custody of ['deprived', 'restricted']) {
      expect(await shownCensus(page, custody)).toEqual(await census(page, custody, 'KZ'));
    }
    // The demo's Kazakh case (Mamay) is open: a prosecution ending in a suspended sentence.
    await expect.poll(() => page.getByTestId('open-cases-total').textContent()).toBe('1');
    await page.getByTestId('indicators').getByText('UPR recommendations accepted').waitFor();
    expect(await page.getByTestId('indicators').getByText('Journalists and bloggers in prison').count()).toBe(
      0,
    );
    await expectAccessible(page, 'dashboard, Kazakhstan');
    await screenshot(page, 'dashboard-kazakhstan');

    // A reload keeps the country; the census links open the matching case list.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Kazakhstan: overview' }).waitFor();
    await page.goto(`${server.url}/countries/UZ`);
    const uz = await census(page, 'deprived', 'UZ');
    expect(await shownCensus(page, 'deprived')).toEqual(uz);
    await page.getByTestId('census-deprived').getByRole('link', { name: 'See their cases' }).click();
    await page.waitForURL(/\/cases\?inCustodyOn=.*custody=deprived.*country=UZ/);
    await page.locator('[data-testid="record-table"] [role="row"][data-index]').first().waitFor();
    expect(await page.locator('[data-testid="record-table"] [role="row"][data-index]').count()).toBe(
      uz.possible,
    );
    expectClean();
    await page.close();
  }, 90_000);

  it('finds Zhanbolat Mamay from the dashboard, by his Latin or Cyrillic name', async () => {
    const { page, expectClean } = await openPage(context);
    await page.goto(`${server.url}/`);
    const box = page.getByRole('searchbox', { name: 'Name of a person or case' });
    await box.fill('Мамай');
    const results = page.getByRole('list', { name: 'Matching persons and cases' });
    await results.getByRole('link', { name: 'Zhanbolat Mamay' }).first().waitFor();
    await box.fill('Mamay');
    const person = results.getByRole('listitem').filter({ hasText: 'Person' }).getByRole('link', {
      name: 'Zhanbolat Mamay',
    });
    await person.waitFor();
    await expectAccessible(page, 'dashboard quick search');
    await screenshot(page, 'dashboard-search');
    const href = await person.getAttribute('href');
    expect(href).toMatch(/^\/persons\/[0-9a-f-]{36}$/);
    const response = await page.request.get(new URL(`/api${href}`, page.url()).toString());
    const found = (await response.json()) as { names: Array<{ text: string }> };
    expect(found.names.map((name) => name.text)).toContain('Zhanbolat Mamay');
    await person.click();
    await page.waitForURL(`${server.url}${href}`);
    expectClean();
    await page.close();
  }, 60_000);
});
