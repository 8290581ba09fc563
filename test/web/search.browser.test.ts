import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pdfWithPages } from '../../src/modules/documents/extract/fixtures.test-helper.ts';
import {
  describeInBrowser,
  expectAccessible,
  launchChromium,
  openPage,
  screenshot,
  signIn,
} from './support/browser.ts';
import { startWebServer, type WebServer, type WebUser } from './support/web-server.ts';

/** Written with the Uzbek letter ʻ (U+02BB), as Uzbek Latin spells it. */
const NAME = 'Gʻulom Oʻtkirov';
const PDF_TITLE = 'Trial monitoring notes (search test)';
const PAGES = [
  'Monitoring notes. The defendant was brought to the courtroom in handcuffs.',
  'Вторая страница. Суд приговорил журналиста к семи годам лишения свободы за его публикации.',
];
/** A source that names him as Uzbek Latin is often typed, with the ASCII apostrophe. */
const INTERVIEW = "Interview about O'tkirov in detention";
/** A second source, dated by its year alone, so the type facet counts 1 person and 2 sources. */
const APPEAL = "Appeal for O'tkirov's release";
const PHRASE = 'приговорил журналиста к семи годам';
/** A word only the confidential record holds. */
const SENTINEL = 'Zarafshonkhon';

async function axe(page: Page, screen: string): Promise<void> {
  await page.mouse.move(0, 0);
  await expectAccessible(page, screen);
}

