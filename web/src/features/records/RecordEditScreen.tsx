import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { isApiError } from '../../api/problem.ts';
import { PageLoader } from '../../app/SignedInLayout.tsx';
import { NotFoundPage } from '../../ui/NotFoundPage.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { CaseEditor } from './cases/CaseEditor.tsx';
import { SourceEditor } from './generic/SourceEditor.tsx';
import { SpecEditor } from './generic/SpecEditor.tsx';
import { TYPE_SPECS } from './generic/specs.ts';
import { PersonEditor } from './persons/PersonEditor.tsx';
import { useRecord } from './shared/api.ts';
import type { AnyRecord, RecordSegment } from './shared/types.ts';
import { useSegment } from './shared/useSegment.ts';

function Editor({ segment, record }: { segment: RecordSegment; record?: AnyRecord }) {
  const { t } = useTranslation('records');
  switch (segment) {
    case 'persons':
      return <PersonEditor {...(record ? { record } : {})} />;
    case 'cases':
      return <CaseEditor {...(record ? { record } : {})} />;
    case 'sources':
      return <SourceEditor {...(record ? { record } : {})} />;
    default: {
      const spec = TYPE_SPECS[segment];
      if (spec) return <SpecEditor segment={segment} spec={spec} {...(record ? { record } : {})} />;
      return (
        <Stack>
          <Title order={1} size="h2">
            {t(`form.newTitle.${segment}`)}
          </Title>
          <Text>{t('form.notYet')}</Text>
        </Stack>
      );
    }
  }
}

/** The form for a new record of the screen's type. */
export function RecordNewScreen() {
  return <Editor segment={useSegment()} />;
}

/** The editor of a stored record; only for callers who may write it. */
export function RecordEditScreen() {
  const segment = useSegment();
  const { id } = useParams();
  const record = useRecord(segment, id);
  if (record.isPending) return <PageLoader />;
  if (record.isError) {
    if (isApiError(record.error) && (record.error.status === 404 || record.error.status === 400))
      return <NotFoundPage />;
    return <ProblemAlert error={record.error} />;
  }
  if (!record.data.abilities.write) return <Navigate to={`/${segment}/${record.data.id}`} replace />;
  // Keyed by id, not version: a merge after a conflict updates the cached record and must keep the form.
  return <Editor key={record.data.id} segment={segment} record={record.data} />;
}
