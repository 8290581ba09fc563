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
    const language = displayNames(locale, 'language');
    const script = displayNames(locale, 'script');
    const region = displayNames(locale, 'region');
    const safe = (names: Intl.DisplayNames | undefined, code: string) => {
      try {
        return names?.of(code) ?? code;
      } catch {
        return code;
      }
    };
    return {
      language: (code: string) => safe(language, code),
      script: (code: string) => safe(script, code),
      country: (code: string) => safe(region, code),
    };
  }, [locale]);
}
