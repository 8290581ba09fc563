import { z } from 'zod';

/**
 * A date known to year, month or day precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * It stands for an interval of days, so "2021" is 1 January … 31 December 2021.
 */
export type PartialDate = string;

export type Precision = 'year' | 'month' | 'day';

export interface ParsedPartialDate {
  text: PartialDate;
  precision: Precision;
  /** First day of the interval, `YYYY-MM-DD`. */
  start: string;
  /** Last day of the interval, `YYYY-MM-DD`. */
  end: string;
}

export type Comparison = 'before' | 'after' | 'overlaps';
export type DayComparison = 'before' | 'after' | 'contains';

export const PARTIAL_DATE_MESSAGE = 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD';

// Years below 1000 are excluded so every date has four digits and ISO strings sort lexicographically.
const PATTERN = /^([1-9]\d{3})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the following month is the last day of this one; UTC avoids DST surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses without throwing; `undefined` means the text is not a valid partial date. */
function tryParse(text: string): ParsedPartialDate | undefined {
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  if (monthText === undefined) {
    return { text, precision: 'year', start: `${yearText}-01-01`, end: `${yearText}-12-31` };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) return undefined;
  const lastDay = daysInMonth(year, month);
  if (dayText === undefined) {
    const prefix = `${yearText}-${monthText}`;
    return { text, precision: 'month', start: `${prefix}-01`, end: `${prefix}-${pad2(lastDay)}` };
  }
  const day = Number(dayText);
  if (day < 1 || day > lastDay) return undefined;
  return { text, precision: 'day', start: text, end: text };
}

export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === 'string' && tryParse(value) !== undefined;
}

export const partialDateSchema = z
  .string({ error: PARTIAL_DATE_MESSAGE })
  .refine((text) => tryParse(text) !== undefined, { error: PARTIAL_DATE_MESSAGE });

/** @throws RangeError when `text` is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real date. */
export function parsePartialDate(text: string): ParsedPartialDate {
  const parsed = tryParse(text);
  if (!parsed) throw new RangeError(`${JSON.stringify(text)} ${PARTIAL_DATE_MESSAGE}`);
  return parsed;
}

function parseDay(day: string): string {
  const parsed = tryParse(day);
  if (parsed?.precision !== 'day') {
    throw new RangeError(`${JSON.stringify(day)} must be a day as YYYY-MM-DD`);
  }
  return day;
}

/**
 * Three-valued: 'before' only when all of `a` certainly precedes all of `b`; anything
 * uncertain (shared days, or one containing the other) is 'overlaps'.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): Comparison {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  if (pa.end < pb.start) return 'before';
  if (pa.start > pb.end) return 'after';
  return 'overlaps';
}

export function isCertainlyBefore(a: PartialDate, b: PartialDate): boolean {
  return comparePartialDates(a, b) === 'before';
}

export function isCertainlyAfter(a: PartialDate, b: PartialDate): boolean {
  return comparePartialDates(a, b) === 'after';
}

export function overlaps(a: PartialDate, b: PartialDate): boolean {
  return comparePartialDates(a, b) === 'overlaps';
}

/**
 * Where a partial date lies relative to one day: wholly before it, wholly after it, or
 * possibly on it ('contains'). "As of D" queries treat 'contains' as possible, not certain.
 */
export function compareWithDay(date: PartialDate, day: string): DayComparison {
  const parsed = parsePartialDate(date);
  const d = parseDay(day);
  if (parsed.end < d) return 'before';
  if (parsed.start > d) return 'after';
  return 'contains';
}

const PRECISION_FORMATS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

// Plain 'en' would give US order ("January 29, 2021"); the project writes dates the British way.
function resolveLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale;
}

/** Human-readable date at its own precision: "2021", "February 2023", "29 January 2021". */
export function formatPartialDate(text: PartialDate, locale = 'en'): string {
  const parsed = parsePartialDate(text);
  const [year = 0, month = 1, day = 1] = parsed.start.split('-').map(Number);
  const format = new Intl.DateTimeFormat(resolveLocale(locale), {
    ...PRECISION_FORMATS[parsed.precision],
    timeZone: 'UTC',
  });
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * Deterministic sort key: ISO 8601 interval `start/end`. Because both halves are fixed-width,
 * comparing keys as strings orders by start, then by end (so "2021" sorts after "2021-01").
 */
export function sortKey(text: PartialDate): string {
  const { start, end } = parsePartialDate(text);
  return `${start}/${end}`;
}

/** Comparator for Array.prototype.sort using {@link sortKey}. */
export function comparePartialDatesForSort(a: PartialDate, b: PartialDate): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
