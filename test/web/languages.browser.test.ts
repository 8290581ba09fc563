import type { Browser } from 'playwright-core';
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

describeInBrowser('the interface language', () => {
  let server: WebServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startWebServer({ demo: true });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('switches to Kazakh at once, is remembered across a reload, and switches back', {
    timeout: 60_000,
  }, async () => {
    const user = await server.createUser({ email: 'languages@example.org' });
    const context = await browser.newContext({ locale: 'en-GB' });
    const { page, expectClean } = await openPage(context);
    await signIn(page, server.url, user);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect.poll(() => nav.getByRole('link', { name: 'Persons' }).count()).toBe(1);

    await page.getByRole('button', { name: /^Language/ }).click();
    await page.getByRole('menuitem', { name: 'Қазақша' }).click();
    const kazakhNav = page.getByRole('navigation', { name: 'Негізгі мәзір' });
    await kazakhNav.getByRole('link', { name: 'Адамдар' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
    // Chromium lists kk-KZ yet has no Kazakh month names ("2023 M03 1"): Docket's own data must show.
    await page.goto(`${server.url}/countries/KZ`);
    await kazakhNav.getByRole('link', { name: 'Адамдар' }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toMatch(/\d{4}/);
    expect(await page.locator('main').textContent()).not.toMatch(/\bM\d{2}\b/);
    await expectAccessible(page, 'shell in Kazakh');
    await screenshot(page, 'shell-kazakh');

    await page.reload();
    await kazakhNav.getByRole('link', { name: 'Адамдар' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');

    await page.getByRole('button', { name: /^Тіл/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await nav.getByRole('link', { name: 'Persons' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expectClean();
    await context.close();
  });

  it('starts in the browser’s language when Docket speaks it', async () => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const { page, expectClean } = await openPage(context);
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('heading', { name: 'Вход в Docket' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await screenshot(page, 'sign-in-russian');
    expectClean();
    await context.close();
  });
});
