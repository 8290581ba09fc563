import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
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

const STATEMENT =
  'Statement of the witness Aliya Nurlanovna, recorded on 3 March 2023.\n' +
  'She saw the arrest at the market. ALIYA later spoke to the court.\n';

/** A plain grey picture, 200 × 100: no text for OCR to spend time on, every pixel far from black. */
function greyPng(): Buffer {
  const png = new PNG({ width: 200, height: 100 });
  png.data.fill(160);
  for (let at = 3; at < png.data.length; at += 4) png.data[at] = 255;
  return PNG.sync.write(png);
}

/** The pixel at (x, y) of a PNG, as [r, g, b, a]. */
function pixel(bytes: Buffer, x: number, y: number): number[] {
  const png = PNG.sync.read(bytes);
  const at = (y * png.width + x) * 4;
  return [...png.data.subarray(at, at + 4)];
}

async function axe(page: Page, screen: string): Promise<void> {
  await page.mouse.move(0, 0);
  await expectAccessible(page, screen);
}

describeInBrowser('redaction: an editor masks words and a region, and saves a copy for publication', () => {
  let server: WebServer;
  let url = '';
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let expectClean: () => void;
  let textId = '';
  let imageId = '';

  /** Sends a file as the web app does, with the session's cookie and CSRF token. */
  async function upload(name: string, body: Buffer): Promise<string> {
    const session = await context.request.get(`${url}/api/auth/session`);
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const answer = await context.request.post(`${url}/api/documents?name=${encodeURIComponent(name)}`, {
      headers: { 'content-type': 'application/octet-stream', 'x-csrf-token': csrfToken },
      data: body,
    });
    expect(answer.status(), await answer.text()).toBe(201);
    return ((await answer.json()) as { document: { id: string } }).document.id;
  }

  async function bytesOf(path: string): Promise<Buffer> {
    const answer = await context.request.get(`${url}${path}`);
    expect(answer.status(), path).toBe(200);
    return answer.body();
  }

  beforeAll(async () => {
    server = await startWebServer({ demo: true });
    url = server.url;
    browser = await launchChromium();
    const editor = await server.createUser({ email: 'redaction-editor@example.org', role: 'editor' });
    context = await browser.newContext();
    ({ page, expectClean } = await openPage(context));
    await signIn(page, url, editor);
    [textId, imageId] = await Promise.all([
      upload('statement.txt', Buffer.from(STATEMENT)),
      upload('photo.png', greyPng()),
    ]);
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('masks a selected word and every occurrence of a name, leaving the document itself as it was', async () => {
    await page.goto(`${url}/documents/${textId}`);
    await page.getByRole('heading', { level: 1, name: 'statement.txt' }).waitFor();
    await page.getByRole('link', { name: 'Redact for publication' }).click();
    await page.getByRole('heading', { level: 1, name: 'Redact for publication' }).waitFor();
    await page.getByText('The original and the working copy are never changed').waitFor();
    const text = page.getByTestId('redact-text');
    await text.getByText(/Nurlanovna/).waitFor();

    // A word selected with the mouse (a double click on it), then masked.
    const word = await text.evaluate((element) => {
      const node = element.firstChild as Text;
      const start = (node.textContent ?? '').indexOf('Nurlanovna');
      const range = document.createRange();
      range.setStart(node, start + 2);
      range.setEnd(node, start + 3);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await page.mouse.dblclick(word.x, word.y);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Nurlanovna');
    await page.getByRole('button', { name: 'Mask selection' }).click();
    const masks = page.getByTestId('mask-item');
    await masks.filter({ hasText: '“Nurlanovna” (characters 32–41)' }).waitFor();
    expect(await text.getByTestId('masked-span').allTextContents()).toEqual(['Nurlanovna']);

    // Every occurrence of a name, whatever its case.
    await page.getByLabel('Mask every occurrence of…').fill('aliya');
    await page.getByRole('button', { name: 'Mask every occurrence', exact: true }).click();
    await masks.filter({ hasText: 'every “aliya” (found: 2)' }).waitFor();
    expect(await text.getByTestId('masked-span').allTextContents()).toEqual(['Aliya', 'Nurlanovna', 'ALIYA']);
    await page.getByLabel('Note').fill('For the annual report');
    await axe(page, 'redaction of a text, masks drawn');

    await page.getByRole('button', { name: 'Save redacted copy' }).click();
    const redacted = page.getByTestId('redacted-text');
    await redacted.waitFor();
    expect(await redacted.textContent()).toBe(
      'Statement of the witness █████ ██████████, recorded on 3 March 2023.\n' +
        'She saw the arrest at the market. █████ later spoke to the court.\n',
    );
    expect(await masks.count()).toBe(0);
    const earlier = page.getByTestId('redactions');
    await earlier.getByText('For the annual report').waitFor();
    await axe(page, 'redaction of a text, saved');
    await screenshot(page, 'redaction-text');

    // The document's own page still says the name.
    await page.getByRole('link', { name: 'Back to the document' }).click();
    await page.getByRole('heading', { level: 1, name: 'statement.txt' }).waitFor();
    await page
      .getByTestId('page-text')
      .getByText(/Aliya Nurlanovna/)
      .waitFor();

    // An earlier copy opens from the list.
    await page.goto(`${url}/documents/${textId}/redact`);
    expect(await page.getByTestId('redacted-copy').count()).toBe(0);
    await page.getByTestId('redactions').getByRole('link').first().click();
    await page
      .getByTestId('redacted-text')
      .getByText(/█████ later/)
      .waitFor();
    expectClean();
  });

  it('blacks out a rectangle drawn on an image, the working copy untouched, and shows a region the server refuses', async () => {
    const workingBefore = await bytesOf(`/api/documents/${imageId}/working`);
    await page.goto(`${url}/documents/${imageId}/redact`);
    await page.getByRole('heading', { level: 1, name: 'Redact for publication' }).waitFor();
    const overlay = page.getByTestId('region-overlay');
    await overlay.waitFor();

    // A region typed past the right edge: the server names the field, shown beside the mask.
    const typed = page.getByRole('form', { name: 'Add a region by its position' });
    await typed.getByLabel('Left (%)').fill('80');
    await typed.getByLabel('Width (%)').fill('30');
    await typed.getByRole('button', { name: 'Add the region' }).click();
    await page.getByTestId('mask-item').filter({ hasText: '80% from the left' }).waitFor();
    await page.getByRole('button', { name: 'Save redacted copy' }).click();
    await page
      .getByTestId('mask-error')
      .getByText(/width: .*right edge/)
      .waitFor();
    await axe(page, 'redaction of an image, a refused region');
    await page.getByRole('button', { name: 'Remove mask 1' }).click();
    await page.getByTestId('no-masks').waitFor();

    // A rectangle dragged with the mouse over the middle of the picture.
    const box = await overlay.boundingBox();
    if (!box) throw new Error('the overlay has no box');
    await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.25);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.75, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => page.getByTestId('region-box').count()).toBe(1);
    await page
      .getByTestId('mask-item')
      .filter({ hasText: /Page 1: a region 2\d(\.\d)?% from the left/ })
      .waitFor();
    await axe(page, 'redaction of an image, a region drawn');

    await page.getByRole('button', { name: 'Save redacted copy' }).click();
    const image = page.getByTestId('redacted-image');
    await image.waitFor();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(200);
    const copyId = new URL(page.url()).searchParams.get('copy') ?? '';
    expect(copyId).toMatch(/^[0-9a-f-]{36}$/);
    await axe(page, 'redaction of an image, saved');
    await screenshot(page, 'redaction-image');

    const redactedPng = await bytesOf(`/api/redactions/${copyId}/image`);
    expect(pixel(redactedPng, 100, 50)).toEqual([0, 0, 0, 255]);
    expect(pixel(redactedPng, 5, 5)).toEqual([160, 160, 160, 255]);
    const workingAfter = await bytesOf(`/api/documents/${imageId}/working`);
    expect(workingAfter.equals(workingBefore)).toBe(true);
    expect(pixel(workingAfter, 100, 50)).toEqual([160, 160, 160, 255]);
    expectClean();
  });
});
