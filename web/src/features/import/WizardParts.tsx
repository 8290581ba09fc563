import { Button, Center, Loader, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';

/**
 * A step's heading. The wizard moves focus to it when the step changes, so a screen reader hears
 * where the user now is rather than staying on a button that has gone.
 */
export function StepHeading({ children }: { children: ReactNode }) {
  return (
    <Title order={2} size="h4" tabIndex={-1} data-step-heading="">
      {children}
    </Title>
  );
}

export function FieldsLoading({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation('import');
  if (!error) {
    return (
      <Center p="lg" role="status">
        <Loader aria-label={t('loadingFields')} />
      </Center>
    );
  }
  return (
    <Stack>
      <ProblemAlert error={error} title={t('fieldsFailed')} />
      <Button variant="default" w="fit-content" onClick={retry}>
        {t('retry')}
      </Button>
    </Stack>
  );
}

export function fileSize(bytes: number, locale: string): string {
  const [unit, value] = bytes >= 1_048_576 ? ['megabyte', bytes / 1_048_576] : ['kilobyte', bytes / 1024];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
