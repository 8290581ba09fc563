import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RatingEntry } from '../commitments/commitment.schema.ts';
import { isOverdue, ratingAsOf } from '../commitments/rating.ts';
import { buildScorecard, type ScorableCommitment } from './scorecard.ts';

let counter = 0;
const nextId = (prefix: string) => {
  counter += 1;
  return `${prefix}${counter}`;
};
const rating = (value: RatingEntry['rating'], ratedOn: string): RatingEntry => ({
  id: nextId('r'),
  rating: value,
  ratedOn,
  rationale: `rated ${value}`,
  evidence: [{ sourceId: '01a21fb6-3a77-70e3-96ff-6813742e9792' }],
});

const commitment = (overrides: Partial<ScorableCommitment>): ScorableCommitment => ({
  id: nextId('c'),
  title: { en: 'A promise' },
  kind: 'pledge',
  madeOn: '2022-03-16',
  deadline: null,
  ratings: [],
  issueAreas: [],
  ...overrides,
});

describe('ratings in time', () => {
  it('take effect on the last day of their date, so "March 2023" is not yet in force on 1 March', () => {
    const ratings = [rating('in-the-works', '2022-03-16'), rating('compromise', '2023-03')];
    expect(ratingAsOf(ratings, '2023-03-01')?.rating).toBe('in-the-works');
    expect(ratingAsOf(ratings, '2023-03-31')?.rating).toBe('compromise');
    expect(ratingAsOf(ratings, '2022-03-15')).toBeUndefined();
    // Order of entry does not matter, the dates do.
    expect(ratingAsOf([...ratings].reverse(), '2024-01-01')?.rating).toBe('compromise');
  });

  it('make a commitment overdue only once its deadline has certainly passed with no final rating', () => {
    const open = { deadline: '2023', ratings: [rating('in-the-works', '2022')] };
    expect(isOverdue(open, '2023-12-31')).toBe(false);
    expect(isOverdue(open, '2024-01-01')).toBe(true);
    expect(isOverdue({ ...open, ratings: [rating('broken', '2023-06')] }, '2024-01-01')).toBe(false);
    expect(isOverdue({ deadline: null, ratings: [] }, '2099-01-01')).toBe(false);
  });
});

describe('a scorecard as of a day', () => {
  const pledge = commitment({
    issueAreas: ['us-dos-2021/3'],
    deadline: '2022-12',
    ratings: [rating('in-the-works', '2022-03-16'), rating('compromise', '2023-03-19')],
  });
  const kept = commitment({
    madeOn: '2022-01-10',
    issueAreas: ['us-dos-2021/2b'],
    ratings: [rating('kept', '2022-01-20')],
  });
  const later = commitment({ madeOn: '2024-05-01', issueAreas: ['us-dos-2021/2a'] });
  const all = [pledge, kept, later];

  it('counts what had been promised and how it stood on that day', () => {
    const before = buildScorecard({ country: 'KZ', asOf: '2023-03-01', commitments: all });
    expect(before.totals).toMatchObject({
      commitments: 2,
      rated: 2,
      kept: 1,
      shareKept: 0.5,
      overdue: 1,
      medianDaysToKept: 10,
    });
    expect(before.totals.byRating).toMatchObject({ 'in-the-works': 1, kept: 1, compromise: 0 });
    expect(before.commitments.map((c) => [c.id, c.rating])).toEqual([
      [kept.id, 'kept'],
      [pledge.id, 'in-the-works'],
    ]);

    const after = buildScorecard({ country: 'KZ', asOf: '2024-06-01', commitments: all });
    expect(after.totals).toMatchObject({ commitments: 3, rated: 2, kept: 1, overdue: 0 });
    expect(after.totals.byRating).toMatchObject({ compromise: 1, 'not-yet-rated': 1 });
  });

  it('groups by issue-area section, and filters by a section with its subsections', () => {
    const card = buildScorecard({ country: 'KZ', asOf: '2024-06-01', commitments: all });
    expect(card.byIssueArea.map((s) => [s.issueArea, s.totals.commitments])).toEqual([
      ['us-dos-2021/2', 2],
      ['us-dos-2021/3', 1],
    ]);
    const civil = buildScorecard({
      country: 'KZ',
      asOf: '2024-06-01',
      issueArea: 'us-dos-2021/2',
      commitments: all,
    });
    expect(civil.commitments.map((c) => c.id).sort()).toEqual([kept.id, later.id].sort());
    const press = buildScorecard({
      country: 'KZ',
      asOf: '2024-06-01',
      issueArea: 'us-dos-2021/2a',
      commitments: all,
    });
    expect(press.commitments.map((c) => c.id)).toEqual([later.id]);
  });

  it('draws promise against reality, one point per day something changed', () => {
    const card = buildScorecard({ country: 'KZ', asOf: '2023-06-01', commitments: all });
    expect(card.timeline).toEqual([
      { day: '2022-01-10', made: 1, kept: 0, broken: 0 },
      { day: '2022-01-20', made: 1, kept: 1, broken: 0 },
      { day: '2022-03-16', made: 2, kept: 1, broken: 0 },
      { day: '2023-03-19', made: 2, kept: 1, broken: 0 },
      { day: '2023-06-01', made: 2, kept: 1, broken: 0 },
    ]);
  });

  it('is the same whatever order the commitments and ratings come in, and never counts the future', () => {
    const day = fc.integer({ min: 0, max: 2000 }).map((d) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000));
    const iso = day.map((d) => d.toISOString().slice(0, 10));
    const arbitraryCommitment = fc.record({
      madeOn: iso,
      ratings: fc.array(
        fc.record({
          rating: fc.constantFrom('in-the-works', 'stalled', 'kept', 'broken' as const),
          ratedOn: iso,
        }),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(fc.array(arbitraryCommitment, { maxLength: 8 }), iso, (specs, asOf) => {
        const commitments = specs.map((spec, i) =>
          commitment({
            id: `p${i}`,
            madeOn: spec.madeOn,
            ratings: spec.ratings.map((r) => rating(r.rating, r.ratedOn)),
          }),
        );
        const card = buildScorecard({ country: 'UZ', asOf, commitments });
        const shuffled = buildScorecard({ country: 'UZ', asOf, commitments: [...commitments].reverse() });
        expect(shuffled).toEqual(card);
        // Adding ratings dated after the day changes nothing.
        const withFuture = commitments.map((c) => ({
          ...c,
          ratings: [...c.ratings, rating('broken', '2099')],
        }));
        expect(buildScorecard({ country: 'UZ', asOf, commitments: withFuture }).totals).toEqual(card.totals);
        expect(card.totals.commitments).toBe(specs.filter((s) => s.madeOn <= asOf).length);
        expect(
          card.timeline.every((point) => point.day <= asOf && point.kept + point.broken <= point.made),
        ).toBe(true);
      }),
    );
  });
});
