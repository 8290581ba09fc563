import { describe, expect, it } from 'vitest';
import {
  formatObservation,
  formatObservationValue,
  latestObservation,
  observationsInOrder,
} from './indicator.observations.ts';

// The coalition letter: none in prison in 2020, at least 18 by February 2023.
const none2020 = { id: 'a', date: '2020', value: 0, qualifier: 'exact' } as const;
const atLeast18 = { id: 'b', date: '2023-02', value: 18, qualifier: 'at-least' } as const;
const sept2022 = { id: 'c', date: '2022-09-01', value: 12, qualifier: 'about' } as const;

describe('observationsInOrder', () => {
  it('orders by partial date, a year before its own months, keeping ties in entry order', () => {
    const year2023 = { id: 'd', date: '2023', value: 20, qualifier: 'at-most' } as const;
    const tie = { ...atLeast18, id: 'e' };
    expect(observationsInOrder([atLeast18, none2020, tie, year2023, sept2022]).map((o) => o.id)).toEqual([
      'a',
      'c',
      'd',
      'b',
      'e',
    ]);
  });

  it('does not change the list it was given', () => {
    const list = [atLeast18, none2020];
    observationsInOrder(list);
    expect(list).toEqual([atLeast18, none2020]);
  });
});

describe('latestObservation', () => {
  const all = [atLeast18, none2020, sept2022];

  it('is the latest of all without a day, and undefined for none', () => {
    expect(latestObservation(all)).toBe(atLeast18);
    expect(latestObservation([])).toBeUndefined();
    expect(latestObservation([], '2023-01-01')).toBeUndefined();
  });

  it('takes only observations certainly on or before the day', () => {
    expect(latestObservation(all, '2023-03-01')).toBe(atLeast18);
    expect(latestObservation(all, '2023-02-28')).toBe(atLeast18);
    // February 2023 only possibly precedes the 15th, so the value before it stands.
    expect(latestObservation(all, '2023-02-15')).toBe(sept2022);
    expect(latestObservation(all, '2022-09-01')).toBe(sept2022);
    expect(latestObservation(all, '2022-08-31')).toBe(none2020);
    // All of 2020 precedes only the days from its last one on.
    expect(latestObservation(all, '2020-12-31')).toBe(none2020);
    expect(latestObservation(all, '2020-06-01')).toBeUndefined();
  });

  it('refuses a day that is not YYYY-MM-DD', () => {
    expect(() => latestObservation(all, '2023')).toThrow(RangeError);
    expect(() => latestObservation([], '2023-02-30')).toThrow(RangeError);
  });
});

describe('formatObservation', () => {
  it('shows the qualifier as a sign and the date as recorded', () => {
    expect(formatObservation(atLeast18)).toBe('≥18 (2023-02)');
    expect(formatObservation(none2020)).toBe('0 (2020)');
    expect(formatObservationValue({ value: 9900, qualifier: 'about' })).toBe('≈9900');
    expect(formatObservationValue({ value: 12.5, qualifier: 'at-most' }, 'percent')).toBe('≤12.5%');
  });
});
