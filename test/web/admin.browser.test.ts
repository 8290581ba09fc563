import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { totpCode } from '../../src/modules/access/totp.ts';
import {
  describeInBrowser,
  expectAccessible,
  launchChromium,
  openPage,
  screenshot,
  signIn,
} from './support/browser.ts';
import { startWebServer, WEB_TEST_PASSWORD, type WebServer } from './support/web-server.ts';

/** The API's answer to a sign-in: its status, and the stage that follows a right password. */
async function apiSignIn(server: WebServer, email: string, password: string) {
  const response = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { stage?: string };
  return { status: response.status, stage: body.stage };
}

/** The server answers links on its public address; the test server listens elsewhere. */
function onTestServer(server: WebServer, link: string): string {
  const url = new URL(link);
  return `${server.url}${url.pathname}${url.hash}`;
}

async function openAdmin(page: Page, url: string, tab = ''): Promise<void> {
  await page.goto(`${url}/admin${tab ? `?tab=${tab}` : ''}`);
  await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
}

function userRow(page: Page, email: string): Locator {
  return page.getByTestId('users').locator(`tr[data-email="${email}"]`);
}

async function chooseUserAction(page: Page, email: string, action: string): Promise<void> {
  await page.getByRole('button', { name: `Actions for ${email}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

async function choose(page: Page, scope: Locator, label: RegExp, option: string): Promise<void> {
  // Mantine's Select is a read-only input; its role depends on whether it is open.
  await scope
    .getByRole('combobox', { name: label })
    .or(scope.getByRole('textbox', { name: label }))
    .first()
    .click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describeInBrowser('the administration screen', () => {
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

  it('invites a user, who opens the link, sets a password and signs in', async () => {
    const admin = await server.createUser({ email: 'admin-invites@example.org' });
    const adminContext = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, expectClean } = await openPage(adminContext);
    await signIn(page, server.url, admin);
    // From the dashboard (which lists users too) through the menu's last entry, reachable in a
    // laptop-sized window because the menu scrolls.
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await userRow(page, admin.email).getByText('(you)').waitFor();
    // axe judges the screen at rest, not the menu entry under the pointer.
    await page.mouse.move(0, 0);
    await expectAccessible(page, 'admin users');
    await screenshot(page, 'admin-users');

    await page.getByRole('button', { name: 'Invite user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a user' });
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    await dialog.getByText('Enter an email address, e.g. name@example.org.').waitFor();
    await dialog.getByText('Choose the organization they belong to.').waitFor();
    await dialog.getByRole('textbox', { name: /^Email/ }).fill('invitee@example.org');
    await choose(page, dialog, /^Organization/, 'Web test coalition');
    await choose(page, dialog, /^Clearance/, 'Confidential: sensitive details');
    await expectAccessible(page, 'invite dialog');
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();

    const ready = page.getByRole('dialog', { name: 'Invitation link' });
    const linkText = page.getByTestId('invitation-link');
    await linkText.waitFor();
    const link = (await linkText.textContent()) ?? '';
    expect(link).toMatch(/\/accept-invitation#token=.+/);
    await ready.getByRole('button', { name: 'Copy', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await screenshot(page, 'admin-invitation-link');
    await ready.getByRole('button', { name: 'Done' }).click();
    const invitedRow = userRow(page, 'invitee@example.org');
    await invitedRow.getByText('Invited').waitFor();
    // The invitation takes no clearance; the one chosen was set just after.
    await invitedRow.getByText('Confidential').waitFor();

    const inviteeContext = await browser.newContext();
    const invitee = await openPage(inviteeContext);
    await invitee.page.goto(onTestServer(server, link));
    await invitee.page.getByRole('heading', { level: 1, name: 'Welcome to Docket' }).waitFor();
    await expectAccessible(invitee.page, 'accept invitation');
    await screenshot(invitee.page, 'accept-invitation');
    const password = 'my own invited passphrase';
    await invitee.page.getByLabel(/^Your name/).fill('Invited Person');
    await invitee.page.getByLabel(/^New password/).fill('too short');
    await invitee.page.getByLabel(/^Repeat the new password/).fill('too short');
    await invitee.page.getByRole('button', { name: 'Set password' }).click();
    await invitee.page.getByText('Use at least 12 characters.').waitFor();
    await invitee.page.getByLabel(/^New password/).fill(password);
    await invitee.page.getByLabel(/^Repeat the new password/).fill(password);
    await invitee.page.getByRole('button', { name: 'Set password' }).click();
    await invitee.page.waitForURL(/\/sign-in$/);
    await invitee.page.getByText('Sign in with invitee@example.org and your new password.').waitFor();

    await signIn(invitee.page, server.url, { id: '', email: 'invitee@example.org', password });
    await invitee.page.goto(`${server.url}/account`);
    const profile = invitee.page.getByRole('region', { name: 'Profile' });
    await profile.getByText('Invited Person').first().waitFor();
    await profile.getByText('Confidential', { exact: true }).waitFor();

    // The link works once.
    const again = await openPage(await browser.newContext());
    await again.page.goto(onTestServer(server, link));
    await again.page.getByLabel(/^New password/).fill('yet another passphrase');
    await again.page.getByLabel(/^Repeat the new password/).fill('yet another passphrase');
    await again.page.getByRole('button', { name: 'Set password' }).click();
    await again.page.getByRole('alert').getByText('This link does not work').waitFor();

    await page.reload();
    await userRow(page, 'invitee@example.org').getByText('Active').waitFor();
    expectClean();
    invitee.expectClean();
    again.expectClean();
    await adminContext.close();
    await inviteeContext.close();
    await again.page.context().close();
  }, 90_000);

  it('changes a user’s role and clearance, but not the administrator’s own', async () => {
    const admin = await server.createUser({ email: 'admin-roles@example.org' });
    const target = await server.createUser({
      email: 'promote-me@example.org',
      role: 'viewer',
      withMfa: false,
    });
    const context = await browser.newContext();
    const { page, expectClean } = await openPage(context);
    await signIn(page, server.url, admin);
    await openAdmin(page, server.url);
    await page.getByRole('searchbox', { name: 'Search users' }).fill('promote');
    await expect.poll(() => page.getByTestId('users').locator('tbody tr').count()).toBe(1);
    expect(await userRow(page, target.email).getByTestId('role').textContent()).toBe('Viewer');

    await chooseUserAction(page, target.email, 'Change role and clearance');
    const dialog = page.getByRole('dialog', { name: `Access of ${target.email}` });
    await choose(page, dialog, /^Role/, 'Editor');
    await dialog.getByText(/needs two-step verification/).waitFor();
    await choose(page, dialog, /^Clearance/, 'Confidential: sensitive details');
    await expectAccessible(page, 'edit access dialog');
    await screenshot(page, 'admin-edit-access');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`${target.email} is now Editor.`).waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('users').waitFor();
    expect(await userRow(page, target.email).getByTestId('role').textContent()).toBe('Editor');
    await userRow(page, target.email).getByText('Confidential').waitFor();
    const changed = await fetch(`${server.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: target.email, password: WEB_TEST_PASSWORD }),
    });
    // An editor must enroll in MFA: the new role is in force.
    expect(((await changed.json()) as { stage: string }).stage).toBe('enroll');

    await page.getByRole('button', { name: `Actions for ${admin.email}` }).click();
    expect(
      await page.getByRole('menuitem', { name: 'Change role and clearance' }).getAttribute('data-disabled'),
    ).toBe('true');
    await page.keyboard.press('Escape');
    expectClean();
    await context.close();
  }, 60_000);

  it('disables and enables a user, resets their MFA, and makes a reset link they use with a code', async () => {
    const admin = await server.createUser({ email: 'admin-accounts@example.org' });
    const target = await server.createUser({ email: 'lost-phone@example.org', role: 'researcher' });
    const context = await browser.newContext();
    const { page, expectClean } = await openPage(context);
    await signIn(page, server.url, admin);
    await openAdmin(page, server.url);
    const row = userRow(page, target.email);

    await chooseUserAction(page, target.email, 'Disable');
    const disable = page.getByRole('dialog', { name: `Disable ${target.email}?` });
    await expectAccessible(page, 'disable confirmation');
    await screenshot(page, 'admin-disable-confirm');
    await disable.getByRole('button', { name: 'Disable' }).click();
    await row.getByText('Disabled').waitFor();
    expect((await apiSignIn(server, target.email, WEB_TEST_PASSWORD)).status).toBeGreaterThanOrEqual(400);
    await chooseUserAction(page, target.email, 'Enable');
    await page
      .getByRole('dialog', { name: `Enable ${target.email}?` })
      .getByRole('button', { name: 'Enable' })
      .click();
    await row.getByText('Active').waitFor();
    expect(await apiSignIn(server, target.email, WEB_TEST_PASSWORD)).toEqual({ status: 200, stage: 'mfa' });

    await chooseUserAction(page, target.email, 'Password-reset link');
    await page
      .getByRole('dialog', { name: /^Make a password-reset link/ })
      .getByRole('button', { name: 'Make link' })
      .click();
    const link = (await page.getByTestId('reset-link').textContent()) ?? '';
    expect(link).toMatch(/\/reset-password#token=.+/);
    await page
      .getByRole('dialog', { name: 'Password-reset link' })
      .getByText(/authenticator app/)
      .waitFor();
    await page.getByRole('button', { name: 'Done' }).click();

    const person = await openPage(await browser.newContext());
    await person.page.goto(onTestServer(server, link));
    await person.page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    const password = 'a fresh passphrase after all';
    await person.page.getByLabel(/^New password/).fill(password);
    await person.page.getByLabel(/^Repeat the new password/).fill(password);
    await person.page.getByRole('button', { name: 'Set new password' }).click();
    // MFA is on for this account: without a code the server refuses, and the link stays usable.
    await person.page.getByText('Enter a current authenticator code or an unused recovery code.').waitFor();
    await expectAccessible(person.page, 'reset password');
    await screenshot(person.page, 'reset-password');
    await person.page.getByLabel(/^Authenticator code/).fill(totpCode(target.totpSecret ?? '', new Date()));
    await person.page.getByRole('button', { name: 'Set new password' }).click();
    await person.page.waitForURL(/\/sign-in$/);
    expect(await apiSignIn(server, target.email, password)).toEqual({ status: 200, stage: 'mfa' });

    await chooseUserAction(page, target.email, 'Reset two-step verification');
    await page
      .getByRole('dialog', { name: `Reset two-step verification of ${target.email}?` })
      .getByRole('button', { name: 'Reset' })
      .click();
    await page.getByText(`Two-step verification of ${target.email} was reset.`).waitFor();
    await row.getByText('Off').waitFor();
    expect((await apiSignIn(server, target.email, password)).stage).toBe('active');
    expectClean();
    person.expectClean();
    await context.close();
    await person.page.context().close();
  }, 90_000);

  it('lists and adds organizations, refusing a duplicate name', async () => {
    const admin = await server.createUser({ email: 'admin-orgs@example.org' });
    const context = await browser.newContext();
    const { page, expectClean } = await openPage(context);
    await signIn(page, server.url, admin);
    await openAdmin(page, server.url);
    await page.getByRole('tab', { name: 'Organizations' }).click();
    await page.waitForURL(/\?tab=organizations$/);
    const orgs = page.getByTestId('orgs');
    await orgs.getByText('Web test coalition').waitFor();
    const form = page.getByRole('region', { name: 'Add an organization' });
    await form.getByRole('button', { name: 'Add' }).click();
    await form.getByText("Enter the organization's name.").waitFor();
    await form.getByLabel(/^Name/).fill('Partner NGO');
    await form.getByRole('button', { name: 'Add' }).click();
    await page.getByText('Organization "Partner NGO" added.').waitFor();
    await orgs.getByRole('row', { name: /Partner NGO/ }).waitFor();
    await form.getByLabel(/^Name/).fill('Partner NGO');
    await form.getByRole('button', { name: 'Add' }).click();
    await form.getByText('An organization named "Partner NGO" already exists.').waitFor();
    expect(await orgs.getByRole('row', { name: /Partner NGO/ }).count()).toBe(1);
    await expectAccessible(page, 'admin organizations');
    await screenshot(page, 'admin-organizations');
    expectClean();
    await context.close();
  }, 60_000);

  it('tells a user who is not an administrator that the page is not for them', async () => {
    const user = await server.createUser({
      email: 'not-admin@example.org',
      role: 'researcher',
      withMfa: false,
    });
    const context = await browser.newContext();
    const { page, expectClean } = await openPage(context);
    await signIn(page, server.url, user);
    await openAdmin(page, server.url);
    await page.getByRole('alert').getByText('Administrators only').waitFor();
    expect(await page.getByRole('tab').count()).toBe(0);
    await expectAccessible(page, 'admin forbidden');
    expectClean();
    await context.close();
  }, 60_000);
});
