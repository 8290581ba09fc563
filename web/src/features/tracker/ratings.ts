import {
  type CurrentRating,
  IMPLEMENTATION_RATINGS,
  NOT_YET_RATED,
  PROMISE_RATINGS,
  type Rating,
} from '../../../../src/modules/commitments/rating.ts';

export type { CurrentRating, Rating };
export { NOT_YET_RATED };

/** The board's columns for pledges and assurances, and for UN recommendations (rated on implementation). */
export const PROMISE_COLUMNS: readonly CurrentRating[] = [NOT_YET_RATED, ...PROMISE_RATINGS];
export const IMPLEMENTATION_COLUMNS: readonly CurrentRating[] = IMPLEMENTATION_RATINGS;
export const ALL_RATINGS: readonly CurrentRating[] = [...PROMISE_COLUMNS, ...IMPLEMENTATION_COLUMNS];

/** The scale a commitment of this kind is rated on. */
export function scaleOf(kind: string): readonly Rating[] {
  return kind === 'un-recommendation' ? IMPLEMENTATION_RATINGS : PROMISE_RATINGS;
}

/**
 * Badge colours: Mantine colour names whose light variant the theme darkens to AA contrast. Kept
 * and fully implemented read green, broken and not implemented red, the ones in between amber.
 */
export const RATING_COLOR: Record<CurrentRating, string> = {
  'not-yet-rated': 'gray',
  'in-the-works': 'blue',
  stalled: 'yellow',
  kept: 'green',
  compromise: 'teal',
  broken: 'red',
  'not-implemented': 'red',
  'partially-implemented': 'yellow',
  'fully-implemented': 'green',
};

/** Chart fills (no text sits on them, so the plain palette shades). */
export const RATING_CHART_COLOR: Record<CurrentRating, string> = {
  'not-yet-rated': 'gray.5',
  'in-the-works': 'blue.6',
  stalled: 'yellow.6',
  kept: 'green.7',
  compromise: 'teal.6',
  broken: 'red.7',
  'not-implemented': 'red.4',
  'partially-implemented': 'orange.5',
  'fully-implemented': 'green.4',
};

/** Today in the user's own time zone as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
