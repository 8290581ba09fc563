import { useMemo } from 'react';
import { useFormat } from '../../../i18n/format.ts';

/** Languages a record's names and texts are usually written in, in the region Docket serves. */
export const CONTENT_LANGUAGES = ['en', 'ru', 'kk', 'uz', 'uz-Cyrl', 'kaa', 'ky', 'tg', 'tk'] as const;
export const SCRIPTS = ['Cyrl', 'Latn', 'Arab', 'Hani'] as const;

function displayNames(locale: string, type: 'language' | 'script' | 'region') {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' });
  } catch {
    return undefined;
  }
}

/** Language, script and country names in the interface language, from the browser's own tables. */
export function useDisplayNames() {
  const { locale } = useFormat();
  return useMemo(() => {
    const named = (type: 'language' | 'script' | 'region') => {
      const local = displayNames(locale, type);
      const english = displayNames('en', type);
      // A browser without names in this language answers with the code; English reads better than "Cyrl".
      return (code: string) => {
        try {
          const name = local?.of(code);
          return name && name !== code ? name : (english?.of(code) ?? code);
        } catch {
          return code;
        }
      };
    };
    return { language: named('language'), script: named('script'), country: named('region') };
  }, [locale]);
}
