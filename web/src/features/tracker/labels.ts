import { useTranslation } from 'react-i18next';
import { type LocalizedText, pickLanguage } from '../../../../src/core/language.ts';
import { useVocabularyLabel } from '../../i18n/vocabulary.ts';
import { useDisplayNames } from '../lists/countries.ts';

/**
 * The labels the tracker's screens show: enum values from the shared vocabulary (the code itself
 * when a label is missing), country names, and localized text in the reader's language.
 */
export function useLabels() {
  const vocabulary = useVocabularyLabel();
  const names = useDisplayNames();
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return {
    /** `group` is the vocabulary group: rating, commitmentKind, issueArea, agendaOutcome… */
    of: (group: string, value: string) => vocabulary(group, value) ?? value,
    country: (code: string) => names.country(code),
    text: (text: LocalizedText | null | undefined) => pickLanguage(text ?? null, language) ?? '',
    language,
  };
}
