import i18next from 'i18next';
import { type LocalizedText, pickLanguage } from '../../../../src/core/language.ts';

/**
 * A record's narrative text (a commitment's title) in the interface language, else English, else
 * the first language it was written in; null when the caller may not see it.
 */
export function localized(text: LocalizedText | null | undefined): string | null {
  return pickLanguage(text, i18next.language) ?? null;
}
