import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pdfWithPages, rasterTop } from '../../src/modules/documents/extract/fixtures.test-helper.ts';
import {
  describeInBrowser,
  expectAccessible,
  launchChromium,
  openPage,
  screenshot,
  signIn,
} from './support/browser.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

const PDF_TITLE = 'Hearing record (documents test)';
const PAGES = [
  'Page one: the hearing opened at ten in the morning.',
  'Page two: the court sentenced the journalist to seven years\nof imprisonment for his publications.',
  'Page three: the defence said it would appeal.',
];
/** As a citation would give it: another case, the line break of the page a space. */
const QUOTE = 'The Court sentenced the journalist to seven years of imprisonment';
const RUSSIAN = 'Суд приговорил журналиста к семи годам лишения свободы';
const NOTES = Buffer.from('Notes from the hearing, 10 April 2023.\n');

/** axe on the screen at rest, the pointer off the button just clicked. */
async function axe(page: Page, screen: string): Promise<void> {
  await page.mouse.move(0, 0);
  await expectAccessible(page, screen);
}

const row = (page: Page, name: string) => page.getByTestId('upload-row').filter({ hasText: name });

/** The id of the document a finished upload row links to. */
async function documentIdOf(page: Page, name: string): Promise<string> {
  const href = (await row(page, name).getByRole('link').getAttribute('href')) ?? '';
  return /\/documents\/([0-9a-f-]{36})/.exec(href)?.[1] ?? '';
}

