import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  comparePartialDatesForSort,
  compareWithDay,
  formatPartialDate,
  isCertainlyAfter,
  isCertainlyBefore,
  isPartialDate,
  overlaps,
  PARTIAL_DATE_MESSAGE,
  parsePartialDate,
  partialDateSchema,
  sortKey,
} from './partial-date.ts';

const BAD_INPUTS = [
  '',
  '21',
  '202',
  '0999',
  '2021-1',
  '2021-00',
  '2021-13',
  '2021-02-29',
  '2020-02-30',
  '2021-02-30',
  '2021-04-31',
  '2021-01-00',
  '2021-01-32',
  '2021-1-05',
  ' 2021',
  '2021 ',
  '2021-01-29T00:00',
  '2021/01/29',
  '20210129',
  'abcd',
  '+2021',
];

describe('parsePartialDate', () => {
  it('parses a year as the whole year', () => {
    expect(parsePartialDate('2021')).toEqual({
      text: '2021',
      precision: 'year',
      start: '2021-01-01',
      end: '2021-12-31',
    });
  });

  it('parses a month as the whole month', () => {
    expect(parsePartialDate('2021-04')).toEqual({
      text: '2021-04',
      precision: 'month',
      start: '2021-04-01',
      end: '2021-04-30',
    });
  });

  it('parses a day as a single-day interval', () => {
    expect(parsePartialDate('2021-01-29')).toEqual({
      text: '2021-01-29',
      precision: 'day',
      start: '2021-01-29',
      end: '2021-01-29',
    });
  });

  it('knows leap years', () => {
    expect(parsePartialDate('2020-02').end).toBe('2020-02-29');
    expect(parsePartialDate('2021-02').end).toBe('2021-02-28');
    expect(parsePartialDate('2000-02').end).toBe('2000-02-29');
    expect(parsePartialDate('1900-02').end).toBe('1900-02-28');
    expect(parsePartialDate('2020-02-29').precision).toBe('day');
  });

  it('accepts the boundary years', () => {
    expect(parsePartialDate('1000').start).toBe('1000-01-01');
    expect(parsePartialDate('9999-12-31').end).toBe('9999-12-31');
  });

  it.each(BAD_INPUTS)('rejects %j', (bad) => {
    expect(() => parsePartialDate(bad)).toThrow(RangeError);
    expect(isPartialDate(bad)).toBe(false);
  });
});

describe('partialDateSchema', () => {
  it('accepts valid partial dates unchanged', () => {
    for (const good of ['2021', '2023-02', '2021-01-29', '2020-02-29']) {
      expect(partialDateSchema.parse(good)).toBe(good);
    }
  });

  it.each(BAD_INPUTS)('rejects %j with a clear message', (bad) => {
    const result = partialDateSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(PARTIAL_DATE_MESSAGE);
  });

  it('rejects non-strings', () => {
    for (const bad of [2021, null, undefined, {}]) {
      const result = partialDateSchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(PARTIAL_DATE_MESSAGE);
    }
  });
});

describe('comparePartialDates', () => {
  it.each([
    ['2021', '2021-05', 'overlaps'],
    ['2021-05', '2021', 'overlaps'],
    ['2021-01', '2021-02', 'before'],
    ['2021-02', '2021-01', 'after'],
    ['2021-01-29', '2021-01', 'overlaps'],
    ['2021-01-29', '2021-01-30', 'before'],
    ['2021-01-30', '2021-01-29', 'after'],
    ['2021-01-29', '2021-01-29', 'overlaps'],
    ['2020', '2021-01-01', 'before'],
    ['2021-12-31', '2021', 'overlaps'],
    ['2022-01-01', '2021', 'after'],
  ] as const)('%s vs %s → %s', (a, b, expected) => {
    expect(comparePartialDates(a, b)).toBe(expected);
    expect(isCertainlyBefore(a, b)).toBe(expected === 'before');
    expect(isCertainlyAfter(a, b)).toBe(expected === 'after');
    expect(overlaps(a, b)).toBe(expected === 'overlaps');
  });

  it('throws on invalid input', () => {
    expect(() => comparePartialDates('2021-13', '2021')).toThrow(RangeError);
  });
});

