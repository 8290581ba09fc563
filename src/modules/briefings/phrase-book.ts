import { formatPartialDate } from '../../core/partial-date.ts';
import type { DocumentLanguage } from './briefing.schema.ts';

/**
 * The words around the data, per document language: every sentence a briefing or letter makes
 * from the data is one of these, filled with values from the facts and nothing else.
 */

export interface Phrases {
  language: DocumentLanguage;
  country(code: string): string;
  /** "Kazakhstan and Uzbekistan": a list in the nominative (templates word around the cases). */
  list(items: readonly string[]): string;
  date(partial: string): string;
  number(value: number): string;
  qualified(value: number, qualifier: string | null): string;
  days(count: { certain: number; possible: number }): string;
  people(count: number): string;
  months(count: number): string;
  sentenceKind(custody: string): string;
  status(status: string): string;
  askStatus(status: string, recorded: boolean): string;
  priority(priority: string): string;
  figureKind(kind: string): string;
  rating(rating: string): string;
  finding(body: string, finding: string, opinion: string | null): string;
  labels: Record<
    | 'briefing'
    | 'asOf'
    | 'audience'
    | 'countries'
    | 'talkingPoints'
    | 'asks'
    | 'figures'
    | 'indicators'
    | 'commitments'
    | 'sources'
    | 'person'
    | 'status'
    | 'charges'
    | 'sentence'
    | 'daysDeprived'
    | 'unDecisions'
    | 'commitment'
    | 'made'
    | 'deadline'
    | 'rating'
    | 'evidence'
    | 'noAsks'
    | 'noCommitments'
    | 'uncited'
    | 'withheld'
    | 'politicalPrisoner'
    | 'overdue'
    | 'alsoReported'
    | 'none',
    string
  >;
  audience(audience: string): string;
  letter: {
    /** "a; b; and c" */
    series(items: readonly string[]): string;
    eventFigures(event: string, figures: string): string;
    person(name: string, facts: string): string;
    asOf(status: string, date: string): string;
    detainedSince(date: string): string;
    daysInAll(days: string): string;
    /** The end of the last deprivation of liberty (release, or a move to house arrest). */
    heldUntil(date: string, days: string): string;
    commitments(date: string, list: string): string;
    commitment(title: string, made: string | null, rating: string): string;
    anonymous(count: number): string;
    noSignatories: string;
  };
  point: {
    openAskInCustody(name: string, status: string, ask: string, since: string | null, days: string): string;
    unFinding(name: string, finding: string): string;
    overdue(title: string, deadline: string): string;
    broken(title: string, ratedOn: string | null): string;
    disputed(event: string, kind: string, values: string): string;
  };
}

const LOCALE: Record<DocumentLanguage, string> = { en: 'en-GB', ru: 'ru' };

/** What every language's phrases share: names, lists, dates and numbers from the platform's Intl data. */
export function common(language: DocumentLanguage) {
  const locale = LOCALE[language];
  const numbers = new Intl.NumberFormat(locale);
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  const listFormat = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    language,
    country: (code: string) => regions.of(code) ?? code,
    list: (items: readonly string[]) => listFormat.format(items),
    date: (partial: string) => formatPartialDate(partial, language),
    number: (value: number) => numbers.format(value),
  };
}
