/**
 * The tracker's commands on the demo dataset, run in-process (`runDocketInProcess`: the program
 * `bin/docket.js` runs, without its start-up) against a SQLite data directory copied fresh for each
 * test from one loaded once.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseEnv, runDocketInProcess } from '../../test/support/docket-cli.ts';
import { formatPartialDate } from '../core/partial-date.ts';

let dataDir = '';

/** `docket ARGS…` in this process, on the current test's data directory. */
const docket = (...args: string[]) => runDocketInProcess(args, baseEnv({ DOCKET_DATA_DIR: dataDir }));

async function json<T>(...args: string[]): Promise<T> {
  const result = await docket(...args);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
}

interface Listed {
  id: string;
  version: number;
}
type Rated = Listed & {
  currentRating: string;
  ratings: Array<{
    rating: string;
    ratedOn: string;
    evidence: Array<{ sourceId: string; locator?: string }>;
  }>;
};

const today = () => new Date().toISOString().slice(0, 10);

describe('docket commitments, asks, engagements, interventions and scorecard', { timeout: 60_000 }, () => {
  let template = '';

  beforeAll(async () => {
    template = await mkdtemp(join(tmpdir(), 'docket-tracker-template-'));
    const loaded = await runDocketInProcess(['demo'], baseEnv({ DOCKET_DATA_DIR: template }));
    expect(loaded.code, loaded.stderr).toBe(0);
  });
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'docket-tracker-'));
    await cp(template, dataDir, { recursive: true });
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });
  afterAll(async () => {
    await rm(template, { recursive: true, force: true });
  });

  const pledge = async () => {
    const page = await json<{ items: Rated[] }>('commitments', 'list', '--country', 'KZ', '--format', 'json');
    expect(page.items).toHaveLength(1);
    return page.items[0] as Rated;
  };

  it('refuses a rating without evidence or rationale, naming the fields, exiting non-zero and writing nothing', async () => {
    const before = await pledge();
    const bare = await docket(
      'commitments',
      'rate',
      before.id,
      '--rating',
      'broken',
      '--rationale',
      'No change',
    );
    expect(bare).toMatchObject({ code: 2, stdout: '' });
    expect(bare.stderr).toBe(
      'error: Invalid input — The request has invalid fields\n  evidence: cite at least one source as evidence\n',
    );
    const nothing = await docket('commitments', 'rate', before.id, '--rating', 'broken');
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('  rationale: give the rationale for the rating\n');
    expect(nothing.stderr).toContain('  evidence: cite at least one source as evidence\n');
    const source = before.ratings[0]?.evidence[0]?.sourceId ?? '';
    const unpaired = await docket(
      ...['commitments', 'rate', before.id, '--rating', 'kept', '--rationale', 'x', '--evidence', source],
      ...['--summary', 'one', '--summary', 'two'],
    );
    expect(unpaired.code).toBe(2);
    expect(unpaired.stderr).toContain('--summary: given 2 times for 1 --evidence');

    const after = await json<Rated>('commitments', 'show', before.id, '--format', 'json');
    expect(after).toMatchObject({ version: before.version, currentRating: 'compromise' });
    expect(after.ratings).toHaveLength(2);
  });

  it('rates on the version it read, with evidence, locator and summary, dated today unless told', async () => {
    const before = await pledge();
    const source = before.ratings[0]?.evidence[0]?.sourceId ?? '';
    const rated = await docket(
      ...['commitments', 'rate', before.id, '--rating', 'broken', '--evidence', source],
      ...['--rationale', 'Independent parties still refused', '--rated-on', '2024-05'],
      ...['--locator', 'para. 3', '--summary', 'What the report says (summary)'],
    );
    expect(rated.code, rated.stderr).toBe(0);
    expect(rated.stdout).toBe(
      'Rated Lower the thresholds for registering political parties ("New Kazakhstan") — Broken from May 2024 ' +
        `(version ${before.version + 1}).\n`,
    );
    const shown = await json<Rated>('commitments', 'show', before.id, '--json');
    expect(shown).toMatchObject({ version: before.version + 1, currentRating: 'broken' });
    expect(shown.ratings.at(-1)).toMatchObject({
      rating: 'broken',
      ratedOn: '2024-05',
      evidence: [{ sourceId: source, locator: 'para. 3', summary: 'What the report says (summary)' }],
    });

    const first = today();
    const undated = await docket(
      ...['commitments', 'rate', before.id, '--rating', 'stalled', '--evidence', source],
      ...['--rationale', 'Nothing new'],
    );
    expect(undated.code, undated.stderr).toBe(0);
    const latest = (await json<Rated>('commitments', 'show', before.id, '--json')).ratings.at(-1);
    expect([first, today()]).toContain(latest?.ratedOn);
    const text = await docket('commitments', 'show', before.id);
    expect(text.stdout).toContain('\nRatings, oldest first\n  16 March 2022: In the works\n');
    expect(text.stdout).toContain('    evidence: Astana Times, para. 3 — What the report says (summary)\n');
  });

  it('prints the Markdown scorecard: the pledge in the works on 1 March 2023, a compromise today', async () => {
    const then = await docket('scorecard', '--country', 'KZ', '--as-of', '2023-03-01', '--format', 'md');
    expect(then.code, then.stderr).toBe(0);
    expect(then.stdout).toMatch(/^# Commitments of Kazakhstan: scorecard as of 1 March 2023\n/);
    expect(then.stdout).toContain('| In the works | 1 |');
    expect(then.stdout).not.toContain('Compromise');
    expect(then.stdout).toContain('| 3 Freedom to participate in the political process | 1 | 1 | 0 | 0 |');

    const now = await docket('scorecard', '--country', 'KZ', '--format', 'md');
    expect(now.stdout).toContain(`scorecard as of ${formatPartialDate(today())}\n`);
    expect(now.stdout).toContain('| Compromise | 1 |');
    expect(now.stdout).not.toContain('In the works |');
    expect(now.stdout).toContain('- Rating as of');

    const card = await json<{ totals: { byRating: Record<string, number> } }>(
      ...['scorecard', '--country', 'KZ', '--as-of', '2023-03-01', '--format', 'json'],
    );
    expect(card.totals.byRating).toMatchObject({ 'in-the-works': 1, compromise: 0 });
    const text = await docket('scorecard', '--country', 'KZ', '--issue-area', 'us-dos-2021/2');
    expect(text.stdout).toMatch(/^Kazakhstan as of .*: 0 commitment\(s\)/);

    const bad = await docket('scorecard', '--country', 'KZ', '--as-of', '1 March');
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain('  --as-of: must be a day as YYYY-MM-DD');
    expect((await docket('scorecard', '--format', 'md')).stderr).toContain('  --country: give the country');
  });

  it('shows the visit with each ask, its outcome and the overdue follow-ups; the asks and the WGAD finding', async () => {
    const page = await json<{ items: Array<Listed & { agenda: unknown[] }> }>(
      ...['engagements', 'list', '--format', 'json'],
    );
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.agenda).toHaveLength(7);
    expect((await docket('engagements', 'list', '--json')).stdout).toBe(
      (await docket('engagements', 'list', '--format', 'json')).stdout,
    );
    const table = await docket('engagements', 'list', '--country', 'UZ');
    expect(table.stdout).toContain("US Secretary of State's visit to Astana and Tashkent");
    expect(table.stdout).toContain('3, 3 overdue');
    const contradiction = await docket('engagements', 'list', '--json', '--format', 'table');
    expect(contradiction.stderr).toContain('--json: contradicts --format table');

    const shown = (await docket('engagements', 'show', page.items[0]?.id ?? '')).stdout;
    expect(shown).toContain('Dates:      28 February 2023 – 1 March 2023\n');
    expect(shown).toContain(
      '  4. Freedom of expression: release the jailed journalists and bloggers [UZ, high priority, ask raised]\n' +
        '     outcome: raised — Tashkent Times, national/10663\n',
    );
    expect(shown.match(/outcome: not reported/g)).toHaveLength(6);
    expect(shown.match(/^ {2}\[open\] Demo item: /gm)).toHaveLength(3);
    expect(shown).toContain('    due 15 March 2023, no owner — overdue\n');

    const met = await json<{ items: Listed[] }>('asks', 'list', '--status', 'met', '--format', 'json');
    const ask = (await docket('asks', 'show', met.items[0]?.id ?? '')).stdout;
    expect(ask).toMatch(/^Release Otabek Sattoriy\n/);
    expect(ask).toContain(
      "Raised at\n  28 February 2023: US Secretary of State's visit to Astana and Tashkent — not reported\n",
    );
    const parties = await json<{ items: Listed[] }>(
      'asks',
      'list',
      '--issue-area',
      'us-dos-2021/3',
      '--json',
    );
    expect((await docket('asks', 'show', parties.items[0]?.id ?? '')).stdout).toContain(
      'Commitments answering it\n  Lower the thresholds for registering political parties ("New Kazakhstan") — Compromise',
    );
    expect(
      (await docket('asks', 'list', '--open', '--country', 'UZ')).stdout.trim().split('\n'),
    ).toHaveLength(4);

    const wgad = await json<{ items: Listed[] }>('interventions', 'list', '--mechanism', 'wgad', '--json');
    const intervention = (await docket('interventions', 'show', wgad.items[0]?.id ?? '')).stdout;
    expect(intervention).toContain('Reference:    not recorded\n');
    expect(intervention).toContain('Source:       The Diplomat, February 2023\n');
    expect((await docket('commitments', 'list', '--overdue')).stdout).toBe('No commitments match.\n');
  });
});
