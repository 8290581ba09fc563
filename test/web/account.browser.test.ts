import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowser,
  expectAccessible,
  launchChromium,
  openPage,
  screenshot,
  signIn,
} from './support/browser.ts';
import { startWebServer, WEB_TEST_PASSWORD, type WebServer } from './support/web-server.ts';

/** What the API answers to a sign-in with this password: 200 when it is the user's password. */
async function signInStatus(server: WebServer, email: string, password: string): Promise<number> {
  const response = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return response.status;
}

async function sessionStatusWithToken(server: WebServer, token: string): Promise<number> {
  const response = await fetch(`${server.url}/api/auth/session`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return response.status;
}

async function openAccount(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/account`);
  await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
}

describeInBrowser('the account screen', () => {
  let server: WebServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 60_000);

  it('shows who the user is and changes the password, showing the server’s field errors', async () => {
    const user = await server.createUser({
      email: 'password-change@example.org',
      role: 'researcher',
      clearance: 'confidential',
      withMfa: false,
    });
    const context = await browser.newContext();
    const { page, expectClean } = await openPage(context);
    await signIn(page, server.url, user);
    await openAccount(page, server.url);
    const profile = page.getByRole('region', { name: 'Profile' });
    await profile.getByText(user.email).waitFor();
    await profile.getByText('Researcher', { exact: true }).waitFor();
    await profile.getByText('Confidential', { exact: true }).waitFor();
    expect(await page.getByTestId('mfa-status').textContent()).toBe('Off');
    await page.getByTestId('sessions').getByRole('row').nth(1).waitFor();
    await expectAccessible(page, 'account');
    await screenshot(page, 'account');

    const form = page.getByRole('region', { name: 'Password' });
    const newPassword = 'a long new passphrase for docket';
    await form.getByLabel(/^Current password/).fill('not my password at all');
    await form.getByLabel(/^New password/).fill(newPassword);
    await form.getByLabel(/^Repeat the new password/).fill(newPassword);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('The current password is wrong.').waitFor();

    // The server's own rule (a common password), shown at its field in the interface language.
    await form.getByLabel(/^Current password/).fill(WEB_TEST_PASSWORD);
    await form.getByLabel(/^New password/).fill('qwerty123456');
    await form.getByLabel(/^Repeat the new password/).fill('qwerty123456');
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('This password is too common. Choose another.').waitFor();
    expect(await form.getByText('The current password is wrong.').count()).toBe(0);

    // Checked before asking the server.
    await form.getByLabel(/^New password/).fill(newPassword);
    await form.getByLabel(/^Repeat the new password/).fill(`${newPassword}!`);
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('The two passwords are not the same.').waitFor();
    await expectAccessible(page, 'account password errors');

    await form.getByLabel(/^Repeat the new password/).fill(newPassword);
    await form.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your other sessions were signed out.').waitFor();
    expect(await form.getByLabel(/^Current password/).inputValue()).toBe('');
    expect(await signInStatus(server, user.email, WEB_TEST_PASSWORD)).toBe(401);
    expect(await signInStatus(server, user.email, newPassword)).toBe(200);
    // This session goes on: the page still works after the change.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    expectClean();
    await context.close();
  }, 60_000);

  it('creates an API token shown once with a copy button, and revokes it', async () => {
    const user = await server.createUser({ email: 'tokens@example.org', role: 'researcher', withMfa: false });
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, expectClean } = await openPage(context);
    await signIn(page, server.url, user);
    await openAccount(page, server.url);
    const tokens = page.getByRole('region', { name: 'API tokens' });
    await tokens.getByText('No API tokens yet').waitFor();

    await tokens.getByRole('button', { name: 'New token' }).click();
    const dialog = page.getByRole('dialog', { name: 'New API token' });
    // A researcher may not create an admin token, so it is not offered.
    expect(await dialog.getByText('Administration', { exact: true }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Create token' }).click();
    await dialog.getByText('Give the token a name.').waitFor();
    await dialog.getByLabel(/^Name/).fill('Weekly export');
    await dialog.getByText('Read and write', { exact: true }).click();
    await dialog.getByLabel(/^Valid for \(days\)/).fill('400');
    await dialog.getByText('Enter a whole number of days from 1 to 365.').waitFor();
    await dialog.getByLabel(/^Valid for \(days\)/).fill('30');
    await dialog.getByRole('button', { name: 'Create token' }).click();

    const shown = page.getByRole('dialog', { name: 'Your new token' });
    const secret = page.getByTestId('new-token');
    await secret.waitFor();
    const token = (await secret.textContent()) ?? '';
    expect(token).toMatch(/^dkt_/);
    await shown.getByText(/It will not be shown again/).waitFor();
    await expectAccessible(page, 'new API token');
    await screenshot(page, 'account-token-created');
    await shown.getByRole('button', { name: 'Copy', exact: true }).click();
    await shown.getByRole('button', { name: 'Copied', exact: true }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    expect(await sessionStatusWithToken(server, token)).toBe(200);

    await shown.getByRole('button', { name: 'I have copied it' }).click();
    await shown.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(token);
    const row = tokens.getByRole('row').filter({ hasText: 'Weekly export' });
    await row.getByText('Active').waitFor();
    await row.getByText('Read and write').waitFor();

    await row.getByRole('button', { name: 'Revoke Weekly export' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke this token?' });
    await expectAccessible(page, 'revoke token confirmation');
    await confirm.getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('Token "Weekly export" revoked.').waitFor();
    await row.getByText('Revoked').waitFor();
    expect(await row.getByRole('button', { name: /Revoke/ }).count()).toBe(0);
    expect(await sessionStatusWithToken(server, token)).toBe(401);
    expectClean();
    await context.close();
  }, 60_000);

  it('lists the sessions with this device marked and signs another one out', async () => {
    const user = await server.createUser({ email: 'sessions@example.org', role: 'viewer', withMfa: false });
    const laptop = await browser.newContext();
    const phone = await browser.newContext();
    const mine = await openPage(laptop);
    const other = await openPage(phone);
    await signIn(other.page, server.url, user);
    await signIn(mine.page, server.url, user);
    await openAccount(mine.page, server.url);
    const rows = mine.page.getByTestId('sessions').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const current = rows.filter({ hasText: 'This device' });
    expect(await current.count()).toBe(1);
    expect(await current.getByRole('button').count()).toBe(0);

    const otherRow = rows.filter({ hasNotText: 'This device' });
    await otherRow.getByRole('button', { name: /^Sign out/ }).click();
    const confirm = mine.page.getByRole('dialog', { name: 'Sign out this device?' });
    await screenshot(mine.page, 'account-revoke-session');
    await confirm.getByRole('button', { name: 'Sign out' }).click();
    await mine.page.getByText('1 device signed out.').waitFor();
    await expect.poll(() => rows.count()).toBe(1);

    // The other device's next request finds its session gone and goes to the sign-in page.
    await other.page.goto(`${server.url}/account`);
    await other.page.waitForURL(/\/sign-in\?next=%2Faccount/);
    mine.expectClean();
    other.expectClean();
    await laptop.close();
    await phone.close();
  }, 60_000);

  it('speaks Kazakh and Uzbek on the account screen', async () => {
    const user = await server.createUser({
      email: 'languages@example.org',
      role: 'researcher',
      withMfa: false,
    });
    const context = await browser.newContext();
    const { page, expectClean } = await openPage(context);
    await signIn(page, server.url, user);
    for (const [language, title, role, empty] of [
      ['kk', 'Сіздің тіркелгіңіз', 'Зерттеуші', 'Әзірге API токендері жоқ'],
      ['uz', 'Hisobingiz', 'Tadqiqotchi', 'Hozircha API tokenlari yoʻq'],
    ] as const) {
      await page.evaluate((code) => localStorage.setItem('docket.language', code), language);
      await page.goto(`${server.url}/account`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByText(role, { exact: true }).waitFor();
      await page.getByText(empty).waitFor();
      await expectAccessible(page, `account in ${language}`);
      await screenshot(page, `account-${language}`);
    }
    expectClean();
    await context.close();
  }, 60_000);

  it('explains an invitation or reset link that lost its token', async () => {
    const context = await browser.newContext();
    const { page, expectClean } = await openPage(context);
    await page.goto(`${server.url}/reset-password`);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await page.getByRole('alert').getByText('The link is incomplete').waitFor();
    await expectAccessible(page, 'reset password without a token');
    await page.getByRole('link', { name: 'Go to sign-in' }).click();
    await page.waitForURL(/\/sign-in$/);
    expectClean();
    await context.close();
  }, 60_000);
});
