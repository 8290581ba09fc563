import { z } from 'zod';
import { parsePartialDate } from '../../core/partial-date.ts';

/**
 * The ratings of a commitment, as promise trackers judge them: on outcomes, with evidence, and
 * open to change. Pledges and assurances move through progress ratings to a final one; UN
 * recommendations are rated on implementation. "Not yet rated" is the absence of a rating.
 * Pure and free of server code: the web app, the scorecards and the store all judge with it.
 */
export const PROMISE_RATINGS = ['in-the-works', 'stalled', 'kept', 'compromise', 'broken'] as const;
export const IMPLEMENTATION_RATINGS = [
  'not-implemented',
  'partially-implemented',
  'fully-implemented',
] as const;
export const ratingSchema = z.enum([...PROMISE_RATINGS, ...IMPLEMENTATION_RATINGS]);
export type Rating = z.infer<typeof ratingSchema>;

export const NOT_YET_RATED = 'not-yet-rated';
export const currentRatingSchema = z.enum([NOT_YET_RATED, ...ratingSchema.options]);
export type CurrentRating = z.infer<typeof currentRatingSchema>;

/** Ratings that settle the commitment's fate; a later one may still revise them with new evidence. */
export const FINAL_RATINGS: readonly CurrentRating[] = ['kept', 'compromise', 'broken', 'fully-implemented'];
/** Ratings that count as the commitment kept. */
export const KEPT_RATINGS: readonly CurrentRating[] = ['kept', 'fully-implemented'];

export interface DatedRating {
  rating: Rating;
  /** The day or period the judgement holds from: the date of the evidence it rests on. */
  ratedOn: string;
}

/**
 * A rating takes effect on the last day of its date, the first day it has certainly happened, so a
 * rating dated "March 2023" does not count as of 1 March 2023. Ratings on the same day keep the
 * order they were recorded in.
 */
export function ratingEffectiveDay(rating: Pick<DatedRating, 'ratedOn'>): string {
  return parsePartialDate(rating.ratedOn).end;
}

/** The ratings in the order they took effect. */
export function ratingsInOrder<R extends DatedRating>(ratings: readonly R[]): R[] {
  return ratings
    .map((rating, position) => ({ rating, position, day: ratingEffectiveDay(rating) }))
    .sort((a, b) => (a.day === b.day ? a.position - b.position : a.day < b.day ? -1 : 1))
    .map((entry) => entry.rating);
}

/** The rating in force on `day` (`YYYY-MM-DD`), or the latest one when no day is given. */
export function ratingAsOf<R extends DatedRating>(ratings: readonly R[], day?: string): R | undefined {
  const effective = ratingsInOrder(ratings).filter((r) => day === undefined || ratingEffectiveDay(r) <= day);
  return effective.at(-1);
}

export function currentRating(ratings: readonly DatedRating[], day?: string): CurrentRating {
  return ratingAsOf(ratings, day)?.rating ?? NOT_YET_RATED;
}

/**
 * Overdue on `day`: its deadline had certainly passed (the last day of the deadline is before `day`)
 * and no final rating had settled it.
 */
export function isOverdue(
  commitment: { deadline: string | null; ratings: readonly DatedRating[] },
  day: string,
): boolean {
  if (!commitment.deadline) return false;
  if (parsePartialDate(commitment.deadline).end >= day) return false;
  return !FINAL_RATINGS.includes(currentRating(commitment.ratings, day));
}
