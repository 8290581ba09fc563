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
import { startWebServer, type WebServer } from './support/web-server.ts';

/** A spreadsheet with its own column names and its own words for gender; row 3's date is wrong. */
const HEADER = 'Номер,ФИО,Пол,Родился';
const BAD_CSV = `${HEADER}\nimp-001,Айгуль Сарсенова,ж,1990-03-04\nimp-002,Ерлан Каримов,м,не помню\n`;
const FIXED_CSV = `${HEADER}\nimp-001,Айгуль Сарсенова,ж,1990-03-04\nimp-002,Ерлан Каримов,м,1985\n`;

async function mapColumn(page: Page, column: string, search: string, option: string): Promise<void> {
  const input = page.getByRole('combobox', { name: `Field for column “${column}”` });
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function importedPersons(page: Page, url: string): Promise<Array<Record<string, unknown>>> {
  const response = await page.request.get(`${url}/api/persons?limit=200`);
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: Array<Record<string, unknown>> };
  return items.filter((item) => typeof item.ref === 'string' && item.ref.startsWith('imp-'));
}

describeInBrowser('spreadsheet import', () => {
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

  it('maps columns and values, shows a bad row by its number with nothing written, then imports the fixed file', async () => {
    const researcher = await server.createUser({
      email: 'import-researcher@example.org',
      role: 'researcher',
    });
    const context = await browser.newContext();
    const { page, expectClean } = await openPage(context);
    await signIn(page, server.url, researcher);
    expect(await page.getByRole('link', { name: 'Import' }).getAttribute('href')).toBe('/import');
    await page.goto(`${server.url}/import`);
    await page.getByRole('heading', { level: 1, name: 'Import records' }).waitFor();
    await expectAccessible(page, 'import: record type');
    await screenshot(page, 'import-type');

    await page.getByRole('radio', { name: /^Persons/ }).click();
    const fileInput = page.getByLabel('Spreadsheet file');
    await fileInput.waitFor({ state: 'attached' });
    await expectAccessible(page, 'import: file');
    await screenshot(page, 'import-file');
    await fileInput.setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_CSV) });

    // The server's check named the columns it did not know; each is mapped here.
    await page.getByRole('heading', { name: 'Match your columns to Docket’s fields' }).waitFor();
    await mapColumn(page, 'Номер', 'Reference', 'Reference');
    await mapColumn(page, 'ФИО', 'item 1 › Text', 'Names › item 1 › Text');
    await mapColumn(page, 'Пол', 'Gender', 'Gender');
    await mapColumn(page, 'Родился', 'Date of birth', 'Date of birth');
    await expectAccessible(page, 'import: columns');
    await screenshot(page, 'import-columns');
    await page.getByRole('button', { name: 'Next' }).click();

    await page.getByRole('heading', { name: 'Match your values to Docket’s' }).waitFor();
    const male = page.getByRole('combobox', { name: 'How column “Пол” writes male' });
    await male.fill('м');
    await male.press('Enter');
    const female = page.getByRole('combobox', { name: 'How column “Пол” writes female' });
    await female.fill('ж');
    await female.press('Enter');
    await expectAccessible(page, 'import: values');
    await screenshot(page, 'import-values');
    await page.getByRole('button', { name: 'Check the file' }).click();

    const refused = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
    await refused.waitFor();
    const errors = page.getByTestId('import-errors');
    const rows = await errors.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^3Родился/);
    await expectAccessible(page, 'import: errors');
    await screenshot(page, 'import-errors');
    expect(await importedPersons(page, server.url)).toEqual([]);

    // The fixed file is checked again with the same mapping, then imported.
    await page
      .getByLabel('Spreadsheet file')
      .setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(FIXED_CSV) });
    await page.getByText('Every row passed the check').waitFor();
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page.getByText('Import complete').waitFor();
    expect(await page.getByText('2 created').count()).toBe(1);
    await expectAccessible(page, 'import: done');
    await screenshot(page, 'import-done');

    const persons = await importedPersons(page, server.url);
    const byRef = new Map(persons.map((person) => [person.ref, person]));
    expect(byRef.get('imp-001')).toMatchObject({ gender: 'female', birthDate: '1990-03-04' });
    expect(byRef.get('imp-002')).toMatchObject({ gender: 'male', birthDate: '1985' });
    expect(byRef.get('imp-002')?.names).toEqual([expect.objectContaining({ text: 'Ерлан Каримов' })]);
    expect(persons).toHaveLength(2);
    expectClean();
    await context.close();
  }, 120_000);

  it('tells a viewer that importing is not for their role', async () => {
    const viewer = await server.createUser({ email: 'import-viewer@example.org', role: 'viewer' });
    const context = await browser.newContext();
    const { page, expectClean } = await openPage(context);
    await signIn(page, server.url, viewer);
    await page.goto(`${server.url}/import`);
    await page.getByText('Your role cannot import').waitFor();
    await expectAccessible(page, 'import: not allowed');
    await screenshot(page, 'import-forbidden');
    expectClean();
    await context.close();
  }, 120_000);
});
