import { describe, expect, it } from 'vitest';
import type { RatingEntry } from '../commitments/commitment.schema.ts';
import { countryName, issueAreaLabel, scorecardToMarkdown } from './scorecard.markdown.ts';
import { buildScorecard, type ScorableCommitment } from './scorecard.ts';

const SOURCE = '01a21fb6-3a77-70e3-96ff-6813742e9793';

const rating = (value: RatingEntry['rating'], ratedOn: string, rationale: string): RatingEntry => ({
  id: `01a21fb6-3a77-70e3-96ff-${ratedOn.replaceAll('-', '').padEnd(12, '0')}`,
  rating: value,
  ratedOn,
  rationale,
  evidence: [{ sourceId: SOURCE }],
});

const pledge: ScorableCommitment = {
  id: '01a21fb6-3a77-70e3-96ff-000000000001',
  title: { en: 'Lower the thresholds | for registering parties' },
  kind: 'pledge',
  madeOn: '2022-03-16',
  deadline: null,
  issueAreas: ['us-dos-2021/3'],
  ratings: [
    rating('in-the-works', '2022-03-16', 'Proposed'),
    rating('compromise', '2023-03-19', 'New parties registered;\nindependent ones refused (unverified)'),
  ],
};
const untagged: ScorableCommitment = {
  id: '01a21fb6-3a77-70e3-96ff-000000000002',
  title: { en: 'Release the bloggers' },
  kind: 'assurance',
  madeOn: '2023-04',
  deadline: '2023-12',
  issueAreas: [],
  ratings: [],
};

const markdown = (asOf: string, commitments = [pledge, untagged]) =>
  scorecardToMarkdown(buildScorecard({ country: 'KZ', asOf, commitments }));

describe('scorecard as Markdown', () => {
  it('heads with the country and the day as the project writes dates, and counts by rating', () => {
    const text = markdown('2023-03-01');
    expect(text.split('\n').slice(0, 7)).toEqual([
      '# Commitments of Kazakhstan: scorecard as of 1 March 2023',
      '',
      '- Commitments: 1, of which rated: 1',
      '- Kept: 0 (0% of those rated)',
      '- Overdue: 0',
      '- Median time to kept: none kept',
      '',
    ]);
    expect(text).toContain('| In the works | 1 |');
    expect(text).not.toContain('Compromise');
    expect(text).toContain('| 3 Freedom to participate in the political process | 1 | 1 | 0 | 0 |');
    expect(text).toContain('- Rating as of 1 March 2023: In the works (since 16 March 2022)');
  });

  it('judges as of the day: later ratings and commitments made later count only after', () => {
    const text = markdown('2024-06-01');
    expect(text).toContain('| Compromise | 1 |');
    expect(text).toContain('| Not yet rated | 1 |');
    expect(text).toContain('- Rating as of 1 June 2024: Compromise (since 19 March 2023)');
    // A month-precise date reads as a month; the overdue assurance says so.
    expect(text).toContain('- Kind: assurance; made April 2023; deadline December 2023 — overdue');
    expect(text).toContain('- Overdue: 1');
  });

  it("keeps each commitment's title and rationale on one line, and charts the days something changed", () => {
    const text = markdown('2024-06-01');
    expect(text).toContain('### Lower the thresholds | for registering parties');
    expect(text).toContain('- Why: New parties registered; independent ones refused (unverified)');
    expect(text.split('## Timeline')[1]?.trim().split('\n')).toEqual([
      '| Day | Made by then | Kept | Broken |',
      '| --- | --- | --- | --- |',
      '| 16 March 2022 | 1 | 0 | 0 |',
      '| 19 March 2023 | 1 | 0 | 0 |',
      '| 1 April 2023 | 2 | 0 | 0 |',
      '| 1 June 2024 | 2 | 0 | 0 |',
    ]);
  });

  it('says so when nothing was promised by the day, and names the issue area filtered on', () => {
    const empty = scorecardToMarkdown(
      buildScorecard({
        country: 'UZ',
        asOf: '2021-01-01',
        issueArea: 'us-dos-2021/2a',
        commitments: [pledge],
      }),
    );
    expect(empty).toBe(
      [
        '# Commitments of Uzbekistan: scorecard as of 1 January 2021',
        '',
        'Issue area: 2a Freedom of expression, including for members of the press and other media',
        '',
        'No commitments recorded as made by this day.',
        '',
      ].join('\n'),
    );
    expect(countryName('XX')).toBe('XX');
    expect(issueAreaLabel('us-dos-2021/1c')).toBe(
      '1c Torture and other cruel, inhuman or degrading treatment; prison conditions',
    );
  });
});
