import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from './languages.ts';

const MONTH_PRECISION = /^\d{4}-\d{2}$/;
const YEAR_PRECISION = /^\d{4}$/;
const DAY_PRECISION = /^\d{4}-\d{2}-\d{2}$/;

/** Dates, partial dates, numbers and times formatted for the interface language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return useMemo(() => {
    const number = new Intl.NumberFormat(locale);
    const day = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    return {
      locale,
      number: (value: number) => number.format(value),
      /** A partial date as stored ("2022", "2022-01", "2022-01-05"); anything else is shown as is. */
      partialDate(value: string | null | undefined): string {
        if (!value) return '';
        if (DAY_PRECISION.test(value)) return day.format(new Date(`${value}T00:00:00Z`));
        if (MONTH_PRECISION.test(value)) return month.format(new Date(`${value}-01T00:00:00Z`));
        if (YEAR_PRECISION.test(value)) return value;
        return value;
      },
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      /** "3 days ago", for recent changes. */
      ago(iso: string, now = Date.now()): string {
        const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
        const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
          ['year', 31_536_000],
          ['month', 2_592_000],
          ['day', 86_400],
          ['hour', 3_600],
          ['minute', 60],
        ];
        for (const [unit, size] of steps) {
          if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
        }
        return relative.format(seconds, 'second');
      },
    };
  }, [locale]);
}
