import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPerson, updatePerson } from '../../src/modules/persons/person.operations.ts';
import {
  describeInBrowser,
  expectAccessible,
  launchChromium,
  openPage,
  screenshot,
  signIn,
} from './support/browser.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

describeInBrowser('record history', () => {
  let server: WebServer;
  let browser: Browser;
  let personId: string;
  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchChromium();
    // Three versions made directly through the operations: created, a Latin alias added and the
    // birth date made less precise, then gender, occupations and a secret whereabouts changed.
    const created = await createPerson(server.ctx, {
      names: [{ text: 'Жанболат Мамай', kind: 'primary' }],
      gender: 'male',
      birthDate: '1987-05-01',
      occupations: ['journalist'],
    });
    personId = created.id;
    await updatePerson(server.ctx, personId, {
      version: 1,
      names: [
        { text: 'Жанболат Мамай', kind: 'primary' },
        { text: 'Zhanbolat Mamay', kind: 'alias' },
      ],
      birthDate: '1987',
    });
    await updatePerson(server.ctx, personId, {
      version: 2,
      gender: 'unknown',
      occupations: ['journalist', 'activist'],
      whereabouts: 'Hiding near Almaty',
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows each revision as a readable diff and restores an old one as a new revision', async () => {
    const editor = await server.createUser({ email: 'history-editor@example.org', role: 'editor' });
    const context = await browser.newContext();
    const { page, expectClean } = await openPage(context);
    await signIn(page, server.url, editor);
    await page.goto(`${server.url}/persons/${personId}/history`);
    await page.getByRole('heading', { level: 1, name: 'History of Жанболат Мамай' }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Version 3',
      'Version 2',
      'Version 1',
    ]);
    const version2 = page.getByRole('article', { name: 'Version 2' });
    // The alias reads as an added name with its kind, not as a JSON dump of the list.
    await expect.poll(() => version2.textContent()).toContain('Zhanbolat Mamay');
    expect(await version2.textContent()).toContain('added');
    expect(await version2.textContent()).not.toContain('{"text"');
    expect(await page.getByRole('article', { name: 'Version 3' }).textContent()).toContain(
      'Hiding near Almaty',
    );
    expect(await page.getByRole('link', { name: 'Back to the record' }).getAttribute('href')).toBe(
      `/persons/${personId}`,
    );
    await expectAccessible(page, 'history');
    await screenshot(page, 'history');

    await version2.page().getByRole('button', { name: 'Restore version 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore version 1?' });
    await dialog.waitFor();
    // axe reads colours as drawn: wait for the dialog's fade-in to finish.
    await expect.poll(() => dialog.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    // The confirmation shows what the restore would change in the current record.
    expect(await dialog.textContent()).toContain('Date of birth');
    await expectAccessible(page, 'history restore dialog');
    await screenshot(page, 'history-restore-dialog');
    await dialog.getByRole('button', { name: 'Restore version 1' }).click();
    await page.getByText('Version 1 was restored as the new version 4.').first().waitFor();
    await page.getByRole('article', { name: 'Version 4' }).getByText('Restored from version 1').waitFor();
    await expectAccessible(page, 'history after a restore');
    await screenshot(page, 'history-restored');

    const response = await page.request.get(`${server.url}/api/persons/${personId}`);
    expect(response.status()).toBe(200);
    const person = (await response.json()) as Record<string, unknown>;
    expect(person).toMatchObject({
      version: 4,
      gender: 'male',
      birthDate: '1987-05-01',
      occupations: ['journalist'],
      whereabouts: null,
    });
    expect(person.names).toEqual([expect.objectContaining({ text: 'Жанболат Мамай', kind: 'primary' })]);
    expectClean();
    await context.close();
  }, 120_000);

  it('leaves out what the reader may not see instead of showing it blank', async () => {
    const researcher = await server.createUser({
      email: 'history-reader@example.org',
      role: 'researcher',
      clearance: 'confidential',
    });
    const context = await browser.newContext();
    const { page, expectClean } = await openPage(context);
    await signIn(page, server.url, researcher);
    await page.goto(`${server.url}/persons/${personId}/history`);
    await page.getByRole('heading', { level: 1, name: 'History of Жанболат Мамай' }).waitFor();
    await page.getByRole('article', { name: 'Version 3' }).waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain('Hiding near Almaty');
    // Version 3 changed the whereabouts too; for this reader that change is absent, not a blank row.
    const version3 = (await page.getByRole('article', { name: 'Version 3' }).textContent()) ?? '';
    expect(version3).toContain('Occupations');
    expect(version3).not.toContain('Whereabouts');
    await expectAccessible(page, 'history, lower clearance');
    await screenshot(page, 'history-lower-clearance');
    expectClean();
    await context.close();
  }, 120_000);
  it('refuses a restore over a change saved meanwhile, shows it, and restores on a second confirmation', async () => {
    const created = await createPerson(server.ctx, { names: [{ text: 'Арман Оспанов' }], gender: 'male' });
    await updatePerson(server.ctx, created.id, { version: 1, gender: 'female' });
    const editor = await server.createUser({ email: 'history-conflict@example.org', role: 'editor' });
    const context = await browser.newContext();
    const { page, expectClean } = await openPage(context);
    await signIn(page, server.url, editor);
    await page.goto(`${server.url}/persons/${created.id}/history`);
    await page.getByRole('button', { name: 'Restore version 1' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore version 1?' });
    await dialog.waitFor();
    // Someone else saves while the dialog is open.
    await updatePerson(server.ctx, created.id, { version: 2, notes: 'Changed meanwhile' });
    await dialog.getByRole('button', { name: 'Restore version 1' }).click();
    await dialog.getByText('The record changed meanwhile').waitFor();
    // The dialog now compares against the newer record, which has the notes.
    await expect.poll(() => dialog.textContent()).toContain('Changed meanwhile');
    await dialog.getByRole('button', { name: 'Restore version 1' }).click();
    await page.getByText('Version 1 was restored as the new version 4.').first().waitFor();
    const response = await page.request.get(`${server.url}/api/persons/${created.id}`);
    expect(await response.json()).toMatchObject({ version: 4, gender: 'male', notes: null });
    expectClean();
    await context.close();
  }, 120_000);
});
