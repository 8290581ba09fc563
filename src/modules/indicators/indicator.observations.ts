import { comparePartialDatesForSort, compareWithDay, parsePartialDate } from '../../core/partial-date.ts';
import type { IndicatorUnit, ObservationQualifier } from './indicator.schema.ts';

/** The least the helpers need, so they take stored, parsed and unparsed observations alike. */
interface Dated {
  readonly date: string;
}

/**
 * Observations in date order (by start, then end, so "2023" comes before "2023-02"); observations
 * on the same date keep the order they were entered in.
 */
export function observationsInOrder<O extends Dated>(observations: readonly O[]): O[] {
  return [...observations].sort((a, b) => comparePartialDatesForSort(a.date, b.date));
}

/** Whether all of `date` lies on or before `day`: "2023-02" does for 28 February, not for the 15th. */
function isCertainlyOnOrBefore(date: string, day: string): boolean {
  const where = compareWithDay(date, day);
  return where === 'before' || (where === 'contains' && parsePartialDate(date).end === day);
}

/**
 * The latest observation, or with `asOfDay` (YYYY-MM-DD) the latest one certainly on or before that
 * day: an observation whose period only possibly precedes the day is skipped, since its value may
 * describe a later time. Undefined when there is none.
 *
 * @throws RangeError when `asOfDay` is not a YYYY-MM-DD day.
 */
export function latestObservation<O extends Dated>(
  observations: readonly O[],
  asOfDay?: string,
): O | undefined {
  const ordered = observationsInOrder(observations);
  if (asOfDay === undefined) return ordered.at(-1);
  // Checks the day even when no observation would compare with it.
  compareWithDay('2000', asOfDay);
  return ordered.filter((o) => isCertainlyOnOrBefore(o.date, asOfDay)).at(-1);
}

const QUALIFIER_SIGNS: Record<ObservationQualifier, string> = {
  exact: '',
  'at-least': '≥',
  about: '≈',
  'at-most': '≤',
};

/** A value as people read it: "≥18", "≈9900", "12.5%". */
export function formatObservationValue(
  observation: { value: number; qualifier: ObservationQualifier },
  unit?: IndicatorUnit,
): string {
  return `${QUALIFIER_SIGNS[observation.qualifier]}${observation.value}${unit === 'percent' ? '%' : ''}`;
}

/** A value with its date, as list rows show it: "≥18 (2023-02)". */
export function formatObservation(
  observation: { value: number; qualifier: ObservationQualifier; date: string },
  unit?: IndicatorUnit,
): string {
  return `${formatObservationValue(observation, unit)} (${observation.date})`;
}