describeInBrowser('documents: added from files, ingested, read page by page, cited at a page', () => {
  let server: WebServer;
  /** The demo server's database served again with a file store, which documents need. */
  let url = '';
  let filesDir = '';
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let expectClean: () => void;
  let pdf: Buffer;
  let scan: Buffer;
  /** Whole scanned pages, whose recognition takes seconds: time enough to stop what waits behind them. */
  let slowScans: Buffer[];

  beforeAll(async () => {
    server = await startWebServer({ demo: true });
    url = server.url;
    // Where the test lays out a folder to drop, as a user's disk would hold it.
    filesDir = mkdtempSync(join(tmpdir(), 'docket-documents-web-'));
    pdf = await pdfWithPages(PAGES, { info: { title: PDF_TITLE } });
    // A scanner's page: Russian print as a grey PNG, with no text layer for anyone to read.
    scan = await rasterTop(await pdfWithPages([RUSSIAN], {}, 20), 'png', 100, 200);
    slowScans = await Promise.all(
      ['Первая', 'Вторая'].map(async (word) =>
        rasterTop(await pdfWithPages([`${word} страница. ${RUSSIAN}. `.repeat(6)], {}, 14), 'png', 842, 200),
      ),
    );
    browser = await launchChromium();
    const editor = await server.createUser({ email: 'documents-editor@example.org', role: 'editor' });
    context = await browser.newContext();
    ({ page, expectClean } = await openPage(context));
    await signIn(page, url, editor);
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (filesDir) rmSync(filesDir, { recursive: true, force: true });
  });

  it('ingests files and a folder as batches (stopping, reloading and resuming), shows OCR text and a quote on its page, and opens a citation there', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Documents' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    await page.getByText('No documents yet').waitFor();
    await axe(page, 'documents, none yet');
    await page.getByRole('link', { name: 'Add documents' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add documents' }).waitFor();
    await page.getByText('Nothing added yet').waitFor();
    await axe(page, 'add documents, empty');

    await page.getByLabel('Choose files').setInputFiles([
      { name: 'hearing.pdf', mimeType: 'application/pdf', buffer: pdf },
      { name: 'scan.png', mimeType: 'image/png', buffer: scan },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: NOTES },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    ]);
    // Every file listed at once, the batch's id in the address; at most two are being sent at a time.
    await expect.poll(() => page.getByTestId('upload-row').count()).toBe(4);
    await page.waitForURL(/\/documents\/add\?batch=[0-9a-f-]{36}$/);
    expect(await page.locator('[data-state="sending"]').count()).toBeLessThanOrEqual(2);
    await page
      .getByTestId('upload-summary')
      .getByText('4 of 4 files dealt with.')
      .waitFor({ timeout: 45_000 });
    await page.locator('[data-testid="batch-status"][data-status="done"]').waitFor();
    for (const name of ['hearing.pdf', 'scan.png', 'notes.txt'])
      expect(await row(page, name).getAttribute('data-state')).toBe('done');
    expect(await row(page, 'empty.txt').getAttribute('data-state')).toBe('failed');
    await row(page, 'empty.txt').getByText('The file is empty (0 bytes).').waitFor();
    await axe(page, 'add documents, finished');
    await screenshot(page, 'documents-add');
    const pdfId = await documentIdOf(page, 'hearing.pdf');

    // A folder: walked to the bottom, its hidden files left out, a file already kept recognised.
    const folder = join(filesDir, 'evidence');
    mkdirSync(join(folder, 'appeal'), { recursive: true });
    writeFileSync(join(folder, 'notes.txt'), NOTES);
    writeFileSync(join(folder, '.DS_Store'), 'not a document');
    writeFileSync(join(folder, 'appeal', 'appeal.md'), '# Appeal\n\nThe appeal was lodged on 2 May 2023.\n');
    await page.getByRole('button', { name: 'Clear finished' }).click();
    await page.getByText('Nothing added yet').waitFor();
    await page.getByLabel('Choose a folder').setInputFiles(folder);
    await page.getByTestId('upload-summary').getByText('2 of 2 files dealt with.').waitFor();
    expect(await row(page, 'evidence/notes.txt').getAttribute('data-state')).toBe('duplicate');
    await row(page, 'evidence/notes.txt').getByText('Already there').waitFor();
    expect(await row(page, 'evidence/appeal/appeal.md').getAttribute('data-state')).toBe('done');
    expect(await row(page, '.DS_Store').count()).toBe(0);

    // Stop: the server holds the batch and the file behind the two being sent is not sent. A reload
    // shows the batch from the server, the file the browser no longer has asked for again; Resume
    // lets the server read what it holds, and the same files chosen again finish the same batch.
    await page.getByRole('button', { name: 'Clear finished' }).click();
    const stopped = [
      ...slowScans.map((buffer, index) => ({
        name: `page-${index + 1}.png`,
        mimeType: 'image/png',
        buffer,
      })),
      { name: 'later.txt', mimeType: 'text/plain', buffer: Buffer.from('Sent after the stop.\n') },
    ];
    // The first two files' bytes are held on their way until Stop has been pressed, so the third
    // is still waiting its turn to be sent when it is.
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const firstTwo = /\/api\/ingest-batches\/[0-9a-f-]{36}\/files\/[01]$/;
    await page.route(firstTwo, async (route) => {
      await gate;
      await route.continue();
    });
    await page.getByLabel('Choose files').setInputFiles(stopped);
    await expect.poll(() => page.locator('[data-state="sending"]').count()).toBe(2);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.locator('[data-testid="batch-status"][data-status="interrupted"]').waitFor();
    release();
    await page
      .getByText('Stopped: the server reads no more files of this batch until you send the rest.')
      .waitFor();
    await expect.poll(() => row(page, 'later.txt').getAttribute('data-state')).toBe('stopped');
    await expect.poll(() => page.locator('[data-state="sending"]').count()).toBe(0);
    await page.unroute(firstTwo);
    // Both sent, and held on the server: neither is read while the batch is stopped.
    await page
      .getByTestId('upload-summary')
      .getByText('0 of 2 files dealt with. 2 waiting to be read · 1 not sent')
      .waitFor();
    const batchUrl = page.url();
    await page.reload();
    await page.locator('[data-testid="batch-status"][data-status="interrupted"]').waitFor();
    expect(page.url()).toBe(batchUrl);
    await expect.poll(() => row(page, 'later.txt').getAttribute('data-state')).toBe('missing');
    await page
      .getByTestId('batch-missing')
      .getByText(/1 file was not sent/)
      .waitFor();
    await axe(page, 'add documents, stopped and reloaded');
    await page.getByRole('button', { name: 'Send the rest' }).click();
    await page
      .getByTestId('upload-summary')
      .getByText('2 of 2 files dealt with. 2 added · 1 not sent')
      .waitFor({
        timeout: 45_000,
      });
    await page.getByLabel('Choose files').setInputFiles(stopped);
    await page.getByTestId('upload-summary').getByText('3 of 3 files dealt with. 3 added').waitFor();
    expect(page.url()).toBe(batchUrl);
    await page.locator('[data-testid="batch-status"][data-status="done"]').waitFor();

    // The scan, opened from the list: its working copy shown (the CSP allows same-origin images),
    // its text recognised.
    await page.getByRole('link', { name: 'All documents' }).click();
    await page.getByTestId('documents').getByRole('link', { name: 'scan.png' }).click();
    await page.getByRole('heading', { level: 1, name: 'scan.png' }).waitFor();
    await page.getByTestId('ocr-badge').getByText('Recognised by OCR').waitFor();
    await expect.poll(() => page.getByTestId('page-text').textContent()).toMatch(/приговорил/i);
    await expect
      .poll(() => page.getByTestId('working-image').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Download the working copy (no EXIF or GPS)' }).waitFor();
    await axe(page, 'image document');
    await screenshot(page, 'documents-image');

    // The PDF at page 2, the quote found despite its case and spacing, and brought into view.
    await page.goto(`${url}/documents/${pdfId}?page=2&quote=${encodeURIComponent(QUOTE)}`);
    await page.getByRole('heading', { level: 1, name: 'hearing.pdf' }).waitFor();
    await page.getByTestId('page-of').getByText('Page 2 of 3').waitFor();
    const mark = page.getByTestId('quote-mark');
    expect((await mark.textContent())?.replace(/\s+/g, ' ')).toBe(
      'the court sentenced the journalist to seven years of imprisonment',
    );
    expect(await page.getByTestId('ocr-badge').count()).toBe(0);
    await page.getByRole('link', { name: 'Download the original (evidentiary copy)' }).waitFor();
    expect(await page.getByTestId('sha256').getAttribute('title')).toMatch(/^[0-9a-f]{64}$/);
    await axe(page, 'PDF at page 2 with a quote');
    await screenshot(page, 'documents-pdf-quote');
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByTestId('page-of').getByText('Page 3 of 3').waitFor();
    await page
      .getByTestId('page-text')
      .getByText(/defence said it would appeal/)
      .waitFor();
    await page.getByTestId('quote-not-found').waitFor();

    // A demo case cites the PDF's source at page 2 with the quote; its footnote opens the page.
    const demoCase = await server.ctx.db.selectFrom('cases').select('id').executeTakeFirstOrThrow();
    await page.goto(`${url}/cases/${demoCase.id}`);
    await page.getByRole('button', { name: 'Cite a source', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite a source' });
    const source = dialog.getByRole('combobox', { name: /^Source/ });
    await source.click();
    await source.fill('Hearing record');
    await page.getByRole('option', { name: PDF_TITLE }).click();
    await dialog.getByLabel(/^Page/).fill('2');
    await dialog.getByText('Quote', { exact: true }).click();
    await dialog.getByLabel(/^The exact words of the source/).fill(QUOTE);
    await axe(page, 'citation dialog with a page');
    await dialog.getByRole('button', { name: 'Add the citation' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const open = page.getByRole('link', { name: 'Open page 2' }).first();
    await open.waitFor();
    await axe(page, 'case page with a citation at a page');
    await screenshot(page, 'documents-citation');
    await open.click();
    await page.waitForURL(new RegExp(`/documents/${pdfId}\\?page=2&quote=`));
    await page.getByTestId('page-of').getByText('Page 2 of 3').waitFor();
    await page
      .getByTestId('quote-mark')
      .getByText(/court sentenced the journalist/)
      .waitFor();
    await axe(page, 'PDF opened from a citation');

    // The PDF's source record links back to its document.
    await page.goto(`${url}/documents/${pdfId}`);
    await page.getByRole('link', { name: 'Open the source' }).click();
    await page.waitForURL(/\/sources\/[0-9a-f-]{36}$/);
    const back = page.getByRole('link', { name: 'Open the document' });
    expect(await back.getAttribute('href')).toBe(`/documents/${pdfId}`);
    await axe(page, 'source with its document');
    await back.click();
    await page.getByRole('heading', { level: 1, name: 'hearing.pdf' }).waitFor();

    // The list shows what came in (a header and seven documents), the failed file not among them.
    await page.getByRole('link', { name: 'All documents' }).click();
    await page.getByTestId('documents').getByRole('link', { name: 'hearing.pdf' }).waitFor();
    expect(await page.getByTestId('documents').getByRole('row').count()).toBe(8);
    await axe(page, 'documents list');
    await screenshot(page, 'documents-list');
    expectClean();
  }, 90_000);
});
