import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.ts';

/** An error from the API (its problem's detail or title) or the network, as an alert; nothing when none. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = isApiError(error) ? (error.problem.detail ?? error.problem.title) : t('error.network');
  return (
    <Alert color="red" role="alert" title={title}>
      {message}
    </Alert>
  );
}
