import { z } from 'zod';

export const languageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as kk, ru, uz or uz-Latn');

/**
 * Narrative text (descriptions, summaries) in one or more languages, keyed by language tag:
 * `{ "en": "…", "ru": "…" }`. A reader sees their language, or the first one written.
 */
export const localizedTextSchema = z
  .record(languageTagSchema, z.string().trim().min(1, 'must not be empty').max(50_000))
  .refine((text) => Object.keys(text).length > 0, 'give the text in at least one language')
  .describe('Text by language tag, e.g. {"en": "…", "ru": "…"}');
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** The text in the reader's language, else English, else the first language given. */
export function pickLanguage(text: LocalizedText | null | undefined, language = 'en'): string | undefined {
  if (!text) return undefined;
  return text[language] ?? text.en ?? Object.values(text)[0];
}

/** ISO 3166-1 alpha-2, upper case: KZ, UZ, KG, TJ, TM… */
export const countrySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code such as KZ or UZ')
  .describe('ISO 3166-1 alpha-2 country code');
