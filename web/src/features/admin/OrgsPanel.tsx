import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { isApiError } from '../../api/problem.ts';
import { useFormat } from '../../i18n/format.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { LoadingRows } from '../account/Loading.tsx';
import { notifySuccess } from '../account/notify.ts';
import { ADMIN_KEYS, useOrgs, useUsers } from './queries.ts';

/** The coalition's organizations with how many users each has, and a form to add one. */
export function OrgsPanel() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const client = useQueryClient();
  const orgs = useOrgs();
  const users = useUsers();
  const [name, setName] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: async (orgName: string) =>
      unwrap(await api.POST('/api/admin/orgs', { body: { name: orgName } })),
    onSuccess: async (org) => {
      setName('');
      notifySuccess(t('orgs.created', { name: org.name }));
      await client.invalidateQueries({ queryKey: ADMIN_KEYS.orgs });
    },
  });
  const fieldErrors = isApiError(create.error) ? create.error.fieldErrors() : {};
  const nameError =
    localError ?? (fieldErrors.name ? t('orgs.nameTaken', { name: create.variables ?? name }) : undefined);
  const counts = new Map<string, number>();
  for (const user of users.data ?? []) counts.set(user.orgId, (counts.get(user.orgId) ?? 0) + 1);
  return (
    <Stack gap="lg">
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="org-create">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const missing = name.trim() === '' ? t('orgs.nameRequired') : null;
            setLocalError(missing);
            if (!missing) create.mutate(name.trim());
          }}
        >
          <Stack gap="sm">
            <Title order={2} size="h4" id="org-create">
              {t('orgs.createTitle')}
            </Title>
            <Text size="sm">{t('orgs.createHint')}</Text>
            <ProblemAlert error={Object.keys(fieldErrors).length > 0 ? null : create.error} />
            <Group align="flex-start">
              <TextInput
                label={t('orgs.name')}
                required
                maxLength={200}
                w={360}
                maw="100%"
                value={name}
                error={nameError}
                onChange={(event) => {
                  setName(event.currentTarget.value);
                  setLocalError(null);
                }}
              />
              <Button type="submit" mt={25} loading={create.isPending}>
                {t('orgs.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Stack gap="sm" component="section" aria-labelledby="org-list">
        <Title order={2} size="h4" id="org-list">
          {t('orgs.listTitle')}
        </Title>
        <ProblemAlert error={orgs.error} />
        {orgs.isPending ? (
          <LoadingRows />
        ) : (orgs.data ?? []).length === 0 && !orgs.error ? (
          <EmptyState title={t('orgs.empty')}>{t('orgs.emptyHint')}</EmptyState>
        ) : (
          <Table verticalSpacing="sm" data-testid="orgs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('orgs.name')}</Table.Th>
                <Table.Th>{t('orgs.users')}</Table.Th>
                <Table.Th>{t('orgs.createdAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(orgs.data ?? []).map((org) => (
                <Table.Tr key={org.id}>
                  <Table.Td>{org.name}</Table.Td>
                  <Table.Td>{format.number(counts.get(org.id) ?? 0)}</Table.Td>
                  <Table.Td>{format.dateTime(org.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Stack>
  );
}
