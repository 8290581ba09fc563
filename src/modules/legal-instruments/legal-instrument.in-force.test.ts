import { describe, expect, it } from 'vitest';
import { isInForceOn } from './legal-instrument.in-force.ts';

const base = { status: 'in-force', adoptedOn: null, inForceFrom: null, inForceTo: null } as const;

describe('isInForceOn', () => {
  // The Justice Ministry rules on NGO events, known only to June 2018.
  const eventRules = { ...base, adoptedOn: '2018-06', inForceFrom: '2018-06' } as const;

  it('is certain once the month of entry into force is over, possible within it, not before it', () => {
    expect(isInForceOn(eventRules, '2022-12-01')).toBe('yes');
    expect(isInForceOn(eventRules, '2018-07-01')).toBe('yes');
    expect(isInForceOn(eventRules, '2018-06-30')).toBe('yes');
    expect(isInForceOn(eventRules, '2018-06-15')).toBe('possibly');
    expect(isInForceOn(eventRules, '2018-05-31')).toBe('no');
  });

  it('counts the first and last day in force as in force', () => {
    const decree = {
      ...base,
      status: 'repealed',
      inForceFrom: '2022-06-16',
      inForceTo: '2023-12-31',
    } as const;
    expect(isInForceOn(decree, '2022-06-15')).toBe('no');
    expect(isInForceOn(decree, '2022-06-16')).toBe('yes');
    expect(isInForceOn(decree, '2023-12-31')).toBe('yes');
    expect(isInForceOn(decree, '2024-01-01')).toBe('no');
  });

  it('is only possible within a partial end date, except on its first day', () => {
    // The last day in force lies somewhere in 2024, so it is certainly still in force on 1 January.
    const decree = { ...base, status: 'repealed', inForceFrom: '2022-06-16', inForceTo: '2024' } as const;
    expect(isInForceOn(decree, '2023-12-31')).toBe('yes');
    expect(isInForceOn(decree, '2024-01-01')).toBe('yes');
    expect(isInForceOn(decree, '2024-01-02')).toBe('possibly');
    expect(isInForceOn(decree, '2024-12-31')).toBe('possibly');
    expect(isInForceOn(decree, '2025-01-01')).toBe('no');
  });

  it('treats an unrecorded repeal or suspension date as possibly still in force', () => {
    const from = { ...base, inForceFrom: '2014-07-03' };
    expect(isInForceOn({ ...from, status: 'repealed' }, '2023-02-01')).toBe('possibly');
    expect(isInForceOn({ ...from, status: 'suspended' }, '2023-02-01')).toBe('possibly');
    expect(isInForceOn({ ...from, status: 'amended' }, '2023-02-01')).toBe('yes');
    expect(isInForceOn({ ...from, status: 'amended' }, '2014-07-02')).toBe('no');
  });

  it('falls back on the adoption date when the entry into force is not recorded', () => {
    const code = { ...base, adoptedOn: '2014-07' };
    expect(isInForceOn(code, '2014-06-30')).toBe('no');
    expect(isInForceOn(code, '2014-07-10')).toBe('possibly');
    expect(isInForceOn(code, '2022-03-12')).toBe('possibly');
    expect(isInForceOn(base, '2022-03-12')).toBe('possibly');
  });

  it('never has a draft in force', () => {
    expect(isInForceOn({ ...base, status: 'draft', inForceFrom: '2020' }, '2023-01-01')).toBe('no');
  });

  it('refuses a day that is not YYYY-MM-DD', () => {
    expect(() => isInForceOn(eventRules, '2023-02')).toThrow(RangeError);
    expect(() => isInForceOn({ ...base, status: 'draft' }, 'soon')).toThrow(RangeError);
  });
});
