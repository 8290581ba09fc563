import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder rows while a list loads, announced once to screen readers. */
export function LoadingRows({ rows = 3 }: { rows?: number }) {
  const { t } = useTranslation('account');
  return (
    <Stack gap="xs" role="status">
      <VisuallyHidden>{t('loading')}</VisuallyHidden>
      {Array.from({ length: rows }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={index} height={28} aria-hidden />
      ))}
    </Stack>
  );
}
