/**
 * Month names and relative-time words for the languages whose locale data a browser may lack:
 * Chromium builds with a trimmed ICU have no Kazakh or Uzbek, and would print "2026 M12 2". The
 * forms follow CLDR (long dates: kk "2026 ж. 2 желтоқсан", uz "2-dekabr, 2026").
 */
export interface CalendarData {
  months: readonly string[];
  day(date: { year: number; month: string; day: number }): string;
  month(date: { year: number; month: string }): string;
  /** Words for seconds … years, and how "ago" and "in" attach to a count. */
  units: Record<'second' | 'minute' | 'hour' | 'day' | 'month' | 'year', string>;
  ago(count: number, unit: string): string;
  in(count: number, unit: string): string;
  /** The locale whose number format matches (space for thousands, comma for decimals). */
  numberLocale: string;
}

export const FALLBACK_CALENDARS: Readonly<Record<string, CalendarData>> = {
  kk: {
    months: [
      'қаңтар',
      'ақпан',
      'наурыз',
      'сәуір',
      'мамыр',
      'маусым',
      'шілде',
      'тамыз',
      'қыркүйек',
      'қазан',
      'қараша',
      'желтоқсан',
    ],
    day: ({ year, month, day }) => `${year} ж. ${day} ${month}`,
    month: ({ year, month }) => `${year} ж. ${month}`,
    units: { second: 'секунд', minute: 'минут', hour: 'сағат', day: 'күн', month: 'ай', year: 'жыл' },
    ago: (count, unit) => `${count} ${unit} бұрын`,
    in: (count, unit) => `${count} ${unit} кейін`,
    numberLocale: 'ru-RU',
  },
  uz: {
    months: [
      'yanvar',
      'fevral',
      'mart',
      'aprel',
      'may',
      'iyun',
      'iyul',
      'avgust',
      'sentabr',
      'oktabr',
      'noyabr',
      'dekabr',
    ],
    day: ({ year, month, day }) => `${day}-${month}, ${year}`,
    month: ({ year, month }) => `${month}, ${year}`,
    units: { second: 'soniya', minute: 'daqiqa', hour: 'soat', day: 'kun', month: 'oy', year: 'yil' },
    ago: (count, unit) => `${count} ${unit} oldin`,
    in: (count, unit) => `${count} ${unit} keyin`,
    numberLocale: 'ru-RU',
  },
};
