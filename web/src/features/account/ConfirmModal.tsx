import { Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { AccountModal } from './AccountModal.tsx';

/**
 * Asks before an action that cannot be taken back (revoking, disabling, resetting). The action's
 * error stays in the modal, so the user sees why it failed where they asked for it.
 */
export function ConfirmModal({
  opened,
  title,
  children,
  confirmLabel,
  isBusy,
  error,
  onConfirm,
  onClose,
  color = 'red',
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  isBusy: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
  color?: string;
}) {
  const { t } = useTranslation('account');
  return (
    <AccountModal opened={opened} onClose={onClose} title={title} centered>
      <Stack>
        <Text size="sm">{children}</Text>
        <ProblemAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button color={color} loading={isBusy} onClick={onConfirm} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AccountModal>
  );
}
