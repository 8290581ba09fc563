import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack maw={560}>
      <Alert color="gray" title={t('notFound.title')}>
        {t('notFound.detail')}
      </Alert>
      <Button component={Link} to="/" variant="light" w="fit-content">
        {t('backHome')}
      </Button>
    </Stack>
  );
}
