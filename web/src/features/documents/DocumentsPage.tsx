import { Anchor, Button, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/session.ts';
import { useFormat } from '../../i18n/format.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { InlineLoader } from '../letters/parts.tsx';
import { ScrollTable } from '../tracker/parts.tsx';
import { useDocuments, viewerPath } from './api.ts';
import classes from './documents.module.css';
import { NeedsOcrBadge, useKindLabel, useLanguageName, WRITER_ROLES } from './parts.tsx';

function DocumentsTable() {
  const { t } = useTranslation('documents');
  const format = useFormat();
  const kindLabel = useKindLabel();
  const languageName = useLanguageName();
  const documents = useDocuments();
  if (documents.isPending) return <InlineLoader />;
  if (documents.isError) return <ProblemAlert error={documents.error} />;
  if (documents.data.length === 0)
    return <EmptyState title={t('list.emptyTitle')}>{t('list.emptyText')}</EmptyState>;
  return (
    <ScrollTable minWidth={720} label={t('list.label')}>
      <Table verticalSpacing="xs" data-testid="documents">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.name')}</Table.Th>
            <Table.Th>{t('facts.kind')}</Table.Th>
            <Table.Th>{t('facts.pages')}</Table.Th>
            <Table.Th>{t('facts.language')}</Table.Th>
            <Table.Th>{t('facts.status')}</Table.Th>
            <Table.Th>{t('facts.addedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.data.map((document) => (
            <Table.Tr key={document.id}>
              <Table.Td className={classes.path}>
                <Anchor component={Link} to={viewerPath(document.id)} underline="always">
                  {document.fileName}
                </Anchor>
              </Table.Td>
              <Table.Td>{kindLabel(document.kind)}</Table.Td>
              <Table.Td>{format.number(document.pageCount)}</Table.Td>
              <Table.Td>{languageName(document.language)}</Table.Td>
              <Table.Td>
                {document.status === 'needs-ocr' ? (
                  <NeedsOcrBadge status={document.status} />
                ) : (
                  t('status.ready')
                )}
              </Table.Td>
              <Table.Td className={classes.nowrap}>{format.dateTime(document.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** `/documents`: the most recent documents the reader may see, each opening in the viewer. */
export function DocumentsPage() {
  const { t } = useTranslation('documents');
  const user = useCurrentUser();
  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={
          WRITER_ROLES.includes(user.role) ? (
            <Button component={Link} to="/documents/add">
              {t('add.title')}
            </Button>
          ) : null
        }
      />
      <DocumentsTable />
    </Stack>
  );
}
