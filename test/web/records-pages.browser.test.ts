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
import { startWebServer, type WebServer, type WebUser } from './support/web-server.ts';

interface RecordJson {
  id: string;
  version: number;
  [field: string]: unknown;
}

async function apiGet<T>(page: Page, base: string, path: string): Promise<T> {
  const response = await page.request.get(`${base}${path}`);
  if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A write through the page's session with its CSRF token, as the app sends it. */
async function apiPost<T>(page: Page, base: string, path: string, body: unknown): Promise<T> {
  const { csrfToken } = await apiGet<{ csrfToken: string }>(page, base, '/api/auth/session');
  const response = await page.request.post(`${base}${path}`, {
    data: body,
    headers: { 'x-csrf-token': csrfToken },
  });
  if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

async function firstId(page: Page, base: string, path: string): Promise<string> {
  const page1 = await apiGet<{ items: RecordJson[] }>(page, base, path);
  const id = page1.items[0]?.id;
  if (!id) throw new Error(`nothing at ${path}`);
  return id;
}

async function choose(page: Page, label: RegExp, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
}

describeInBrowser('record pages of every type, sharing, publishing and what a reader may not see', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let expectClean: () => void;
  let reader: WebUser;

  beforeAll(async () => {
    server = await startWebServer({ demo: true });
    browser = await launchChromium();
    const admin = await server.createUser({ email: 'records-admin@example.org', role: 'administrator' });
    reader = await server.createUser({
      email: 'records-reader@example.org',
      role: 'researcher',
      clearance: 'internal',
    });
    context = await browser.newContext();
    ({ page, expectClean } = await openPage(context));
    await signIn(page, server.url, admin);
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('shows Mamay’s case with its derived status, footnotes and the disputed sentence side by side', async () => {
    const caseId = await firstId(page, server.url, '/api/cases?q=Mamay');
    await page.goto(`${server.url}/cases/${caseId}`);
    await page.getByRole('heading', { level: 1, name: 'Zhanbolat Mamay' }).waitFor();
    await page.getByTestId('derived-status').waitFor();
    // RFE/RL and Bureau differ on the fine: both stay, side by side, neither preferred.
    await page.getByText('Sources disagree').first().waitFor();
    await expect.poll(() => page.getByTestId('claim').count()).toBeGreaterThanOrEqual(2);
    const markers = page.getByTestId('citation-marker');
    await expect.poll(() => markers.count()).toBeGreaterThanOrEqual(6);
    await markers.first().click();
    await page.getByRole('link', { name: 'Amnesty UK' }).first().waitFor();
    await expectAccessible(page, 'demo case page');
    await screenshot(page, 'records-demo-case');

    await page.goto(`${server.url}/cases/${caseId}/edit`);
    await page.getByRole('heading', { level: 1, name: /Zhanbolat Mamay/ }).waitFor();
    expect(await page.getByTestId('timeline-step').count()).toBe(6);
    await expectAccessible(page, 'case editor');
    await screenshot(page, 'records-demo-case-editor');
    expectClean();
  }, 150_000);

  it('reads every other type through its page, with axe on each', async () => {
    const screens: Array<[string, string, string]> = [
      ['persons', '/api/persons?q=Mamay', 'Zhanbolat Mamay'],
      ['events', '/api/events?q=January', 'January 2022 Events'],
      ['organizations', '/api/organizations?q=Democratic', 'Democratic Party of Kazakhstan'],
      ['proceedings', '/api/proceedings?limit=1', ''],
      ['legal-instruments', '/api/legal-instruments?q=national', 'Uzbekistan "national partner" decree'],
      ['sources', '/api/sources?q=Amnesty', 'Amnesty UK'],
    ];
    for (const [segment, query, title] of screens) {
      const id = await firstId(page, server.url, query);
      await page.goto(`${server.url}/${segment}/${id}`);
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      if (title) expect(await heading.textContent()).toBe(title);
      await expectAccessible(page, `${segment} page`);
      await screenshot(page, `records-demo-${segment}`);
    }
    // The event's figures are edited as claims side by side: another source, another number.
    const eventId = await firstId(page, server.url, '/api/events?q=January');
    await page.goto(`${server.url}/events/${eventId}/edit`);
    await page.getByLabel(/^Number 4 \(figure 1\)/).waitFor();
    await expectAccessible(page, 'event editor');
    await screenshot(page, 'records-event-editor');
    await page.getByRole('button', { name: 'Another source gives another number' }).first().click();
    await page.getByLabel(/^Number 5 \(figure 1\)/).fill('240');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(`${server.url}/events/${eventId}`);
    const event = await apiGet<{ figures: Array<{ claims: Array<{ value: number }> }> }>(
      page,
      server.url,
      `/api/events/${eventId}`,
    );
    expect(event.figures[0]?.claims.map((claim) => claim.value)).toEqual([238, 225, 230, 232, 240]);

    // The other editors, with their dated, sourced lists (registration history, provisions).
    for (const [segment, query, list] of [
      ['organizations', '/api/organizations?q=Democratic', 'Registration history'],
      ['legal-instruments', '/api/legal-instruments?q=national', 'Provisions'],
      ['proceedings', '/api/proceedings?limit=1', 'Cases of the defendants'],
    ] as const) {
      const id = await firstId(page, server.url, query);
      await page.goto(`${server.url}/${segment}/${id}/edit`);
      await page.getByText(list, { exact: true }).first().waitFor();
      await expectAccessible(page, `${segment} editor`);
      await screenshot(page, `records-${segment}-editor`);
    }

    // The person page gives each name with its script.
    const mamay = await firstId(page, server.url, '/api/persons?q=Mamay');
    await page.goto(`${server.url}/persons/${mamay}`);
    await page.getByRole('cell', { name: 'Жанболат Мамай' }).waitFor();
    await page.getByRole('cell', { name: 'Cyrillic' }).waitFor();

    // The same page in Kazakh: labels, enums and dates from the records catalogue, then back.
    await page.evaluate(() => localStorage.setItem('docket.language', 'kk'));
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Дереккөздер' }).waitFor();
    await page.getByText('Оппозициялық саясаткер').waitFor();
    await expectAccessible(page, 'person page in Kazakh');
    await screenshot(page, 'records-demo-persons-kk');
    await page.evaluate(() => localStorage.setItem('docket.language', 'en'));
    expectClean();
  }, 150_000);

  it('creates a source, marks records and fields sensitive, shares a person, and hides its withheld fields from a reader', async () => {
    await page.goto(`${server.url}/sources/new`);
    await page.getByRole('heading', { level: 1, name: 'New source' }).waitFor();
    await expectAccessible(page, 'new source');
    await page.getByLabel(/^Title/).fill('Interview with a relative (demo)');
    await choose(page, /^Type/, 'Interview');
    await page.getByLabel(/^Published on/).fill('2023-02');
    await screenshot(page, 'records-source-editor');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/sources\/[0-9a-f-]{36}$/);
    const sourceId = page.url().split('/').pop() ?? '';
    const source = await apiGet<RecordJson>(page, server.url, `/api/sources/${sourceId}`);
    expect([source.title, source.kind, source.publishedOn]).toEqual([
      'Interview with a relative (demo)',
      'interview',
      '2023-02',
    ]);

    await page.goto(`${server.url}/sources/${sourceId}/edit`);
    await choose(page, /^Sensitivity of the record/, 'Confidential');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(`${server.url}/sources/${sourceId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByText('Confidential', { exact: true }).count()).toBeGreaterThan(0);
    expect((await apiGet<RecordJson>(page, server.url, `/api/sources/${sourceId}`)).sensitivity).toBe(
      'confidential',
    );

    const person = await apiPost<RecordJson>(page, server.url, '/api/persons', {
      names: [{ text: 'Demo Witness Relative', kind: 'primary' }],
      contacts: [{ kind: 'phone', value: '+7 700 000 00 00', note: null }],
      whereabouts: 'A safe house (demo)',
      consentBasis: 'consent-recorded',
    });
    await page.goto(`${server.url}/persons/${person.id}/edit`);
    await page.getByLabel(/^Internal notes/).fill('Met the family (demo).');
    await choose(page, /^Sensitivity of Internal notes/, 'Confidential');
    await choose(page, /^Sensitivity of Biography/, 'Secret');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(`${server.url}/persons/${person.id}`);
    // Secret whereabouts (the type's default) and notes marked confidential say so beside the field.
    await page.locator('[data-field="whereabouts"]').getByText('Secret').waitFor();
    await page.locator('[data-field="notes"]').getByText('Confidential').waitFor();
    const stored = await apiGet<RecordJson>(page, server.url, `/api/persons/${person.id}`);
    expect(stored.fieldSensitivity).toMatchObject({ biography: 'secret', notes: 'confidential' });
    // Administrators share but do not publish (an editor's action): the page offers only what they may do.
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Share' }).click();
    const drawer = page.getByRole('dialog', { name: 'Sharing and sensitivity' });
    await choose(page, /^Share with an organization or a person/, 'User');
    await choose(page, /^Who/, /records-reader/);
    await expectAccessible(page, 'sharing drawer');
    await screenshot(page, 'records-sharing');
    await drawer.getByRole('button', { name: 'Share', exact: true }).click();
    await drawer.getByRole('button', { name: 'Stop sharing' }).waitFor();
    const grants = await apiGet<{ items: Array<Record<string, unknown>> }>(
      page,
      server.url,
      `/api/persons/${person.id}/grants`,
    );
    expect(grants.items).toEqual([
      expect.objectContaining({ granteeType: 'user', access: 'read', clearance: 'internal' }),
    ]);
    await drawer.getByRole('button', { name: 'Close' }).click();
    expectClean();

    // A reader cleared for internal fields, to whom the record is shared: the secret and
    // confidential fields are not blank on the page, they are not there at all.
    const readerContext = await browser.newContext();
    const watched = await openPage(readerContext);
    await signIn(watched.page, server.url, reader);
    await watched.page.goto(`${server.url}/persons/${person.id}`);
    await watched.page.getByRole('heading', { level: 1, name: 'Demo Witness Relative' }).waitFor();
    const seen = await apiGet<RecordJson & { redacted: string[] }>(
      watched.page,
      server.url,
      `/api/persons/${person.id}`,
    );
    expect(seen.redacted).toEqual(expect.arrayContaining(['contacts', 'whereabouts', 'notes']));
    expect(await watched.page.locator('[data-field="whereabouts"]').count()).toBe(0);
    expect(await watched.page.locator('[data-field="contacts"]').count()).toBe(0);
    expect(await watched.page.locator('[data-field="notes"]').count()).toBe(0);
    expect(await watched.page.getByText('A safe house').count()).toBe(0);
    expect(await watched.page.getByRole('button', { name: 'Share' }).count()).toBe(0);
    await expectAccessible(watched.page, 'person page for a reader');
    await screenshot(watched.page, 'records-person-reader');
    watched.expectClean();
    await readerContext.close();
  }, 150_000);
});
