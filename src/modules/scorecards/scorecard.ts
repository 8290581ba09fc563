import { parsePartialDate } from '../../core/partial-date.ts';
import type { CommitmentFields } from '../commitments/commitment.schema.ts';
import { type IssueArea, isUnderIssueArea, parentIssueArea } from '../commitments/issue-areas.ts';
import {
  type CurrentRating,
  currentRating,
  currentRatingSchema,
  isOverdue,
  KEPT_RATINGS,
  NOT_YET_RATED,
  ratingAsOf,
  ratingEffectiveDay,
  ratingsInOrder,
} from '../commitments/rating.ts';
import type { Scorecard, ScorecardTotals, ScoredCommitment } from './scorecard.schema.ts';

/**
 * Scorecards, pure: the same commitments and day always give the same scorecard. "As of D" is valid
 * time: a commitment counts once made (its date's first day on or before D; an undated one always),
 * and is judged by the latest rating in force on D, so ratings recorded later about earlier days
 * change a past scorecard, as they should, while ratings dated after D never do.
 */
export type ScorableCommitment = Pick<
  CommitmentFields,
  'title' | 'kind' | 'madeOn' | 'deadline' | 'ratings' | 'issueAreas'
> & { id: string };

export function isMadeBy(commitment: Pick<CommitmentFields, 'madeOn'>, day: string): boolean {
  return !commitment.madeOn || parsePartialDate(commitment.madeOn).start <= day;
}

export function scoreCommitment(commitment: ScorableCommitment, day: string): ScoredCommitment {
  const rating = ratingAsOf(commitment.ratings, day);
  return {
    id: commitment.id,
    title: commitment.title,
    kind: commitment.kind,
    madeOn: commitment.madeOn,
    deadline: commitment.deadline,
    rating: rating?.rating ?? NOT_YET_RATED,
    ratedOn: rating?.ratedOn ?? null,
    rationale: rating?.rationale ?? null,
    isOverdue: isOverdue(commitment, day),
    issueAreas: commitment.issueAreas,
  };
}

const DAY_MS = 86_400_000;

/** Days from the promise to the first rating in force on `day` that found it kept. */
function daysToKept(commitment: ScorableCommitment, day: string): number | null {
  if (!commitment.madeOn) return null;
  const kept = ratingsInOrder(commitment.ratings).find(
    (r) => KEPT_RATINGS.includes(r.rating) && ratingEffectiveDay(r) <= day,
  );
  if (!kept) return null;
  const from = Date.parse(parsePartialDate(commitment.madeOn).start);
  return Math.round((Date.parse(ratingEffectiveDay(kept)) - from) / DAY_MS);
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function totalsOf(commitments: readonly ScorableCommitment[], day: string): ScorecardTotals {
  const byRating = Object.fromEntries(currentRatingSchema.options.map((r) => [r, 0])) as Record<
    CurrentRating,
    number
  >;
  let overdue = 0;
  const days: number[] = [];
  for (const commitment of commitments) {
    const rating = currentRating(commitment.ratings, day);
    byRating[rating] += 1;
    if (isOverdue(commitment, day)) overdue += 1;
    if (KEPT_RATINGS.includes(rating)) {
      const taken = daysToKept(commitment, day);
      if (taken !== null) days.push(taken);
    }
  }
  const rated = commitments.length - byRating[NOT_YET_RATED];
  const kept = KEPT_RATINGS.reduce((sum, r) => sum + byRating[r], 0);
  return {
    commitments: commitments.length,
    byRating,
    rated,
    kept,
    shareKept: rated === 0 ? null : kept / rated,
    overdue,
    medianDaysToKept: median(days),
  };
}

/** One point per day on which a commitment was made or a rating took effect, up to and with `day`. */
function timelineOf(commitments: readonly ScorableCommitment[], day: string): Scorecard['timeline'] {
  const days = new Set<string>([day]);
  for (const c of commitments) {
    if (c.madeOn) days.add(parsePartialDate(c.madeOn).start);
    for (const r of c.ratings) days.add(ratingEffectiveDay(r));
  }
  return [...days]
    .filter((d) => d <= day)
    .sort()
    .map((d) => {
      const made = commitments.filter((c) => isMadeBy(c, d));
      const ratings = made.map((c) => currentRating(c.ratings, d));
      return {
        day: d,
        made: made.length,
        kept: ratings.filter((r) => KEPT_RATINGS.includes(r)).length,
        broken: ratings.filter((r) => r === 'broken').length,
      };
    });
}

export function buildScorecard(options: {
  country: string;
  asOf: string;
  issueArea?: IssueArea | undefined;
  commitments: readonly ScorableCommitment[];
}): Scorecard {
  const { asOf, issueArea } = options;
  const scored = options.commitments.filter(
    (c) =>
      isMadeBy(c, asOf) && (!issueArea || c.issueAreas.some((area) => isUnderIssueArea(area, issueArea))),
  );
  const sections = [...new Set(scored.flatMap((c) => c.issueAreas.map(parentIssueArea)))].sort();
  return {
    country: options.country,
    asOf,
    issueArea: issueArea ?? null,
    totals: totalsOf(scored, asOf),
    byIssueArea: sections.map((section) => ({
      issueArea: section,
      totals: totalsOf(
        scored.filter((c) => c.issueAreas.some((area) => isUnderIssueArea(area, section))),
        asOf,
      ),
    })),
    timeline: timelineOf(scored, asOf),
    commitments: scored
      .map((c) => scoreCommitment(c, asOf))
      .sort((a, b) => (a.madeOn ?? '').localeCompare(b.madeOn ?? '') || a.id.localeCompare(b.id)),
  };
}