describeInBrowser('search: one screen over records and document pages', () => {
  let server: WebServer;
  let browser: Browser;
  let partner: WebUser;
  let context: BrowserContext;
  let page: Page;
  let expectClean: () => void;
  /**
   * The document, sent before anything else and awaited only where the search needs it: the
   * server's extraction workers take seconds to start on the first file.
   */
  let ingested: Promise<{ document: { id: string } }>;

  /** Sends a write as the web app does, with the session's cookie and CSRF token. */
  async function post<T = unknown>(path: string, options: { data: unknown; raw?: boolean }) {
    const session = await page.request.get(`${server.url}/api/auth/session`);
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const headers: Record<string, string> = { 'x-csrf-token': csrfToken };
    if (options.raw) headers['content-type'] = 'application/octet-stream';
    const answer = await page.request.post(`${server.url}${path}`, { headers, data: options.data });
    expect(answer.status(), await answer.text()).toBe(201);
    return (await answer.json()) as T;
  }

  const person = (text: string, sensitivity: string) => ({
    names: [{ text, script: 'Latn', language: null, kind: 'primary' }],
    sensitivity,
    occupations: [],
    consentBasis: 'none',
  });

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchChromium();
    const editor = await server.createUser({ email: 'search-editor@example.org', role: 'editor' });
    context = await browser.newContext({ locale: 'en-GB' });
    ({ page, expectClean } = await openPage(context));
    await signIn(page, server.url, editor);
    const pdf = await pdfWithPages(PAGES, { info: { title: PDF_TITLE } });
    ingested = post('/api/documents?name=monitoring.pdf', { data: pdf, raw: true });
    // Awaited in the last test; a failure is reported there, not as an unhandled rejection.
    ingested.catch(() => {});
    [partner] = await Promise.all([
      server.createUser({ email: 'search-partner@example.org', role: 'partner', org: 'Partner group' }),
      post('/api/persons', { data: person(NAME, 'internal') }),
      post('/api/sources', {
        data: { kind: 'interview', title: INTERVIEW, publishedOn: '2023-04', sensitivity: 'internal' },
      }),
      post('/api/sources', {
        data: { kind: 'interview', title: APPEAL, publishedOn: '2021', sensitivity: 'internal' },
      }),
      post('/api/persons', { data: person(`${SENTINEL} Witness`, 'confidential') }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('finds a name written with another apostrophe and narrows it by type, all in the address', async () => {
    // From the main navigation: the screen explains itself before anything is searched.
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Search' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    await page.getByText('Type what you are looking for').waitFor();
    const box = page.getByRole('searchbox', { name: 'Words to search for' });
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);

    // Every search the screen sends: one per search, none for the facets' counts.
    const searches: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/search') searches.push(url);
    });

    // The ASCII apostrophe finds the name written with ʻ, and the sources written with '.
    await box.fill("O'tkirov");
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=O%27tkirov$/);
    const count = page.getByTestId('hit-count');
    await count.getByText('3 hits', { exact: true }).waitFor();
    const hits = page.getByTestId('hit');
    const personHit = hits.filter({ has: page.getByRole('link', { name: NAME, exact: true }) });
    await personHit.waitFor();
    expect(await personHit.locator('mark').allTextContents()).toEqual(['Oʻtkirov']);
    expect(await personHit.getByRole('heading', { level: 2 }).textContent()).toBe(NAME);
    // The name as written, without the code of its script.
    expect(await personHit.getByTestId('snippet').textContent()).toBe(NAME);
    const sourceHit = hits.filter({ has: page.getByRole('link', { name: INTERVIEW, exact: true }) });
    expect(await sourceHit.locator('mark').allTextContents()).toEqual(["O'tkirov"]);
    // Each date as precise as the record gives it: a month, a year.
    await sourceHit.getByText('April 2023', { exact: true }).waitFor();
    const appealHit = hits.filter({ has: page.getByRole('link', { name: APPEAL, exact: true }) });
    await appealHit.getByText('2021', { exact: true }).waitFor();
    await axe(page, 'search results with facets');
    await screenshot(page, 'search-results');

    // A facet: the address and the count follow; the chip removes it; Back and Forward step through.
    const types = page.getByTestId('facet-type');
    const personType = types.getByRole('checkbox', { name: /^Person\s*1$/ });
    const sourceType = types.getByRole('checkbox', { name: /^Source\s*2$/ });
    await sourceType.waitFor();
    searches.length = 0;
    await personType.click();
    await page.waitForURL(/\/search\?q=O%27tkirov&type=person$/);
    await expect.poll(() => personType.isChecked()).toBe(true);
    await count.getByText('1 hit', { exact: true }).waitFor();
    expect(await hits.count()).toBe(1);
    // The group still lists the other type with its count, as if no type were chosen: all from the
    // one search, whose facets the server counts so.
    await sourceType.waitFor();
    expect(await sourceType.isChecked()).toBe(false);
    expect(await personType.isChecked()).toBe(true);
    expect(searches.map((url) => url.searchParams.getAll('type'))).toEqual([['person']]);
    const chip = page.getByRole('button', { name: 'Remove the filter Type: Person' });
    await chip.waitFor();
    await axe(page, 'search narrowed by a facet');
    await page.goBack();
    await page.waitForURL(/\/search\?q=O%27tkirov$/);
    await count.getByText('3 hits', { exact: true }).waitFor();
    await page.goForward();
    await count.getByText('1 hit', { exact: true }).waitFor();
    await chip.click();
    await page.waitForURL(/\/search\?q=O%27tkirov$/);
    await count.getByText('3 hits', { exact: true }).waitFor();

    // Words with no letters or digits: one message, in the interface language, saying what to type.
    await box.fill('!!!');
    await box.press('Enter');
    const problem = page.getByTestId('search-problem');
    await problem.getByRole('alert').waitFor();
    expect(await problem.getByRole('alert').count()).toBe(1);
    const noWords = 'There are no letters or digits to search for: type a word, a "phrase" or a prefix*.';
    expect(await problem.getByText(noWords, { exact: true }).count()).toBe(1);
    expect(await problem.getByText(/Type a word|invalid fields/).count()).toBe(0);

    // The editor's organization sees its confidential record.
    await box.fill(SENTINEL);
    await box.press('Enter');
    await count.getByText('1 hit', { exact: true }).waitFor();
    expectClean();
  });

  it('shows a partner no unshared record: no hits', async () => {
    const partnerContext = await browser.newContext({ locale: 'en-GB' });
    const watched = await openPage(partnerContext);
    await signIn(watched.page, server.url, partner);
    await watched.page.goto(`${server.url}/search?q=${SENTINEL}`);
    await watched.page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    await watched.page.getByText(`No hits for “${SENTINEL}”`).waitFor();
    await watched.page.getByText('0 hits', { exact: true }).waitFor();
    expect(await watched.page.getByTestId('hit').count()).toBe(0);
    // Nor the internal person and source.
    await watched.page.goto(`${server.url}/search?q=${encodeURIComponent("O'tkirov")}`);
    await watched.page.getByText(/^No hits for/).waitFor();
    await axe(watched.page, 'search with no hits');
    watched.expectClean();
    await partnerContext.close();
  });

  it('finds a quoted Russian phrase on page 2 and opens the viewer there with the words marked', async () => {
    const pdfId = (await ingested).document.id;
    const box = page.getByRole('searchbox', { name: 'Words to search for' });
    await box.fill(`"${PHRASE}"`);
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=%22/);
    const count = page.getByTestId('hit-count');
    await count.getByText('1 hit', { exact: true }).waitFor();
    const hit = page.getByTestId('hit').filter({ hasText: 'Page 2' });
    await hit.waitFor();
    expect((await hit.locator('mark').allTextContents()).join(' ')).toBe(PHRASE);
    await screenshot(page, 'search-phrase');
    await hit.getByRole('link', { name: PDF_TITLE }).click();
    await page.waitForURL(new RegExp(`/documents/${pdfId}\\?page=2&quote=`));
    await page.getByTestId('page-of').getByText('Page 2 of 2').waitFor();
    expect((await page.getByTestId('quote-mark').textContent())?.replace(/\s+/g, ' ')).toBe(PHRASE);
    await page.goBack();
    await count.getByText('1 hit', { exact: true }).waitFor();
    expectClean();
  });
});
