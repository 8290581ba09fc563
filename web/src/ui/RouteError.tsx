import { Alert, Button, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { isApiError } from '../api/problem.ts';

/** What a screen shows when loading it failed: the problem's title and detail, and a way home. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const notFound = isApiError(error) && error.status === 404;
  const title = notFound ? t('notFound.title') : isApiError(error) ? error.problem.title : t('error.title');
  const detail = isApiError(error)
    ? error.problem.detail
    : error instanceof Error
      ? error.message
      : undefined;
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Alert color={notFound ? 'gray' : 'red'} title={title} role="alert">
          {notFound ? t('notFound.detail') : detail}
        </Alert>
        <Button component={Link} to="/" variant="light" w="fit-content">
          {t('backHome')}
        </Button>
      </Stack>
    </Container>
  );
}
