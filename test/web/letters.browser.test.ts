import { createHash } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ENGAGEMENT } from '../../src/demo/refs.ts';
import { createOrg } from '../../src/modules/access/user.operations.ts';
import { shareBriefingRecordsWith } from '../support/share-demo.ts';
import {
  describeInBrowser,
  expectAccessible,
  launchChromium,
  openPage,
  screenshot,
  signIn,
} from './support/browser.ts';
import { startWebServer, type WebServer } from './support/web-server.ts';

const PARTNER = 'Partner One (test)';
const SIGNATORY = 'Jane Testsigner';

/** axe on the screen at rest, the pointer off the button just clicked. */
async function axe(page: Page, screen: string): Promise<void> {
  await page.mouse.move(0, 0);
  await expectAccessible(page, screen);
}

async function chooseOrg(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: PARTNER, exact: true }).click();
  await page.keyboard.press('Escape');
}

describeInBrowser('briefings and letters: drafted, edited, circulated, signed by link, frozen', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let expectClean: () => void;
  let visitId: string;

  beforeAll(async () => {
    server = await startWebServer({ demo: true });
    browser = await launchChromium();
    const editor = await server.createUser({ email: 'letters-editor@example.org', role: 'editor' });
    const partner = await createOrg(server.ctx, { name: PARTNER });
    await shareBriefingRecordsWith(server.ctx.db, partner.id);
    visitId = (
      await server.ctx.db
        .selectFrom('engagements')
        .select('id')
        .where('ref', '=', ENGAGEMENT.secretaryOfStateVisit)
        .executeTakeFirstOrThrow()
    ).id;
    context = await browser.newContext();
    ({ page, expectClean } = await openPage(context));
    await signIn(page, server.url, editor);
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('prepares a briefing, then takes a letter from draft to its frozen, signed final version', async () => {
    // The briefing, as of the day before the visit, previewed and downloaded.
    await page.goto(`${server.url}/engagements/${visitId}`);
    await page.getByRole('link', { name: 'Prepare briefing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prepare briefing' }).waitFor();
    await page.getByLabel('As of').fill('2023-02-27');
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page.getByRole('heading', { name: 'Talking points' }).first().waitFor();
    await axe(page, 'briefing');
    await screenshot(page, 'letters-briefing');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);

    // A letter for one partner organization, previewed and kept as version 1.
    await page.getByRole('link', { name: /^Back to “/ }).click();
    await page.getByRole('link', { name: 'Draft letter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Draft letter' }).waitFor();
    await page.getByLabel('As of').fill('2023-02-27');
    await page.getByRole('radio', { name: 'Partner organizations' }).check();
    await chooseOrg(page, 'Partner organizations that will read it');
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page.getByText('Dear Antony Blinken,').waitFor();
    await axe(page, 'new letter');
    await screenshot(page, 'letters-new');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/letters\/[0-9a-f-]+$/);
    const letterId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('heading', { level: 1, name: /^Coalition letter/ }).waitFor();
    await page.getByTestId('letter-status').first().getByText('Draft').waitFor();
    await axe(page, 'letter page');

    // Edited into version 2, with a note.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const text = page.getByLabel('Text (Markdown)');
    const edited = (await text.inputValue()).replace('We are deeply concerned', 'We are gravely concerned');
    await text.fill(edited);
    await page.getByLabel('What changed').fill('A sharper opening (test)');
    await axe(page, 'letter editor');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByRole('heading', { name: 'Text (version 2)' }).waitFor();
    await page.getByText('We are gravely concerned').waitFor();
    expect(await page.getByTestId('version').count()).toBe(2);
    await page.getByTestId('versions').getByText('A sharper opening (test)').waitFor();

    // Circulated to the partner: its link, shown once.
    await page.getByRole('button', { name: 'Circulate for sign-on' }).click();
    const dialog = page.getByRole('dialog');
    // The organizations the letter was drafted for are already chosen: the only ones it may go to.
    await dialog.getByText(PARTNER, { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Circulate', exact: true }).click();
    const link = (await dialog.getByTestId('sign-on-url').textContent()) ?? '';
    expect(link).toMatch(/\/sign-on\/\S+$/);
    await dialog.getByText('Copy these links now').waitFor();
    await axe(page, 'sign-on links');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('standing-row').getByText('Invited').waitFor();

    // The partner opens the link without an account and signs with a name and title.
    const partnerContext = await browser.newContext();
    const partner = await openPage(partnerContext);
    await partner.page.goto(`${server.url}${new URL(link).pathname}`);
    await partner.page.getByRole('heading', { level: 1, name: /^Coalition letter/ }).waitFor();
    await partner.page.getByText(`For ${PARTNER}`).waitFor();
    await partner.page.getByTestId('standing').getByText('Invited').waitFor();
    await partner.page.getByText('We are gravely concerned').waitFor();
    await axe(partner.page, 'sign-on page');
    await partner.page.getByLabel('Who signs').fill(SIGNATORY);
    await partner.page.getByLabel('Their title').fill('Director');
    await partner.page.getByRole('button', { name: 'Sign the letter' }).click();
    await partner.page.getByTestId('standing').getByText('Signed', { exact: true }).waitFor();
    await axe(partner.page, 'sign-on page, signed');
    await screenshot(partner.page, 'letters-sign-on');
    partner.expectClean();
    await partnerContext.close();

    // Back with the editor: the signature, then the final version frozen with its SHA-256.
    await page.reload();
    const row = page.getByTestId('standing-row');
    await row.getByText('Signed', { exact: true }).waitFor();
    await row.getByText(SIGNATORY, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Freeze final version' }).click();
    await axe(page, 'freeze dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Freeze', exact: true }).click();
    const shown = (await page.getByTestId('final-sha256').textContent())?.trim() ?? '';
    const stored = await page.request.get(`${server.url}/api/letters/${letterId}`);
    const letter = (await stored.json()) as { markdown: string; finalSha256: string; status: string };
    expect(letter.status).toBe('final');
    expect(shown).toBe(createHash('sha256').update(letter.markdown, 'utf8').digest('hex'));
    expect(shown).toBe(letter.finalSha256);
    expect(letter.markdown).toContain(SIGNATORY);
    await page.getByTestId('letter-text').getByText(SIGNATORY, { exact: false }).waitFor();
    await page.getByTestId('final-signatories').getByText(SIGNATORY, { exact: false }).waitFor();
    expect(await page.getByTestId('version').count()).toBe(3);
    // The signature on the version frozen still stands beside the final text.
    await row.getByText('Signed', { exact: true }).waitFor();
    await axe(page, 'final letter');
    await screenshot(page, 'letters-final');
    expectClean();
  });

  it('says plainly when a sign-on link is unknown or expired', async () => {
    const stranger = await browser.newContext();
    const { page: anonymous, expectClean: strangerClean } = await openPage(stranger);
    await anonymous.goto(`${server.url}/sign-on/not-a-link-anyone-was-given`);
    await anonymous.getByTestId('sign-on-gone').getByText('This link does not work').waitFor();
    await axe(anonymous, 'unknown sign-on link');
    strangerClean();
    await stranger.close();
  });
});
