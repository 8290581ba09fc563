import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocuments, viewerPath } from './api.ts';

/**
 * For a citation that names a page of a source kept as a document: a link to the viewer at that
 * page with the quote marked. Nothing while the source's document is looked up, or when it has none.
 */
export function OpenAtPage({
  sourceId,
  page,
  quote,
}: {
  sourceId: string;
  page: number;
  quote: string | null;
}) {
  const { t } = useTranslation('documents');
  const documents = useDocuments(sourceId);
  const document = documents.data?.[0];
  if (!document) return null;
  return (
    <Anchor
      component={Link}
      to={viewerPath(document.id, page, quote)}
      size="sm"
      underline="always"
      data-testid="open-at-page"
    >
      {t('citation.openPage', { page })}
    </Anchor>
  );
}
