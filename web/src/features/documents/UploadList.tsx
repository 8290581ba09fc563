import { Anchor, Badge, Group, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollTable } from '../tracker/parts.tsx';
import { viewerPath } from './api.ts';
import classes from './documents.module.css';
import { useFileSize } from './parts.tsx';
import type { RowState, UploadRow } from './use-batch-upload.ts';

const STATE_COLOR: Record<RowState, string> = {
  waiting: 'gray',
  sending: 'blue',
  sent: 'blue',
  done: 'green',
  duplicate: 'teal',
  failed: 'red',
  stopped: 'gray',
  missing: 'yellow',
};

/** The last part of a folder path: the file's own name. */
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

function StateCell({ item }: { item: UploadRow }) {
  const { t } = useTranslation('documents');
  if (item.state === 'sending' || item.state === 'sent')
    return (
      <Group gap={6} wrap="nowrap">
        <Loader size="xs" aria-hidden />
        <Text size="sm">{t(`upload.state.${item.state}`)}</Text>
      </Group>
    );
  return (
    <Badge color={STATE_COLOR[item.state]} variant="light" maw="none">
      {t(`upload.state.${item.state}`)}
    </Badge>
  );
}

/** What came of a file: a link to its document, or why it could not be taken in. */
function Outcome({ item }: { item: UploadRow }) {
  const { t } = useTranslation('documents');
  if (item.state === 'failed')
    return (
      <Text size="sm" c="red.8" data-testid="upload-reason">
        {item.isTooLarge ? t('upload.tooLarge') : (item.reason ?? t('upload.unreachable'))}
      </Text>
    );
  if (item.state === 'stopped' && item.reason !== null)
    return (
      <Text size="sm" c="red.8" data-testid="upload-reason">
        {t('upload.notSent', { reason: item.reason })}
      </Text>
    );
  if (item.state === 'missing')
    return (
      <Text size="sm" c="dimmed">
        {t('upload.chooseAgain')}
      </Text>
    );
  if (item.state !== 'done' && item.state !== 'duplicate') return null;
  if (!item.documentId)
    return (
      <Text size="sm" c="dimmed">
        {t('upload.hiddenDuplicate')}
      </Text>
    );
  return (
    <Anchor component={Link} to={viewerPath(item.documentId)} size="sm" underline="always">
      {t('upload.open', { name: baseName(item.name) })}
    </Anchor>
  );
}

/** The files of the batch, each with its state as it changes. */
export function UploadList({ rows }: { rows: readonly UploadRow[] }) {
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
          {rows.map((item) => (
            <Table.Tr key={item.position} data-testid="upload-row" data-state={item.state}>
              <Table.Td className={classes.path}>{item.name}</Table.Td>
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
