import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { AccountModal } from '../account/AccountModal.tsx';
import { notifySuccess } from '../account/notify.ts';
import type { Clearance, Role } from '../account/types.ts';
import { clearanceOptions, isClearance, isRole, roleOptions } from './access-options.ts';
import { ADMIN_KEYS, type AdminUser } from './queries.ts';

/** Changes a user's role and clearance; it applies from their next request. Open while `user` is set. */
export function EditAccessModal({ user, onClose }: { user: AdminUser | null; onClose: () => void }) {
  const { t } = useTranslation(['admin', 'account']);
  const client = useQueryClient();
  const [role, setRole] = useState<Role>('viewer');
  const [clearance, setClearance] = useState<Clearance>('internal');
  useEffect(() => {
    if (user) {
      setRole(user.role);
      setClearance(user.clearance);
    }
  }, [user]);
  const save = useMutation({
    mutationFn: async (target: AdminUser) =>
      unwrap(
        await api.PATCH('/api/admin/users/{id}', {
          params: { path: { id: target.id } },
          body: { role, clearance },
        }),
      ),
    onSuccess: async (changed) => {
      notifySuccess(
        t('access.saved', { email: changed.email, role: t(`roles.${changed.role}`, { ns: 'account' }) }),
      );
      await client.invalidateQueries({ queryKey: ADMIN_KEYS.users });
      onClose();
    },
  });
  const close = () => {
    save.reset();
    onClose();
  };
  const unchanged = user !== null && user.role === role && user.clearance === clearance;
  return (
    <AccountModal
      opened={user !== null}
      onClose={close}
      title={t('access.title', { email: user?.email ?? '' })}
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (user) save.mutate(user);
        }}
      >
        <Stack>
          <Text size="sm">{t('access.hint')}</Text>
          <ProblemAlert error={save.error} />
          <Select
            label={t('access.role')}
            data={roleOptions(t)}
            allowDeselect={false}
            value={role}
            onChange={(value) => {
              if (isRole(value)) setRole(value);
            }}
            description={t(`roleHints.${role}`, { ns: 'account' })}
            data-autofocus
          />
          <Select
            label={t('access.clearance')}
            data={clearanceOptions(t)}
            allowDeselect={false}
            value={clearance}
            onChange={(value) => {
              if (isClearance(value)) setClearance(value);
            }}
            description={t('access.clearanceHint')}
          />
          {user && !user.mfaEnrolled && (role === 'administrator' || role === 'editor') ? (
            <Text size="sm">{t('access.mfaNote')}</Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={unchanged}>
              {t('access.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AccountModal>
  );
}
