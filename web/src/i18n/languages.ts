/** The languages of the interface, each named in itself, with the locale its dates and numbers use. */
export const LANGUAGES = [
  { code: 'en', name: 'English', locale: 'en-GB' },
  { code: 'ru', name: 'Русский', locale: 'ru-RU' },
  { code: 'kk', name: 'Қазақша', locale: 'kk-KZ' },
  { code: 'uz', name: 'Oʻzbekcha', locale: 'uz-Latn-UZ' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const NAMESPACES = [
  'common',
  'auth',
  'account',
  'admin',
  'dashboard',
  'lists',
  'records',
  'history',
  'import',
  /** The accountability tracker: board, commitment and engagement pages, scorecards. */
  'tracker',
  /** Briefings, letters and their sign-on. */
  'letters',
  /** Documents: adding files and folders, the list, and the viewer with its pages. */
  'documents',
  /** The search over records and document pages. */
  'search',
  /** Labels of the schemas' enum values (case types, statuses, kinds…), shared by every screen. */
  'vocabulary',
] as const;

export const STORAGE_KEY = 'docket.language';

export function isLanguage(code: string | null | undefined): code is LanguageCode {
  return LANGUAGES.some((language) => language.code === code);
}

export function localeOf(code: string): string {
  return LANGUAGES.find((language) => language.code === code)?.locale ?? 'en-GB';
}

/** The remembered choice, else the browser's first language Docket speaks, else English. */
export function initialLanguage(stored: string | null, preferred: readonly string[]): LanguageCode {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
