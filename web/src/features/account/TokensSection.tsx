import { Badge, Button, Code, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useFormat } from '../../i18n/format.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { ConfirmModal } from './ConfirmModal.tsx';
import { CreateTokenModal } from './CreateTokenModal.tsx';
import { LoadingRows } from './Loading.tsx';
import { notifySuccess } from './notify.ts';
import { ACCOUNT_KEYS, type ApiTokenInfo } from './types.ts';
import { useAgo } from './use-ago.ts';

type TokenState = 'active' | 'expired' | 'revoked';

function stateOf(token: ApiTokenInfo, now: number): TokenState {
  if (token.revokedAt) return 'revoked';
  return Date.parse(token.expiresAt) <= now ? 'expired' : 'active';
}

const STATE_COLORS: Record<TokenState, string> = { active: 'green', expired: 'gray', revoked: 'red' };

/** API tokens for scripts and the remote CLI: listed with last use, created, revoked. */
export function TokensSection() {
  const { t } = useTranslation('account');
  const client = useQueryClient();
  const [isCreating, setCreating] = useState(false);
  const [target, setTarget] = useState<ApiTokenInfo | null>(null);
  const tokens = useQuery({
    queryKey: ACCOUNT_KEYS.tokens,
    queryFn: async () => unwrap(await api.GET('/api/auth/tokens')).items,
  });
  const revoke = useMutation({
    mutationFn: async (token: ApiTokenInfo) =>
      unwrap(await api.DELETE('/api/auth/tokens/{id}', { params: { path: { id: token.id } } })),
    onSuccess: (token) => {
      setTarget(null);
      notifySuccess(t('tokens.revoked', { name: token.name }));
    },
    onSettled: () => client.invalidateQueries({ queryKey: ACCOUNT_KEYS.tokens }),
  });
  const now = Date.now();
  // Usable tokens first, newest first within each group: the ones a user acts on are on top.
  const sorted = [...(tokens.data ?? [])].sort(
    (a, b) =>
      Number(stateOf(a, now) !== 'active') - Number(stateOf(b, now) !== 'active') ||
      b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="account-tokens">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h4" id="account-tokens">
            {t('tokens.title')}
          </Title>
          <Button onClick={() => setCreating(true)}>{t('tokens.new')}</Button>
        </Group>
        <Text size="sm">{t('tokens.hint')}</Text>
        <ProblemAlert error={tokens.error} />
        {tokens.isPending ? (
          <LoadingRows />
        ) : sorted.length === 0 && !tokens.error ? (
          <EmptyState title={t('tokens.empty')}>{t('tokens.emptyHint')}</EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" data-testid="tokens">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tokens.name')}</Table.Th>
                  <Table.Th>{t('tokens.scope')}</Table.Th>
                  <Table.Th>{t('tokens.status')}</Table.Th>
                  <Table.Th>{t('tokens.expires')}</Table.Th>
                  <Table.Th>{t('tokens.lastUsed')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('tokens.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((token) => (
                  <TokenRow
                    key={token.id}
                    token={token}
                    state={stateOf(token, now)}
                    onRevoke={() => setTarget(token)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <CreateTokenModal opened={isCreating} onClose={() => setCreating(false)} />
      <ConfirmModal
        opened={target !== null}
        title={t('tokens.revokeTitle')}
        confirmLabel={t('tokens.revoke')}
        isBusy={revoke.isPending}
        error={revoke.error}
        onClose={() => {
          setTarget(null);
          revoke.reset();
        }}
        onConfirm={() => {
          if (target) revoke.mutate(target);
        }}
      >
        {t('tokens.revokeText', { name: target?.name ?? '' })}
      </ConfirmModal>
    </Paper>
  );
}

function TokenRow({
  token,
  state,
  onRevoke,
}: {
  token: ApiTokenInfo;
  state: TokenState;
  onRevoke: () => void;
}) {
  const { t } = useTranslation('account');
  const format = useFormat();
  const ago = useAgo();
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {token.name}
        </Text>
        <Code>{token.prefix}…</Code>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={token.scope === 'admin' ? 'orange' : 'blue'}>
          {t(`scopes.${token.scope}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={STATE_COLORS[state]}>
          {t(`tokens.states.${state}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{format.dateTime(token.expiresAt)}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{token.lastUsedAt ? ago(token.lastUsedAt) : t('tokens.neverUsed')}</Text>
      </Table.Td>
      <Table.Td ta="right">
        {state === 'active' ? (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            onClick={onRevoke}
            aria-label={t('tokens.revokeOne', { name: token.name })}
          >
            {t('tokens.revoke')}
          </Button>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
