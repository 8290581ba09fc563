import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { totpCode } from '../../src/modules/access/totp.ts';
import {
  describeInBrowser,
  expectAccessible,
  launchChromium,
  openPage,
  screenshot,
} from './support/browser.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

describeInBrowser('signing in', () => {
  let server: WebServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('asks for the password, then the authenticator code, and refuses a wrong one', async () => {
    const user = await server.createUser({ email: 'mfa@example.org' });
    const context = await browser.newContext();
    const { page, expectClean } = await openPage(context);
    await page.goto(`${server.url}/persons`);
    await page.waitForURL(/\/sign-in\?next=%2Fpersons/);
    await expectAccessible(page, 'sign-in');
    await screenshot(page, 'sign-in');

    await page.getByLabel('Email address').fill(user.email);
    await page.getByLabel(/^Password/).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBeTruthy();

    await page.getByLabel(/^Password/).fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Authenticator code').waitFor();
    await expectAccessible(page, 'sign-in MFA step');
    await page.getByLabel('Authenticator code').fill('000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByLabel('Authenticator code').fill(totpCode(user.totpSecret ?? '', new Date()));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL(`${server.url}/persons`);
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    await screenshot(page, 'signed-in');
    expectClean();
    await context.close();
  });

  it('enrolls a new editor in MFA with a QR code and shows the recovery codes once', async () => {
    const user = await server.createUser({ email: 'new-editor@example.org', role: 'editor', withMfa: false });
    const context = await browser.newContext();
    const { page, expectClean } = await openPage(context);
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email address').fill(user.email);
    await page.getByLabel(/^Password/).fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('img', { name: 'QR code to scan with the authenticator app' }).waitFor();
    const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectAccessible(page, 'MFA enrollment');
    await screenshot(page, 'mfa-enrollment');
    await page.getByLabel('Authenticator code').fill(totpCode(secret, new Date()));
    await page.getByRole('button', { name: 'Confirm and continue' }).click();
    const codes = page.getByTestId('recovery-codes').getByRole('listitem');
    await expect.poll(() => codes.count()).toBe(10);
    await screenshot(page, 'recovery-codes');
    await page.getByRole('button', { name: 'I have saved them' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
    expectClean();
    await context.close();
  });
});
