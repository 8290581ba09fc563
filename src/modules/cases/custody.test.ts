import { describe, expect, it } from 'vitest';
import { addDays, type CustodyStep, custodyOn, deriveCustody, statusOn, stepDays } from './custody.ts';
import type { Sentence } from './timeline.schema.ts';

const on = (value: string) => [{ value }];
const sentence = (
  custody: Sentence['custody'],
  termMonths: number | null = null,
): CustodyStep['sentence'] => [{ value: { custody, termMonths, fines: [], bans: [], text: null } }];

/** Zhanbolat Mamay, as reported (facts.md): administrative detention, arrest, house arrest, suspended sentence. */
const mamay: CustodyStep[] = [
  { kind: 'administrative-detention', date: on('2022-02-25'), durationDays: 15 },
  { kind: 'arrest', date: on('2022-03') },
  { kind: 'charge', date: on('2022-03') },
  { kind: 'charge', date: on('2022-06') },
  { kind: 'house-arrest', date: on('2022-11') },
  { kind: 'sentence', date: on('2023-04-10'), sentence: sentence('suspended', 72) },
];

/** Otabek Sattoriy: detained on 29 or 30 January 2021; sentenced; correctional labour from 5 February 2024. */
const sattoriy: CustodyStep[] = [
  { kind: 'correctional-labour', date: on('2024-02-05') },
  { kind: 'arrest', date: [{ value: '2021-01-29' }, { value: '2021-01-30' }] },
  { kind: 'sentence', date: on('2021-05-10'), sentence: sentence('imprisonment', 78) },
  { kind: 'appeal', date: on('2021-07-15'), appealOutcome: 'upheld' },
  { kind: 'appeal', date: on('2022-04-05'), appealOutcome: 'upheld' },
  { kind: 'transfer', date: on('2023-12') },
];

