import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SensitivityBadge } from '../../ui/SensitivityBadge.tsx';
import { LoadingRows } from '../account/Loading.tsx';
import { InviteUserModal } from './InviteUserModal.tsx';
import { type AdminUser, useOrgs, useUsers } from './queries.ts';
import { UserActions } from './UserActions.tsx';

const STATUS_COLORS: Record<AdminUser['status'], string> = {
  active: 'green',
  invited: 'blue',
  disabled: 'red',
};

/** Every user with their access, filterable, each with the actions an administrator may take. */
export function UsersPanel() {
  const { t } = useTranslation(['admin', 'account']);
  const me = useCurrentUser();
  const users = useUsers();
  const orgs = useOrgs();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [isInviting, setInviting] = useState(false);
  const orgNames = useMemo(() => new Map((orgs.data ?? []).map((org) => [org.id, org.name])), [orgs.data]);
  const needle = query.trim().toLocaleLowerCase();
  const shown = (users.data ?? []).filter(
    (user) =>
      (!status || user.status === status) &&
      (!needle ||
        user.email.toLocaleLowerCase().includes(needle) ||
        user.displayName.toLocaleLowerCase().includes(needle) ||
        (orgNames.get(user.orgId) ?? '').toLocaleLowerCase().includes(needle)),
  );
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <TextInput
            label={t('users.search')}
            placeholder={t('users.searchPlaceholder')}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
          <Select
            label={t('users.statusFilter')}
            placeholder={t('users.anyStatus')}
            clearable
            value={status}
            onChange={setStatus}
            data={(['active', 'invited', 'disabled'] as const).map((value) => ({
              value,
              label: t(`users.states.${value}`),
            }))}
          />
        </Group>
        <Button onClick={() => setInviting(true)}>{t('users.invite')}</Button>
      </Group>
      <ProblemAlert error={users.error ?? orgs.error} />
      {users.isPending ? (
        <LoadingRows rows={5} />
      ) : shown.length === 0 && !users.error ? (
        <EmptyState title={users.data?.length ? t('users.noMatch') : t('users.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" striped data-testid="users">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.user')}</Table.Th>
                <Table.Th>{t('users.organization')}</Table.Th>
                <Table.Th>{t('users.role')}</Table.Th>
                <Table.Th>{t('users.clearance')}</Table.Th>
                <Table.Th>{t('users.mfa')}</Table.Th>
                <Table.Th>{t('users.status')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('users.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((user) => (
                <Table.Tr key={user.id} data-email={user.email}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {user.displayName}
                      {user.id === me.id ? ` ${t('users.you')}` : ''}
                    </Text>
                    <Text size="xs">{user.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{orgNames.get(user.orgId) ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td data-testid="role">
                    <Text size="sm">{t(`roles.${user.role}`, { ns: 'account' })}</Text>
                  </Table.Td>
                  <Table.Td>
                    <SensitivityBadge level={user.clearance} always />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={user.mfaEnrolled ? 'green' : 'gray'}>
                      {user.mfaEnrolled ? t('users.mfaOn') : t('users.mfaOff')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLORS[user.status]}>
                      {t(`users.states.${user.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">
                    <UserActions user={user} isSelf={user.id === me.id} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <InviteUserModal opened={isInviting} onClose={() => setInviting(false)} orgs={orgs.data ?? []} />
    </Stack>
  );
}
