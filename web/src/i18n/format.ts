import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type CalendarData, FALLBACK_CALENDARS } from './calendar-data.ts';
import { localeOf } from './languages.ts';

const MONTH_PRECISION = /^\d{4}-\d{2}$/;
const YEAR_PRECISION = /^\d{4}$/;
const DAY_PRECISION = /^\d{4}-\d{2}-\d{2}$/;

type Unit = keyof CalendarData['units'];
const STEPS: ReadonlyArray<[Unit, number]> = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

export interface Formatter {
  locale: string;
  number(value: number): string;
  /** A partial date as stored ("2022", "2022-01", "2022-01-05"); anything else is shown as is. */
  partialDate(value: string | null | undefined): string;
  dateTime(iso: string): string;
  /** "3 days ago", for recent changes. */
  ago(iso: string, now?: number): string;
}

/** Whether this browser has the language's own date data, rather than a silent fallback. */
function hasLocaleData(locale: string): boolean {
  if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) return false;
  // Some builds list the locale yet have no month names for it and write "M01": judge by the output.
  const january = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2021, 0, 15)),
  );
  return !/M0?1/.test(january);
}

/**
 * The formatter of a language: the browser's Intl where it knows the locale, else Docket's own
 * calendar data (`calendar-data.ts`), so no screen shows "2026 M12 2".
 */
export function createFormatter(language: string, useIntl = hasLocaleData(localeOf(language))): Formatter {
  const locale = localeOf(language);
  const calendar = useIntl ? undefined : FALLBACK_CALENDARS[language];
  const number = new Intl.NumberFormat(calendar?.numberLocale ?? locale);
  const intlDay = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  const intlMonth = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const intlDateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });

  const day = (iso: string, utc: boolean): string => {
    const date = new Date(iso);
    if (!calendar) return intlDay.format(date);
    const parts = utc
      ? { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() }
      : { year: date.getFullYear(), month: date.getMonth(), day: date.getDate() };
    return calendar.day({ ...parts, month: calendar.months[parts.month] ?? '' });
  };

  return {
    locale,
    number: (value) => number.format(value),
    partialDate(value) {
      if (!value) return '';
      if (DAY_PRECISION.test(value)) return day(`${value}T00:00:00Z`, true);
      if (MONTH_PRECISION.test(value)) {
        const date = new Date(`${value}-01T00:00:00Z`);
        if (!calendar) return intlMonth.format(date);
        return calendar.month({
          year: date.getUTCFullYear(),
          month: calendar.months[date.getUTCMonth()] ?? '',
        });
      }
      if (YEAR_PRECISION.test(value)) return value;
      return value;
    },
    dateTime(iso) {
      if (!calendar) return intlDateTime.format(new Date(iso));
      return `${day(iso, false)}, ${time.format(new Date(iso))}`;
    },
    ago(iso, now = Date.now()) {
      const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
      const [unit, size] = STEPS.find(([, length]) => Math.abs(seconds) >= length) ?? ['second', 1];
      const count = Math.round(seconds / size);
      if (!calendar) return relative.format(count, unit);
      const word = calendar.units[unit];
      return count < 0 ? calendar.ago(-count, word) : calendar.in(count, word);
    },
  };
}

/** Dates, partial dates, numbers and times formatted for the interface language. */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => createFormatter(language), [language]);
}
