import { Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useFormat } from '../../i18n/format.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { ConfirmModal } from './ConfirmModal.tsx';
import { LoadingRows } from './Loading.tsx';
import { notifySuccess } from './notify.ts';
import { ACCOUNT_KEYS, type SessionEntry } from './types.ts';
import { useAgo } from './use-ago.ts';
import { describeUserAgent } from './user-agent.ts';

/** The user's signed-in sessions, this one marked; any other can be ended (a lost or shared device). */
export function SessionsSection() {
  const { t } = useTranslation('account');
  const client = useQueryClient();
  const sessions = useQuery({
    queryKey: ACCOUNT_KEYS.sessions,
    queryFn: async () => unwrap(await api.GET('/api/auth/sessions')).items,
  });
  // `null`: every other session; a session: that one.
  const [target, setTarget] = useState<SessionEntry | null | undefined>(undefined);
  const revoke = useMutation({
    mutationFn: async (ids: string[]) => {
      for (const id of ids) unwrap(await api.DELETE('/api/auth/sessions/{id}', { params: { path: { id } } }));
      return ids.length;
    },
    onSuccess: (count) => {
      setTarget(undefined);
      notifySuccess(t('sessions.revoked', { count }));
    },
    onSettled: () => client.invalidateQueries({ queryKey: ACCOUNT_KEYS.sessions }),
  });
  const others = (sessions.data ?? []).filter((session) => !session.current);
  const close = () => {
    setTarget(undefined);
    revoke.reset();
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="account-sessions">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4" id="account-sessions">
            {t('sessions.title')}
          </Title>
          {others.length > 1 ? (
            <Button variant="light" color="red" onClick={() => setTarget(null)}>
              {t('sessions.revokeOthers')}
            </Button>
          ) : null}
        </Group>
        <Text size="sm">{t('sessions.hint')}</Text>
        <ProblemAlert error={sessions.error} />
        {sessions.isPending ? (
          <LoadingRows />
        ) : sessions.data && sessions.data.length === 0 ? (
          <EmptyState title={t('sessions.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" data-testid="sessions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sessions.device')}</Table.Th>
                  <Table.Th>{t('sessions.address')}</Table.Th>
                  <Table.Th>{t('sessions.signedIn')}</Table.Th>
                  <Table.Th>{t('sessions.lastSeen')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('sessions.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(sessions.data ?? []).map((session) => (
                  <SessionRow key={session.id} session={session} onRevoke={() => setTarget(session)} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <ConfirmModal
        opened={target !== undefined}
        title={target === null ? t('sessions.revokeOthersTitle') : t('sessions.revokeTitle')}
        confirmLabel={t('sessions.revoke')}
        isBusy={revoke.isPending}
        error={revoke.error}
        onClose={close}
        onConfirm={() => revoke.mutate(target ? [target.id] : others.map((session) => session.id))}
      >
        {target === null
          ? t('sessions.revokeOthersText', { count: others.length })
          : t('sessions.revokeText')}
      </ConfirmModal>
    </Paper>
  );
}

function SessionRow({ session, onRevoke }: { session: SessionEntry; onRevoke: () => void }) {
  const { t } = useTranslation('account');
  const format = useFormat();
  const ago = useAgo();
  const device = describeUserAgent(session.userAgent);
  const name = device ? t('sessions.deviceName', device) : t('sessions.unknownDevice');
  return (
    <Table.Tr data-current={session.current || undefined}>
      <Table.Td>
        <Group gap="xs">
          <Text size="sm">{name}</Text>
          {session.current ? (
            <Badge color="blue" variant="light">
              {t('sessions.thisDevice')}
            </Badge>
          ) : null}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{session.address ?? t('sessions.unknownAddress')}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{format.dateTime(session.createdAt)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" title={format.dateTime(session.lastSeenAt)}>
          {ago(session.lastSeenAt)}
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        {session.current ? null : (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            onClick={onRevoke}
            aria-label={t('sessions.revokeOne', { name })}
          >
            {t('sessions.revoke')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
