import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { totpCode } from '../../../src/modules/access/totp.ts';
import type { WebUser } from './web-server.ts';

/**
 * Chromium for the browser tests: Debian's `chromium` (`.ci/run` installs it), driven by
 * playwright-core, which downloads nothing. Missing Chromium skips the browser suites with a loud
 * notice locally and fails them under CI=true.
 */
export const CHROMIUM_PATH = process.env.DOCKET_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM_PATH);
export const SCREENSHOTS_DIR = new URL('../../../test-results/screenshots/', import.meta.url).pathname;

if (!hasChromium) {
  const message = `Browser tests need Chromium at ${CHROMIUM_PATH} (Debian: apt-get install chromium; or set DOCKET_CHROMIUM)`;
  if (process.env.CI === 'true') throw new Error(`${message}: required under CI=true`);
  process.stderr.write(`\n${'!'.repeat(78)}\n!! Browser tests SKIPPED. ${message}\n${'!'.repeat(78)}\n`);
}

/** `describe` for a browser suite: skipped (loudly, above) when there is no Chromium outside CI. */
export const describeInBrowser = hasChromium ? describe : describe.skip;

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A page that records what must never happen: a script error, or a console error (a Content-Security-
 * Policy violation or a failed request shows up there). `expectClean` asserts none happened.
 */
export interface WatchedPage {
  page: Page;
  problems: string[];
  expectClean(): void;
}

export async function openPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  // No transitions: axe then never meets a menu or dialog half-way through opening or closing.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // An expected refusal the screen handles (a 401 before sign-in, a 409 conflict) is logged by
    // Chromium as a failed resource; those are allowed, anything else is not.
    if (/Failed to load resource: the server responded with a status of (401|404|409|422|400)/.test(text))
      return;
    problems.push(`console error: ${text}`);
  });
  return {
    page,
    problems,
    expectClean: () => expect(problems).toEqual([]),
  };
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return join(SCREENSHOTS_DIR, `${name}.png`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

const require = createRequire(import.meta.url);
let axeScript: string | undefined;
const axeSource = () => {
  axeScript ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeScript;
};

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string }>;
}

/** axe-core on the page as it is now: no serious or critical violation of WCAG 2 A/AA rules. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Evaluated through the DevTools protocol: a <script> tag would be refused by the page's CSP.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource());
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(context: Element | Document, options: object): Promise<{ violations: unknown[] }> };
      }
    ).axe;
    // With a modal dialog open, the page behind it is out of reach (and dimmed by the overlay): the
    // dialog is the screen. The page itself is checked on its own before the dialog opens.
    const dialog = document.querySelector('[role="dialog"][aria-modal="true"]');
    const result = await axe.run(dialog ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  const serious = (violations as AxeViolation[])
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.html.slice(0, 200)).join(' | ')}`,
    );
  expect(serious, `axe on ${screen}`).toEqual([]);
}

/**
 * Signs in as the sign-in screen would, but through its API calls on the page's browser context (whose
 * cookies they set), then opens the app. Typing into the screen each time cost seconds per test;
 * sign-in.browser.test.ts and first-visit.browser.test.ts drive the screen itself.
 */
export async function signIn(page: Page, baseUrl: string, user: WebUser): Promise<void> {
  const request = page.context().request;
  const password = await request.post(`${baseUrl}/api/auth/sign-in`, {
    data: { email: user.email, password: user.password },
  });
  expect(password.status(), await password.text()).toBe(200);
  const { stage, csrfToken } = (await password.json()) as { stage: string; csrfToken: string };
  if (user.totpSecret) {
    expect(stage).toBe('mfa');
    const code = await request.post(`${baseUrl}/api/auth/mfa`, {
      data: { code: totpCode(user.totpSecret, new Date()) },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(code.status(), await code.text()).toBe(200);
  }
  await page.goto(`${baseUrl}/`);
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
}
