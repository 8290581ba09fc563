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

interface RecordJson {
  id: string;
  version: number;
  [field: string]: unknown;
}

/** A JSON read through the page's own session, as the signed-in user sees it. */
async function apiGet<T>(page: Page, base: string, path: string): Promise<T> {
  const response = await page.request.get(`${base}${path}`);
  if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Picks an option of a Mantine select by the select's label, typing first when it searches. */
async function choose(page: Page, label: RegExp, option: string | RegExp, search?: string): Promise<void> {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  if (search) await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

const idFrom = (url: string) => /\/(?:persons|cases)\/([0-9a-f-]{36})/.exec(url)?.[1] ?? '';

describeInBrowser('record pages and editors', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let expectClean: () => void;
  let personId = '';

  beforeAll(async () => {
    server = await startWebServer({ demo: true });
    browser = await launchChromium();
    const user = await server.createUser({ email: 'records-editor@example.org', role: 'editor' });
    context = await browser.newContext();
    ({ page, expectClean } = await openPage(context));
    await signIn(page, server.url, user);
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('creates a person with a Cyrillic name and a Latin alias, refusing a bad partial date first', async () => {
    await page.goto(`${server.url}/persons/new`);
    await page.getByRole('heading', { level: 1, name: 'New person' }).waitFor();
    await expectAccessible(page, 'new person');
    await page.getByLabel(/^Name 1/).fill('Айгуль Нурланова');
    await expect.poll(() => page.getByText('Detected: Cyrillic').count()).toBeGreaterThan(0);
    await choose(page, /^Language of name 1/, 'Kazakh');
    await page.getByRole('button', { name: 'Add a name in another script' }).click();
    await page.getByLabel(/^Name 2/).fill('Aigul Nurlanova');
    await expect
      .poll(() => page.getByRole('combobox', { name: /^Kind of name 2/ }).inputValue())
      .toBe('Alias');
    await page.getByLabel(/^Date of birth/).fill('1985-13');
    await choose(page, /^Occupations/, 'Journalist');
    await page.getByRole('button', { name: 'Save' }).click();
    // The API's own schema, run in the browser, refuses the month 13 before anything is sent.
    await page.getByText('must be a date as YYYY, YYYY-MM or YYYY-MM-DD').first().waitFor();
    await screenshot(page, 'records-person-editor-errors');
    await page.getByLabel(/^Date of birth/).fill('1985-03');
    await page.getByText('Reads as: March 1985').waitFor();
    await screenshot(page, 'records-person-editor');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/persons\/[0-9a-f-]{36}$/);
    personId = idFrom(page.url());
    await page.getByRole('heading', { level: 1, name: 'Айгуль Нурланова' }).waitFor();
    // Nothing cites the new facts yet, and the page says so.
    await expect.poll(() => page.getByTestId('uncited').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'person page');
    await screenshot(page, 'records-person-page');
    // Each field offers its own citation form, opened on that field.
    await page.getByRole('button', { name: 'Cite a source for Date of birth' }).click();
    const citeDialog = page.getByRole('dialog', { name: 'Cite a source' });
    await expect
      .poll(() => citeDialog.getByRole('combobox', { name: /^What it supports/ }).inputValue())
      .toBe('Date of birth');
    await citeDialog.getByRole('button', { name: 'Cancel' }).click();
    await citeDialog.waitFor({ state: 'hidden' });

    const person = await apiGet<RecordJson>(page, server.url, `/api/persons/${personId}`);
    expect(person.names).toEqual([
      { text: 'Айгуль Нурланова', script: 'Cyrl', language: 'kk', kind: 'primary' },
      { text: 'Aigul Nurlanova', script: 'Latn', language: null, kind: 'alias' },
    ]);
    expect(person.birthDate).toBe('1985-03');
    expect(person.occupations).toEqual(['journalist']);

    // An editor publishes and unpublishes; the page follows the record's state.
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published', { exact: true }).waitFor();
    expect((await apiGet<RecordJson>(page, server.url, `/api/persons/${personId}`)).isPublished).toBe(true);
    await page.getByRole('button', { name: 'Unpublish' }).click();
    await page.getByText('Not published', { exact: true }).waitFor();
    expect((await apiGet<RecordJson>(page, server.url, `/api/persons/${personId}`)).isPublished).toBe(false);
    expectClean();
  }, 150_000);

  it('records a detention with a timeline, shows the derived status, and cites a source for it', async () => {
    await page.goto(`${server.url}/cases/new?victim=${personId}`);
    await page.getByRole('heading', { level: 1, name: 'New case' }).waitFor();
    await expect
      .poll(() => page.getByRole('combobox', { name: /^Victim/ }).inputValue())
      .toBe('Айгуль Нурланова');
    await page.getByLabel(/^Title/).fill('Detention of Aigul Nurlanova');
    await page.getByLabel(/^Country/).fill('kz');
    await page.getByRole('button', { name: 'Add a step' }).click();
    await page.getByLabel(/^Date of step 1/).fill('2022-01-06');
    await choose(page, /^Source of step 1/, 'Amnesty UK', 'Amnesty');
    await page.getByRole('button', { name: 'Add a step' }).click();
    await choose(page, /^What happened \(step 2\)/, 'Pre-trial detention');
    await page.getByLabel(/^Date of step 2/).fill('2022-01');
    await page.getByText('Reads as: January 2022').waitFor();
    // The status is derived as the steps are typed, never typed itself.
    await expect.poll(() => page.getByTestId('derived-status').textContent()).toBe('In pre-trial detention');
    await page.getByRole('button', { name: 'Add a charge' }).click();
    await page.getByLabel(/^Article of charge 1/).fill('274.2');
    await page.getByLabel(/^What charge 1 is about/).fill('false information');
    await page.getByRole('button', { name: 'Add an assessment' }).click();
    await page.getByLabel(/^Date \(assessment 1\)/).fill('2022-06');
    await page.getByLabel(/^Assessed by \(assessment 1\)/).fill('A demo monitoring group');
    // Opened from the keyboard: the form's sticky save bar may cover the field's lower edge.
    await page.getByRole('combobox', { name: /^PACE 1900 criteria met \(assessment 1\)/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'c', exact: true }).click();
    await page.keyboard.press('Escape');
    await expectAccessible(page, 'new case');
    await screenshot(page, 'records-case-editor');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const caseId = idFrom(page.url());
    await page.getByRole('heading', { level: 1, name: 'Detention of Aigul Nurlanova' }).waitFor();
    await expect.poll(() => page.getByTestId('derived-status').textContent()).toBe('In pre-trial detention');
    await expect.poll(() => page.getByTestId('timeline').getByRole('row').count()).toBe(3);

    await page.getByRole('button', { name: 'Cite a source', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite a source' });
    await choose(page, /^What it supports/, 'Timeline');
    await choose(page, /^Source/, 'Human Rights Watch, 5 May 2022', 'Human Rights');
    await dialog.getByLabel(/^Where in the source/).fill('p. 3');
    await dialog
      .getByLabel(/^What the source says/)
      .fill('Reports her arrest on 6 January 2022 and her detention.');
    await expectAccessible(page, 'citation dialog');
    await dialog.getByRole('button', { name: 'Add the citation' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const marker = page.getByRole('button', { name: 'Source 1: Human Rights Watch, 5 May 2022' }).first();
    await marker.click();
    await page.getByText('Reports her arrest on 6 January 2022 and her detention.').first().waitFor();
    await expectAccessible(page, 'case page with a footnote open');
    await screenshot(page, 'records-case-page');

    const stored = await apiGet<
      RecordJson & { timeline: Array<Record<string, unknown>>; derived: { status: string } }
    >(page, server.url, `/api/cases/${caseId}`);
    expect(stored.victimId).toBe(personId);
    expect(stored.country).toBe('KZ');
    expect(stored.derived.status).toBe('pre-trial-detention');
    expect(stored.timeline.map((step) => [step.kind, step.date])).toEqual([
      ['arrest', [{ value: '2022-01-06', sourceId: null, isPreferred: false }]],
      ['pre-trial-detention', [{ value: '2022-01', sourceId: null, isPreferred: false }]],
    ]);
    expect(stored.timeline[0]?.sourceId).toEqual(expect.any(String));
    expect(stored.assessments).toEqual([
      expect.objectContaining({ date: '2022-06', assessorName: 'A demo monitoring group', criteria: ['c'] }),
    ]);
    expect(stored.charges).toEqual([
      expect.objectContaining({ article: '274.2', description: 'false information' }),
    ]);
    const citations = await apiGet<{ items: Array<Record<string, unknown>> }>(
      page,
      server.url,
      `/api/citations?recordType=case&recordId=${caseId}`,
    );
    expect(citations.items).toEqual([
      expect.objectContaining({
        field: 'timeline',
        locator: 'p. 3',
        quote: null,
        summary: expect.stringContaining('6 January 2022'),
      }),
    ]);
    expectClean();
  }, 150_000);

  it('merges two people’s saves of one record, keeping both edits', async () => {
    const other = await server.createUser({ email: 'records-other@example.org', role: 'editor' });
    const third = await server.createUser({ email: 'records-third@example.org', role: 'editor' });
    const contexts = [await browser.newContext(), await browser.newContext()];
    const [first, second] = await Promise.all(contexts.map((c) => openPage(c)));
    if (!first || !second) throw new Error('two pages expected');
    await signIn(first.page, server.url, other);
    await signIn(second.page, server.url, third);
    const start = await apiGet<RecordJson>(first.page, server.url, `/api/persons/${personId}`);
    for (const { page: p } of [first, second]) {
      await p.goto(`${server.url}/persons/${personId}/edit`);
      await p.getByLabel(/^Internal notes/).waitFor();
    }
    await first.page.getByLabel(/^Internal notes/).fill('Seen in court on 3 March.');
    await first.page.getByLabel(/^Date of birth/).fill('1985-04');
    await first.page.getByRole('button', { name: 'Save' }).click();
    await first.page.waitForURL(`${server.url}/persons/${personId}`);

    await second.page.getByLabel(/^Whereabouts/).fill('Staying with relatives.');
    await second.page.getByLabel(/^Date of birth/).fill('1985-03-15');
    await second.page.getByRole('button', { name: 'Save' }).click();
    const dialog = second.page.getByRole('dialog', { name: 'Someone else saved this record' });
    await dialog.waitFor();
    await expect
      .poll(() => dialog.getByTestId('conflict-notes').getByTestId('theirs').textContent())
      .toBe('Seen in court on 3 March.');
    await expect
      .poll(() => dialog.getByTestId('conflict-whereabouts').getByTestId('mine').textContent())
      .toBe('Staying with relatives.');
    // Both changed the date of birth: the user chooses, and their own value is the one offered first.
    const clash = dialog.getByTestId('conflict-birthDate');
    await expect.poll(() => clash.getByTestId('theirs').textContent()).toBe('1985-04');
    await expect.poll(() => clash.getByTestId('mine').textContent()).toBe('1985-03-15');
    expect(await clash.getByRole('radio', { name: 'Mine' }).isChecked()).toBe(true);
    await expectAccessible(second.page, 'conflict dialog');
    await screenshot(second.page, 'records-conflict-dialog');
    await dialog.getByRole('button', { name: 'Save the combined version' }).click();
    await second.page.waitForURL(`${server.url}/persons/${personId}`);

    const person = await apiGet<RecordJson>(second.page, server.url, `/api/persons/${personId}`);
    expect(person.notes).toBe('Seen in court on 3 March.');
    expect(person.whereabouts).toBe('Staying with relatives.');
    expect(person.birthDate).toBe('1985-03-15');
    expect(person.version).toBe(start.version + 2);
    first.expectClean();
    second.expectClean();
    await Promise.all(contexts.map((c) => c.close()));
  }, 150_000);
});
