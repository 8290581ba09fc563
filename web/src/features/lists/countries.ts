import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';

/**
 * Country and script names in the interface language: the region's countries and the usual scripts
 * from the `lists` catalogue, since browsers may ship without Kazakh or Uzbek names (Chromium's own
 * data falls back to English there); any other from the browser's Intl data.
 */
export function useDisplayNames() {
  const { locale } = useFormat();
  const { t, i18n } = useTranslation('lists');
  return useMemo(() => {
    const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    const scripts = new Intl.DisplayNames([locale], { type: 'script', fallback: 'code' });
    const known = (key: string) => i18n.exists(key, { ns: 'lists' });
    const intl = (names: Intl.DisplayNames, code: string) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    };
    return {
      country: (code: string) => (known(`countries.${code}`) ? t(`countries.${code}`) : intl(regions, code)),
      script: (code: string) => (known(`scripts.${code}`) ? t(`scripts.${code}`) : intl(scripts, code)),
    };
  }, [locale, t, i18n]);
}