describe('custody derived from a timeline', () => {
  it('Mamay: deprived from the administrative detention until house arrest, then restricted', () => {
    const { intervals } = deriveCustody(mamay);
    expect(intervals).toEqual([
      {
        kind: 'deprived',
        start: { earliest: '2022-02-25', latest: '2022-02-25' },
        end: { earliest: '2022-11-01', latest: '2022-11-30' },
        basis: 'administrative-detention',
      },
      {
        kind: 'restricted',
        start: { earliest: '2022-11-01', latest: '2022-11-30' },
        end: null,
        basis: 'house-arrest',
      },
    ]);
    expect(custodyOn(intervals, 'deprived', '2022-12-01')).toBe('no');
    expect(custodyOn(intervals, 'restricted', '2022-12-01')).toBe('yes');
    expect(custodyOn(intervals, 'deprived', '2022-06-01')).toBe('yes');
    // House arrest some day in November: on 15 November he may be under either.
    expect(custodyOn(intervals, 'deprived', '2022-11-15')).toBe('possibly');
    expect(custodyOn(intervals, 'restricted', '2022-11-15')).toBe('possibly');
    expect(statusOn(mamay, '2024-01-01')).toBe('restricted-liberty');
  });

  it('Sattoriy: deprived on 1 December 2021, 2022 and 2023, not in 2024', () => {
    const derivation = deriveCustody(sattoriy);
    for (const year of [2021, 2022, 2023]) {
      expect(custodyOn(derivation.intervals, 'deprived', `${year}-12-01`), String(year)).toBe('yes');
    }
    expect(custodyOn(derivation.intervals, 'deprived', '2024-12-01')).toBe('no');
    expect(custodyOn(derivation.intervals, 'restricted', '2024-12-01')).toBe('yes');
    expect(derivation.intervals[0]?.start).toEqual({ earliest: '2021-01-29', latest: '2021-01-30' });
    // The disputed arrest date: on 30 January he was possibly already detained.
    expect(custodyOn(derivation.intervals, 'deprived', '2021-01-30')).toBe('possibly');
    expect(custodyOn(derivation.intervals, 'deprived', '2021-01-31')).toBe('yes');
    expect(statusOn(sattoriy, '2022-01-01')).toBe('imprisoned');
    expect(statusOn(sattoriy, '2025-01-01')).toBe('correctional-labour');
  });

  it('applies the census rule at the boundaries: arrested on D not counted, released on D counted', () => {
    const { intervals } = deriveCustody([
      { kind: 'arrest', date: on('2022-12-01') },
      { kind: 'release', date: on('2023-12-01') },
    ]);
    expect(custodyOn(intervals, 'deprived', '2022-12-01')).toBe('no');
    expect(custodyOn(intervals, 'deprived', '2022-12-02')).toBe('yes');
    expect(custodyOn(intervals, 'deprived', '2023-12-01')).toBe('yes');
    expect(custodyOn(intervals, 'deprived', '2023-12-02')).toBe('no');
  });

  it('ends an administrative detention by itself after its duration, counting the last day', () => {
    const steps: CustodyStep[] = [
      { kind: 'administrative-detention', date: on('2022-02-25'), durationDays: 15 },
    ];
    const derivation = deriveCustody(steps);
    expect(derivation.intervals[0]?.end).toEqual({ earliest: '2022-03-12', latest: '2022-03-12' });
    expect(custodyOn(derivation.intervals, 'deprived', '2022-03-12')).toBe('yes');
    expect(custodyOn(derivation.intervals, 'deprived', '2022-03-13')).toBe('no');
    expect(statusOn(steps, '2022-03-01')).toBe('administrative-detention');
    expect(statusOn(steps, '2022-04-01')).toBe('released');
  });

  it('treats a year-only arrest as possibly in custody during that year', () => {
    const { intervals } = deriveCustody([{ kind: 'arrest', date: on('2021') }]);
    expect(custodyOn(intervals, 'deprived', '2021-06-01')).toBe('possibly');
    expect(custodyOn(intervals, 'deprived', '2022-01-01')).toBe('yes');
    expect(custodyOn(intervals, 'deprived', '2021-01-01')).toBe('no');
  });

  it('uses the preferred date claim when there is one', () => {
    expect(stepDays({ date: [{ value: '2021-01-29' }, { value: '2021-01-30', isPreferred: true }] })).toEqual(
      {
        earliest: '2021-01-30',
        latest: '2021-01-30',
      },
    );
  });

  it('ends custody at a death in custody and ignores later steps', () => {
    const steps: CustodyStep[] = [
      { kind: 'arrest', date: on('2022-07') },
      { kind: 'sentence', date: on('2023-01-31'), sentence: sentence('imprisonment', 72) },
      { kind: 'death-in-custody', date: on('2023-02') },
      { kind: 'release', date: on('2023-06') },
    ];
    const derivation = deriveCustody(steps);
    expect(derivation.intervals).toHaveLength(1);
    expect(derivation.intervals[0]?.end).toEqual({ earliest: '2023-02-01', latest: '2023-02-28' });
    expect(statusOn(steps, '2024-01-01')).toBe('died-in-custody');
  });

  it('derives statuses without custody: open, charged, acquitted, convicted without custody', () => {
    expect(statusOn([], '2024-01-01')).toBe('open');
    expect(statusOn([{ kind: 'charge', date: on('2022') }], '2024-01-01')).toBe('charged');
    const fined: CustodyStep[] = [
      { kind: 'charge', date: on('2022-01') },
      { kind: 'sentence', date: on('2022-05'), sentence: sentence('fine-only') },
    ];
    expect(deriveCustody(fined).intervals).toEqual([]);
    expect(statusOn(fined, '2024-01-01')).toBe('convicted-without-custody');
    const acquitted: CustodyStep[] = [
      { kind: 'arrest', date: on('2022-01-10') },
      { kind: 'acquittal', date: on('2022-05-01') },
    ];
    expect(statusOn(acquitted, '2024-01-01')).toBe('acquitted');
    expect(statusOn(acquitted, '2022-03-01')).toBe('pre-trial-detention');
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
  });
});
