import { useMemo } from 'react';
import { useFormat } from '../../i18n/format.ts';

/** Country and script names in the interface language, from the browser's own data (no catalogue). */
export function useDisplayNames() {
  const { locale } = useFormat();
  return useMemo(() => {
    const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    const scripts = new Intl.DisplayNames([locale], { type: 'script', fallback: 'code' });
    return {
      country: (code: string) => {
        try {
          return regions.of(code) ?? code;
        } catch {
          return code;
        }
      },
      script: (code: string) => {
        try {
          return scripts.of(code) ?? code;
        } catch {
          return code;
        }
      },
    };
  }, [locale]);
}
