import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldLabel } from '../history/labels.ts';

/** "names.1.text" → "Names › item 2 › Text", in the interface language. */
export function usePathLabel(): (path: string) => string {
  const { t } = useTranslation('import');
  const label = useFieldLabel();
  return useCallback(
    (path: string) =>
      path
        .split('.')
        .map((segment) => (/^\d+$/.test(segment) ? t('item', { n: Number(segment) + 1 }) : label(segment)))
        .join(' › '),
    [t, label],
  );
}
