import { Anchor, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { DropZone } from './DropZone.tsx';
import { UploadList } from './UploadList.tsx';
import { isFinished, type UploadItem, useUploadQueue } from './use-upload-queue.ts';

const TALLIED = ['done', 'duplicate', 'failed', 'stopped'] as const;

function count(items: readonly UploadItem[], state: UploadItem['state']): number {
  return items.filter((item) => item.state === state).length;
}

/** How far the files of this visit have got, said once for screen readers as it changes. */
function Totals({ items }: { items: readonly UploadItem[] }) {
  const { t } = useTranslation('documents');
  const considered = items.length - count(items, 'stopped');
  const finished = items.filter(isFinished).length;
  const percent = considered === 0 ? 100 : Math.round((finished / considered) * 100);
  return (
    <Stack gap={6}>
      <Progress value={percent} size="lg" aria-label={t('upload.progress')} data-testid="upload-progress" />
      <Text size="sm" aria-live="polite" data-testid="upload-summary">
        {t('upload.summary', { count: considered, finished })}{' '}
        {TALLIED.map((state) => [state, count(items, state)] as const)
          .filter(([, n]) => n > 0)
          .map(([state, n]) => t(`upload.totals.${state}`, { count: n }))
          .join(' · ')}
      </Text>
    </Stack>
  );
}

/** `/documents/add`: files and folders dropped or chosen, sent two at a time, each followed to its end. */
export function AddDocumentsPage() {
  const { t } = useTranslation('documents');
  const queue = useUploadQueue();
  const { items } = queue;
  const isSending = items.some((item) => item.state === 'waiting');
  const hasStopped = items.some((item) => item.state === 'stopped');
  const hasFinished = items.some(isFinished);
  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader
        title={t('add.title')}
        subtitle={t('add.subtitle')}
        actions={
          <Anchor component={Link} to="/documents" size="sm" underline="always">
            {t('add.toList')}
          </Anchor>
        }
      />
      <DropZone onFiles={queue.add} />
      {items.length === 0 ? (
        <EmptyState title={t('add.emptyTitle')}>{t('add.emptyText')}</EmptyState>
      ) : (
        <Stack gap="sm">
          <Totals items={items} />
          <Group gap="xs">
            {isSending ? (
              <Button variant="default" color="red" onClick={queue.stop}>
                {t('upload.stop')}
              </Button>
            ) : null}
            {hasStopped ? (
              <Button variant="default" onClick={queue.resume}>
                {t('upload.resume')}
              </Button>
            ) : null}
            {hasFinished ? (
              <Button variant="subtle" onClick={queue.clearFinished}>
                {t('upload.clear')}
              </Button>
            ) : null}
          </Group>
          {isSending ? (
            <Text size="xs" c="dimmed">
              {t('upload.stopHelp')}
            </Text>
          ) : null}
          <UploadList items={items} />
        </Stack>
      )}
    </Stack>
  );
}
