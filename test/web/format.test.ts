import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../web/src/i18n/format.ts';

/** The formatter with and without the browser's locale data (Chromium may lack Kazakh and Uzbek). */
describe('dates and numbers per language', () => {
  const now = Date.parse('2026-12-02T12:00:00Z');

  it('speaks Kazakh and Uzbek from Docket’s own calendar when the browser has no locale data', () => {
    const kk = createFormatter('kk', false);
    expect(kk.partialDate('2022-01-05')).toBe('2022 ж. 5 қаңтар');
    expect(kk.partialDate('2022-12')).toBe('2022 ж. желтоқсан');
    expect(kk.partialDate('2022')).toBe('2022');
    expect(kk.ago('2026-12-02T11:55:00Z', now)).toBe('5 минут бұрын');
    expect(kk.number(1234567.5)).toMatch(/^1\s234\s567,5$/);
    const uz = createFormatter('uz', false);
    expect(uz.partialDate('2022-01-05')).toBe('5-yanvar, 2022');
    expect(uz.partialDate('2023-04')).toBe('aprel, 2023');
    expect(uz.ago('2026-11-29T12:00:00Z', now)).toBe('3 kun oldin');
    expect(uz.dateTime('2026-12-02T09:05:00')).toMatch(/^2-dekabr, 2026, 09:05$/);
  });

  it('uses the browser’s Intl where it has the language', () => {
    const en = createFormatter('en', true);
    expect(en.partialDate('2022-01-05')).toBe('5 January 2022');
    expect(en.partialDate('2022-12')).toBe('December 2022');
    expect(en.ago('2026-12-02T11:55:00Z', now)).toBe('5 minutes ago');
    const ru = createFormatter('ru', true);
    expect(ru.partialDate('2022-01-05')).toBe('5 января 2022 г.');
    expect(ru.number(1234.5)).toMatch(/^1\s234,5$/);
  });
});
