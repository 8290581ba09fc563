import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { LettersList } from './LettersList.tsx';

/** `/letters`: every letter the reader may see; new ones are drafted from an engagement. */
export function LettersPage() {
  const { t } = useTranslation('letters');
  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader title={t('list.title')} subtitle={t('list.subtitle')} />
      <LettersList />
    </Stack>
  );
}
