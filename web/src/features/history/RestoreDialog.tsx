import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem.ts';
import { useFormat } from '../../i18n/format.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { ChangeTable } from './ChangeTable.tsx';
import { restoreChanges } from './diff.ts';
import type { Revision } from './history-api.ts';

/**
 * The confirmation before a restore, showing exactly what it would change in the current record
 * (in the fields the caller may see), so nobody restores blind.
 */
export function RestoreDialog({
  target,
  current,
  actorName,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  target: Revision | null;
  current: Revision;
  actorName: (actor: string) => string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const changes = target ? restoreChanges(current, target) : [];
  const conflict = isApiError(error) && error.status === 409;
  return (
    <Modal
      opened={target !== null}
      onClose={busy ? () => {} : onClose}
      title={target ? t('restore.title', { version: target.version }) : ''}
      size="xl"
      closeButtonProps={{ 'aria-label': t('restore.close') }}
    >
      {target ? (
        <Stack gap="md">
          <Text size="sm">
            {t('restore.explain', {
              version: target.version,
              when: format.dateTime(target.at),
              who: actorName(target.actor),
            })}
          </Text>
          {changes.length > 0 ? (
            <>
              <Text size="sm" fw={500}>
                {t('restore.willChange', { count: changes.length })}
              </Text>
              <ChangeTable changes={changes} caption={t('restore.caption', { version: target.version })} />
            </>
          ) : (
            <Alert color="gray">{t('restore.nothingToChange')}</Alert>
          )}
          <Text size="xs" c="dimmed">
            {t('restore.publication')}
          </Text>
          {conflict ? (
            <Alert color="red" role="alert" title={t('restore.conflictTitle')}>
              {t('restore.conflict')}
            </Alert>
          ) : (
            <ProblemAlert error={error} title={t('restore.failed')} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('restore.cancel')}
            </Button>
            <Button onClick={onConfirm} loading={busy} disabled={changes.length === 0}>
              {t('restore.confirm', { version: target.version })}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
