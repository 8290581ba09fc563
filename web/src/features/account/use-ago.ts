import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';

/**
 * "3 hours ago", but "just now" under a minute: seconds are noise here, clocks differ by a few, and
 * some browsers lack relative-time data for Kazakh and Uzbek and would print "-7 s".
 */
export function useAgo(): (iso: string) => string {
  const { t } = useTranslation('account');
  const format = useFormat();
  return (iso: string) => (Math.abs(Date.now() - Date.parse(iso)) < 60_000 ? t('justNow') : format.ago(iso));
}
