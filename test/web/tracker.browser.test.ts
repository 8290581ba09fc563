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

async function apiGet<T>(page: Page, base: string, path: string): Promise<T> {
  const response = await page.request.get(`${base}${path}`);
  if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A write through the page's session with its CSRF token, as the app sends it. */
async function apiSend<T>(
  page: Page,
  base: string,
  method: 'POST' | 'PATCH',
  path: string,
  body: unknown,
): Promise<T> {
  const { csrfToken } = await apiGet<{ csrfToken: string }>(page, base, '/api/auth/session');
  const response = await page.request.fetch(`${base}${path}`, {
    method,
    data: body,
    headers: { 'x-csrf-token': csrfToken },
  });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

const apiPost = <T>(page: Page, base: string, path: string, body: unknown) =>
  apiSend<T>(page, base, 'POST', path, body);

/**
 * axe on the screen as a reader sees it, the pointer moved off the button just clicked: a hovered
 * light button's background is not what this checks.
 */
async function axe(page: Page, screen: string): Promise<void> {
  await page.mouse.move(0, 0);
  await expectAccessible(page, screen);
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

describeInBrowser(
  'the tracker: planning an engagement, recording its outcome, rating what was promised',
  () => {
    let server: WebServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let expectClean: () => void;
    let sourceId: string;

    beforeAll(async () => {
      server = await startWebServer();
      browser = await launchChromium();
      const editor = await server.createUser({ email: 'tracker-editor@example.org', role: 'editor' });
      context = await browser.newContext();
      ({ page, expectClean } = await openPage(context));
      await signIn(page, server.url, editor);
      const source = await apiPost<RecordJson>(page, server.url, '/api/sources', {
        kind: 'report',
        title: 'Monitoring report (test source)',
      });
      sourceId = source.id;
    }, 60_000);
    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await server?.close();
    });

    it('plans the agenda from open asks, records the outcome, and rates the assurance it brought', async () => {
      const raised = 'Release the detained blogger (test ask)';
      const unreported = 'Register the independent party (test ask)';
      for (const [title, priority] of [
        [raised, 'high'],
        [unreported, 'medium'],
      ])
        await apiPost(page, server.url, '/api/asks', { title: { en: title }, country: 'KZ', priority });
      const engagement = await apiPost<RecordJson>(page, server.url, '/api/engagements', {
        title: { en: 'Test visit to Astana' },
        kind: 'visit',
        countries: ['KZ'],
        startsOn: '2023-02-28',
      });

      // The planner: both open asks are offered, each added with one click.
      await page.goto(`${server.url}/engagements/${engagement.id}`);
      await page.getByRole('heading', { level: 1, name: 'Test visit to Astana' }).waitFor();
      await page.getByText('Nothing on the agenda yet').waitFor();
      await axe(page, 'engagement page');
      await page.getByRole('button', { name: 'Add asks' }).click();
      await page.getByTestId('open-ask').nth(1).waitFor();
      await axe(page, 'engagement planner');
      await screenshot(page, 'tracker-engagement-plan');
      await page.getByRole('button', { name: `Add “${raised}” to the agenda` }).click();
      await page.getByTestId('agenda-item').first().waitFor();
      await page.getByRole('button', { name: `Add “${unreported}” to the agenda` }).click();
      await page.getByText('Every open ask is on the agenda.').waitFor();
      expect(await page.getByTestId('agenda-item').count()).toBe(2);

      // After the meeting: one ask raised with an assurance, the other not reported either way.
      await page.getByRole('button', { name: 'Record outcome' }).click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByRole('radiogroup', { name: raised })
        .getByRole('radio', { name: 'Raised', exact: true })
        .check();
      await dialog.getByRole('button', { name: `Add an assurance received on “${raised}”` }).click();
      await dialog.getByLabel(/^The promise in one line/).fill('Review the blogger’s case (test assurance)');
      await dialog.getByLabel(/^Deadline/).fill('2023-12');
      await dialog.getByLabel(/^Benchmarks/).fill('The case is reviewed by a court');
      await dialog
        .getByRole('radiogroup', { name: unreported })
        .getByRole('radio', { name: 'Not reported' })
        .check();
      await axe(page, 'record outcome dialog');
      await screenshot(page, 'tracker-engagement-outcome');
      await dialog.getByRole('button', { name: 'Save the outcome' }).click();
      await dialog.waitFor({ state: 'detached' });
      const assurance = page.getByRole('link', { name: 'Review the blogger’s case (test assurance)' });
      await assurance.first().waitFor();
      const stored = await apiGet<{ agenda: Array<{ outcome: string; commitmentIds: string[] }> }>(
        page,
        server.url,
        `/api/engagements/${engagement.id}`,
      );
      expect(stored.agenda.map((item) => item.outcome)).toEqual(['raised', 'not-reported']);
      expect(stored.agenda[0]?.commitmentIds).toHaveLength(1);
      await page.getByRole('button', { name: 'Done adding' }).click();

      // A follow-up task of the signed-in user's, late until it is marked done.
      await page.getByLabel(/^New task/).fill('Send partners the outcome (test task)');
      await page.getByLabel(/^Due/).fill('2023-03-15');
      await page.getByRole('button', { name: 'Add the task' }).click();
      const task = page.getByTestId('follow-up');
      await task.getByText('Send partners the outcome (test task)').waitFor();
      expect(await task.getByRole('cell').nth(1).textContent()).toBe('you');
      await task.getByTestId('overdue').waitFor();
      await task.getByRole('button', { name: 'Mark done: “Send partners the outcome (test task)”' }).click();
      await task.getByText('Done', { exact: true }).waitFor();
      expect(await task.getByTestId('overdue').count()).toBe(0);
      // What happened since: the assurance, as rated today, beside the ask it answers.
      await page
        .getByTestId('since')
        .getByRole('link', { name: 'Review the blogger’s case (test assurance)' })
        .waitFor();
      // axe judges the page as a reader sees it, not under a hovering pointer.
      await page.mouse.move(0, 0);
      await axe(page, 'engagement after the outcome');
      await screenshot(page, 'tracker-engagement');

      // The board: the new commitment waits under "not yet rated".
      await page.goto(`${server.url}/tracker?country=KZ`);
      const unrated = page.getByTestId('column-not-yet-rated');
      await unrated.getByRole('link', { name: 'Review the blogger’s case (test assurance)' }).waitFor();
      expect(await page.getByTestId('column-in-the-works').getByTestId('board-card').count()).toBe(0);
      await axe(page, 'tracker board');
      await screenshot(page, 'tracker-board');

      // The commitment page: rated with a rationale and a source found by searching.
      await unrated.getByRole('link', { name: 'Review the blogger’s case (test assurance)' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Review the blogger’s case (test assurance)' })
        .waitFor();
      await page.getByTestId('no-ratings').waitFor();
      await page.getByRole('link', { name: 'Test visit to Astana' }).waitFor();
      await page.getByRole('link', { name: raised }).waitFor();
      await axe(page, 'commitment page');
      await page.getByRole('button', { name: 'Add the rating' }).click();
      await page.getByText('Give the rationale for the rating', { exact: false }).first().waitFor();
      await page.getByRole('combobox', { name: /^Rating/ }).click();
      await page.getByRole('option', { name: 'In the works' }).click();
      await page.getByLabel(/^Holds from/).fill('2023-06-01');
      await page.getByLabel(/^Rationale/).fill('The court has scheduled a review hearing.');
      const picker = page.getByRole('combobox', { name: /^Source 1/ });
      await picker.click();
      await picker.fill('Monitoring');
      await page.getByRole('option', { name: 'Monitoring report (test source)' }).click();
      await page.getByLabel(/^Where in source 1/).fill('section 2');
      await page.getByLabel(/^Summary of source 1/).fill('A hearing was scheduled.');
      await axe(page, 'rate form');
      // Someone else saves the commitment meanwhile: the rating is refused, and nothing typed is lost.
      const commitmentId = page.url().split('/').pop() ?? '';
      const read = await apiGet<RecordJson>(page, server.url, `/api/commitments/${commitmentId}`);
      await apiSend(page, server.url, 'PATCH', `/api/commitments/${commitmentId}`, {
        version: read.version,
        recipient: 'The visiting delegation (test)',
        askIds: read.askIds,
      });
      await page.getByRole('button', { name: 'Add the rating' }).click();
      await page.getByText('Someone else changed this in the meantime').waitFor();
      await page.getByRole('button', { name: 'Reload' }).click();
      await page.getByText('The visiting delegation (test)').waitFor();
      expect(await page.getByLabel(/^Rationale/).inputValue()).toBe(
        'The court has scheduled a review hearing.',
      );
      await page.getByRole('button', { name: 'Add the rating' }).click();
      const entry = page.getByTestId('timeline-rating');
      await entry.first().waitFor();
      expect(await entry.count()).toBe(1);
      expect(await entry.getByTestId('rating-badge').textContent()).toBe('In the works');
      await entry.getByText('The court has scheduled a review hearing.').waitFor();
      expect(
        await entry.getByRole('link', { name: 'Monitoring report (test source)' }).getAttribute('href'),
      ).toBe(`/sources/${sourceId}`);
      expect(await page.getByTestId('current-rating').getByTestId('rating-badge').textContent()).toBe(
        'In the works',
      );
      await axe(page, 'commitment with its rating');
      await screenshot(page, 'tracker-commitment');
      expectClean();
    }, 60_000);

    it('compares a scorecard on two days, with each chart and its text alternative', async () => {
      const evidence = [{ sourceId, summary: 'Summary of the test source.' }];
      await apiPost(page, server.url, '/api/commitments', {
        title: { en: 'Lower the party registration threshold (test pledge)' },
        kind: 'pledge',
        country: 'UZ',
        madeOn: '2022-06',
        ratings: [{ rating: 'kept', ratedOn: '2023-05-01', rationale: 'Law amended.', evidence }],
      });
      await apiPost(page, server.url, '/api/commitments', {
        title: { en: 'Close the case against the journalist (test pledge)' },
        kind: 'pledge',
        country: 'UZ',
        madeOn: '2023-01-15',
        deadline: '2023-02',
        ratings: [{ rating: 'broken', ratedOn: '2023-09-01', rationale: 'Sentenced.', evidence }],
      });

      await page.goto(`${server.url}/scorecards?country=UZ&asOf=2023-03-01&compare=${today()}`);
      const columns = page.getByTestId('scorecard-column');
      await columns.nth(1).getByTestId('rating-chart').locator('svg').first().waitFor();
      expect(await columns.count()).toBe(2);
      await columns.first().getByRole('heading', { name: 'Uzbekistan as of 1 March 2023' }).waitFor();
      // On 1 March 2023 both were made, neither rated, and the second already overdue.
      expect(await columns.first().getByTestId('stat-total').textContent()).toContain('2');
      expect(await columns.first().getByTestId('stat-share-kept').textContent()).toContain('—');
      expect(await columns.first().getByTestId('stat-overdue').textContent()).toContain('1');
      // Today one is kept and one broken: half of those rated were kept, none is overdue.
      const now = columns.nth(1);
      expect(await now.getByTestId('stat-share-kept').textContent()).toContain('50%');
      expect(await now.getByTestId('stat-overdue').textContent()).toContain('0');
      // The text alternative: a caption saying what the chart shows, and the same numbers as a table.
      const chart = now.getByTestId('rating-chart');
      expect(await chart.locator('figcaption').textContent()).toMatch(/^2 commitments by rating, as of/);
      const keptRow = chart.getByRole('row', { name: /Kept/ });
      expect(await keptRow.getByRole('cell').textContent()).toBe('1');
      const timeline = now.getByTestId('timeline-chart');
      expect(await timeline.locator('figcaption').textContent()).toContain('2 made, 1 kept, 1 broken');
      expect(await timeline.locator('svg.recharts-surface').count()).toBeGreaterThan(0);
      await timeline.getByText('The timeline as a table').click();
      expect(await timeline.getByTestId('timeline-table').getByRole('row').count()).toBeGreaterThanOrEqual(4);
      await axe(page, 'scorecards compared');
      await screenshot(page, 'tracker-scorecards');
      expectClean();
    }, 40_000);
  },
);
