import { Button, Group, Menu, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useFormat } from '../../i18n/format.ts';
import { AccountModal } from '../account/AccountModal.tsx';
import { ConfirmModal } from '../account/ConfirmModal.tsx';
import { notifySuccess } from '../account/notify.ts';
import { SecretReveal } from '../account/SecretReveal.tsx';
import { EditAccessModal } from './EditAccessModal.tsx';
import { ADMIN_KEYS, type AdminUser } from './queries.ts';

type Action = 'disable' | 'enable' | 'reset-mfa' | 'reset-link';
type Dialog = Action | 'access';

/**
 * The menu of one user's actions. Disabling, resetting MFA and making a reset link each ask first;
 * an administrator cannot change, disable or reset themselves here (the server refuses the first).
 */
export function UserActions({ user, isSelf }: { user: AdminUser; isSelf: boolean }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const act = useMutation({
    mutationFn: async (action: Action) => {
      const params = { params: { path: { id: user.id } } };
      if (action === 'reset-link')
        return unwrap(await api.POST('/api/admin/users/{id}/password-reset', params));
      const path = `/api/admin/users/{id}/${action}` as const;
      unwrap(await api.POST(path, params));
      return null;
    },
    onSuccess: (link, action) => {
      if (link) return; // The link stays in the modal until the administrator closes it.
      setDialog(null);
      notifySuccess(t(`actions.${action}.done`, { email: user.email }));
    },
    onSettled: () => client.invalidateQueries({ queryKey: ADMIN_KEYS.users }),
  });
  const open = (next: Dialog) => {
    act.reset();
    setDialog(next);
  };
  const close = () => {
    setDialog(null);
    act.reset();
  };
  const confirmAction =
    dialog && dialog !== 'access' && !(dialog === 'reset-link' && act.data) ? dialog : null;
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default" aria-label={t('users.actionsFor', { email: user.email })}>
            {t('users.actions')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item disabled={isSelf} onClick={() => open('access')}>
            {t('actions.access.menu')}
          </Menu.Item>
          <Menu.Item disabled={user.status === 'disabled'} onClick={() => open('reset-link')}>
            {t('actions.reset-link.menu')}
          </Menu.Item>
          <Menu.Item disabled={!user.mfaEnrolled || isSelf} onClick={() => open('reset-mfa')}>
            {t('actions.reset-mfa.menu')}
          </Menu.Item>
          <Menu.Divider />
          {user.status === 'disabled' ? (
            <Menu.Item onClick={() => open('enable')}>{t('actions.enable.menu')}</Menu.Item>
          ) : (
            <Menu.Item color="red" disabled={isSelf} onClick={() => open('disable')}>
              {t('actions.disable.menu')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <EditAccessModal user={dialog === 'access' ? user : null} onClose={close} />
      <ConfirmModal
        opened={confirmAction !== null}
        title={confirmAction ? t(`actions.${confirmAction}.title`, { email: user.email }) : ''}
        confirmLabel={confirmAction ? t(`actions.${confirmAction}.confirm`) : ''}
        color={confirmAction === 'enable' || confirmAction === 'reset-link' ? 'blue' : 'red'}
        isBusy={act.isPending}
        error={act.error}
        onClose={close}
        onConfirm={() => {
          if (confirmAction) act.mutate(confirmAction);
        }}
      >
        {confirmAction ? t(`actions.${confirmAction}.text`, { email: user.email }) : null}
      </ConfirmModal>
      <AccountModal
        opened={dialog === 'reset-link' && Boolean(act.data)}
        onClose={close}
        title={t('actions.reset-link.readyTitle')}
        size="lg"
        centered
        closeOnClickOutside={false}
      >
        {act.data ? (
          <Stack>
            <SecretReveal
              value={act.data.url}
              label={t('actions.reset-link.label', { email: user.email })}
              warning={t('actions.reset-link.warning', { date: format.dateTime(act.data.expiresAt) })}
              testId="reset-link"
            />
            {user.mfaEnrolled ? <Text size="sm">{t('actions.reset-link.mfaNote')}</Text> : null}
            <Group justify="flex-end">
              <Button onClick={close}>{t('done')}</Button>
            </Group>
          </Stack>
        ) : null}
      </AccountModal>
    </>
  );
}