describe('compareWithDay', () => {
  it.each([
    ['2023-02', '2023-02-15', 'contains'],
    ['2023-02', '2023-02-01', 'contains'],
    ['2023-02', '2023-02-28', 'contains'],
    ['2023-02', '2023-03-01', 'before'],
    ['2023-02', '2023-01-31', 'after'],
    ['2021-01-29', '2021-01-29', 'contains'],
    ['2021-01-29', '2021-01-30', 'before'],
    ['2021', '2022-01-01', 'before'],
  ] as const)('%s vs day %s → %s', (date, day, expected) => {
    expect(compareWithDay(date, day)).toBe(expected);
  });

  it('requires a full day', () => {
    expect(() => compareWithDay('2021', '2021-01')).toThrow(RangeError);
    expect(() => compareWithDay('2021', '2021-02-30')).toThrow(RangeError);
  });
});

describe('formatPartialDate', () => {
  it('formats English at each precision, day-first', () => {
    expect(formatPartialDate('2021')).toBe('2021');
    expect(formatPartialDate('2023-02')).toBe('February 2023');
    expect(formatPartialDate('2021-01-29')).toBe('29 January 2021');
    expect(formatPartialDate('2021-12-31', 'en')).toBe('31 December 2021');
  });

  it('formats other locales at the same precision', () => {
    for (const locale of ['ru', 'kk', 'uz']) {
      expect(formatPartialDate('2021', locale)).toContain('2021');
      const month = formatPartialDate('2023-02', locale);
      expect(month).toContain('2023');
      expect(month).not.toMatch(/\b1\b/);
      expect(formatPartialDate('2021-01-29', locale)).toContain('29');
    }
    expect(formatPartialDate('2021-01-29', 'ru')).toBe('29 января 2021 г.');
  });

  it('does not shift the day by time zone', () => {
    expect(formatPartialDate('2021-01-01')).toBe('1 January 2021');
  });
});

describe('sortKey', () => {
  it('orders by start, then end', () => {
    const dates = ['2021', '2021-01-29', '2020-12', '2021-01', '2021-01-01'];
    expect([...dates].sort(comparePartialDatesForSort)).toEqual([
      '2020-12',
      '2021-01-01',
      '2021-01',
      '2021',
      '2021-01-29',
    ]);
    expect(sortKey('2021')).toBe('2021-01-01/2021-12-31');
  });
});

// Narrow year range so random pairs overlap often enough to exercise every branch.
const partialDateArb = fc
  .record({
    year: fc.integer({ min: 2019, max: 2021 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom('year', 'month', 'day'),
  })
  .map(({ year, month, day, precision }) => {
    const mm = String(month).padStart(2, '0');
    if (precision === 'year') return String(year);
    if (precision === 'month') return `${year}-${mm}`;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${mm}-${String(Math.min(day, last)).padStart(2, '0')}`;
  });

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

describe('properties', () => {
  it('generated dates are valid', () => {
    fc.assert(fc.property(partialDateArb, (d) => isPartialDate(d)));
  });

  it('before/after are mirror images and overlaps is symmetric', () => {
    fc.assert(
      fc.property(partialDateArb, partialDateArb, (a, b) => {
        const ab = comparePartialDates(a, b);
        const ba = comparePartialDates(b, a);
        expect(ab === 'before').toBe(ba === 'after');
        expect(ab === 'after').toBe(ba === 'before');
        expect(ab === 'overlaps').toBe(ba === 'overlaps');
      }),
    );
  });

  it('every day inside the interval is contained, and the days just outside are not', () => {
    fc.assert(
      fc.property(partialDateArb, (d) => {
        const { start, end } = parsePartialDate(d);
        for (let day = start; day <= end; day = addDays(day, 1)) {
          expect(compareWithDay(d, day)).toBe('contains');
          expect(comparePartialDates(d, day)).toBe('overlaps');
        }
        expect(compareWithDay(d, addDays(start, -1))).toBe('after');
        expect(compareWithDay(d, addDays(end, 1))).toBe('before');
      }),
      { numRuns: 50 },
    );
  });
});
