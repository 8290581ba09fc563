import { Alert, Anchor, Button, Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { DOCUMENTS, type IngestBatch, useBatch } from './api.ts';
import { DropZone } from './DropZone.tsx';
import { UploadList } from './UploadList.tsx';
import { type RowState, type UploadRow, useBatchUpload } from './use-batch-upload.ts';

const TALLIED = ['done', 'duplicate', 'failed', 'sent', 'stopped'] as const;
const NOT_SENT: ReadonlySet<RowState> = new Set(['stopped', 'missing']);
const FINISHED: ReadonlySet<RowState> = new Set(['done', 'duplicate', 'failed']);

function count(rows: readonly UploadRow[], states: ReadonlySet<RowState>): number {
  return rows.filter((row) => states.has(row.state)).length;
}

/** How far the batch has got, said once for screen readers as it changes. */
function Totals({ rows }: { rows: readonly UploadRow[] }) {
  const { t } = useTranslation('documents');
  const considered = rows.length - count(rows, NOT_SENT);
  const finished = count(rows, FINISHED);
  const percent = considered === 0 ? 100 : Math.round((finished / considered) * 100);
  const tally = (state: (typeof TALLIED)[number]) =>
    count(rows, state === 'stopped' ? NOT_SENT : new Set([state]));
  return (
    <Stack gap={6}>
      <Progress value={percent} size="lg" aria-label={t('upload.progress')} data-testid="upload-progress" />
      <Text size="sm" aria-live="polite" data-testid="upload-summary">
        {t('upload.summary', { count: considered, finished })}{' '}
        {TALLIED.map((state) => [state, tally(state)] as const)
          .filter(([, n]) => n > 0)
          .map(([state, n]) => t(`upload.totals.${state}`, { count: n }))
          .join(' · ')}
      </Text>
    </Stack>
  );
}

/** One batch: its files as the server and this page know them, with Stop and Resume. */
function BatchView({
  batch,
  upload,
  onClear,
}: {
  batch: IngestBatch;
  upload: ReturnType<typeof useBatchUpload>;
  onClear: () => void;
}) {
  const { t } = useTranslation('documents');
  const rows = upload.rowsOf(batch);
  const isHeld = upload.isHeld(batch.id) || batch.status === 'interrupted';
  const has = (...states: RowState[]) => rows.some((row) => states.includes(row.state));
  const canStop = !isHeld && batch.status !== 'done' && has('waiting', 'sending', 'sent');
  const missing = count(rows, new Set(['missing']));
  const { stop } = upload;
  // A stop that crossed a file's arrival on the server (which set the batch running again) is repeated.
  useEffect(() => {
    if (upload.isHeld(batch.id) && batch.status === 'running') void stop(batch.id);
  }, [batch.id, batch.status, stop, upload]);
  return (
    <Stack gap="sm">
      <Totals rows={rows} />
      <Text size="sm" c="dimmed" data-testid="batch-status" data-status={batch.status}>
        {t(`batch.${batch.status}`)}
      </Text>
      {missing > 0 ? (
        <Alert color="yellow" data-testid="batch-missing">
          {t('batch.missing', { count: missing })}
        </Alert>
      ) : null}
      <Group gap="xs">
        {canStop ? (
          <Button variant="default" color="red" onClick={() => void upload.stop(batch.id)}>
            {t('upload.stop')}
          </Button>
        ) : null}
        {isHeld ? (
          <Button variant="default" onClick={() => void upload.resume(batch.id)}>
            {t('upload.resume')}
          </Button>
        ) : null}
        {batch.status === 'done' ? (
          <Button variant="subtle" onClick={onClear}>
            {t('upload.clear')}
          </Button>
        ) : null}
      </Group>
      {canStop ? (
        <Text size="xs" c="dimmed">
          {t('upload.stopHelp')}
        </Text>
      ) : null}
      <UploadList rows={rows} />
    </Stack>
  );
}

/**
 * `/documents/add?batch=ID`: files and folders dropped or chosen become a batch on the server; their
 * bytes are sent two at a time and read there in the background, each followed to its end. The batch
 * stays in the address, so a reload shows its progress again.
 */
export function AddDocumentsPage() {
  const { t } = useTranslation('documents');
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const batchId = params.get('batch');
  const onBatch = useCallback((id: string) => setParams({ batch: id }), [setParams]);
  const upload = useBatchUpload(onBatch);
  const batch = useBatch(batchId);
  const dealtWith = batch.data?.done ?? 0;
  // Each file read is a new document (or a known one): the lists show it.
  useEffect(() => {
    if (dealtWith > 0) void client.invalidateQueries({ queryKey: [DOCUMENTS, 'list'] });
  }, [client, dealtWith]);
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
      <DropZone onFiles={(picked) => void upload.add(picked)} />
      <ProblemAlert error={upload.problem} />
      {batchId === null ? (
        <EmptyState title={t('add.emptyTitle')}>{t('add.emptyText')}</EmptyState>
      ) : batch.isError ? (
        <ProblemAlert error={batch.error} />
      ) : batch.data ? (
        <BatchView batch={batch.data} upload={upload} onClear={() => setParams({})} />
      ) : (
        <Loader size="sm" aria-label={t('batch.loading')} />
      )}
    </Stack>
  );
}
