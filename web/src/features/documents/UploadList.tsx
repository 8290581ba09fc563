import { Anchor, Badge, Group, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollTable } from '../tracker/parts.tsx';
import { viewerPath } from './api.ts';
import classes from './documents.module.css';
import { useFileSize } from './parts.tsx';
import type { UploadItem, UploadState } from './use-upload-queue.ts';

const STATE_COLOR: Record<UploadState, string> = {
  waiting: 'gray',
  ingesting: 'blue',
  done: 'green',
  duplicate: 'teal',
  failed: 'red',
  stopped: 'gray',
};

function StateCell({ item }: { item: UploadItem }) {
  const { t } = useTranslation('documents');
  if (item.state === 'ingesting')
    return (
      <Group gap={6} wrap="nowrap">
        <Loader size="xs" aria-hidden />
        <Text size="sm">{t('upload.state.ingesting')}</Text>
      </Group>
    );
  return (
    <Badge color={STATE_COLOR[item.state]} variant="light" maw="none">
      {t(`upload.state.${item.state}`)}
    </Badge>
  );
}

/** What came of a file: a link to its document, or why it could not be taken in. */
function Outcome({ item }: { item: UploadItem }) {
  const { t } = useTranslation('documents');
  if (item.state === 'failed')
    return (
      <Text size="sm" c="red.8" data-testid="upload-reason">
        {item.isTooLarge ? t('upload.tooLarge') : (item.reason ?? t('upload.unreachable'))}
      </Text>
    );
  if (item.state !== 'done' && item.state !== 'duplicate') return null;
  if (!item.document)
    return (
      <Text size="sm" c="dimmed">
        {t('upload.hiddenDuplicate')}
      </Text>
    );
  return (
    <Anchor component={Link} to={viewerPath(item.document.id)} size="sm" underline="always">
      {t('upload.open', { name: item.document.fileName })}
    </Anchor>
  );
}

/** The files of this visit, each with its state as it changes. */
export function UploadList({ items }: { items: readonly UploadItem[] }) {
  const { t } = useTranslation('documents');
  const size = useFileSize();
  return (
    <ScrollTable minWidth={640} label={t('upload.label')}>
      <Table verticalSpacing="xs" data-testid="uploads">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('upload.file')}</Table.Th>
            <Table.Th>{t('upload.size')}</Table.Th>
            <Table.Th>{t('upload.stateHeader')}</Table.Th>
            <Table.Th>{t('upload.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.key} data-testid="upload-row" data-state={item.state}>
              <Table.Td className={classes.path}>{item.path}</Table.Td>
              <Table.Td className={classes.nowrap}>{size(item.sizeBytes)}</Table.Td>
              <Table.Td>
                <StateCell item={item} />
              </Table.Td>
              <Table.Td>
                <Outcome item={item} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
