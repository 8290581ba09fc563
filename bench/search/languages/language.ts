/** What each language of the corpus provides; the text writer knows nothing language-specific beyond this. */

export type Language = 'ru' | 'kk' | 'uz-Latn' | 'uz-Cyrl' | 'en';
export const LANGUAGES: readonly Language[] = ['ru', 'kk', 'uz-Latn', 'uz-Cyrl', 'en'];

export interface LanguageData {
  language: Language;
  /** Real words in rough frequency order (function words first, then the forms of content words). */
  head: readonly string[];
  /** Pieces the long tail of plausible pseudo-words is built from, in this script's letters. */
  syllables: readonly string[];
  /** Endings the pseudo-words take, so the tail looks inflected as real words do. */
  endings: readonly string[];
  /**
   * Report sentences with slots: {P} a person, {C} a city, {CL} "in the city", {D} a date, {Y} a
   * year, {N} a small number, {A} a criminal-code article, {O} an organization.
   */
  templates: readonly string[];
  /** A city as named alone and as "in the city". */
  cities: ReadonlyArray<readonly [string, string]>;
  firstNames: readonly string[];
  surnames: readonly string[];
  organizations: readonly string[];
  /** Words a document title is made of: a kind of document and what it is about. */
  titleKinds: readonly string[];
  titleTopics: readonly string[];
  date(day: number, month: number, year: number): string;
}
