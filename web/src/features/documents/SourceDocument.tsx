import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocuments, viewerPath } from './api.ts';

/** On a source's page: a link to the document the source was made for, when it has one. */
export function SourceDocumentLink({ sourceId }: { sourceId: string }) {
  const { t } = useTranslation('documents');
  const document = useDocuments(sourceId).data?.[0];
  if (!document) return null;
  return (
    <Anchor component={Link} to={viewerPath(document.id)} size="sm" underline="always" w="fit-content">
      {t('facts.openDocument')}
    </Anchor>
  );
}
