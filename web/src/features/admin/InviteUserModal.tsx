import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { isApiError } from '../../api/problem.ts';
import { useFormat } from '../../i18n/format.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { AccountModal, WarningAlert } from '../account/AccountModal.tsx';
import { notifySuccess } from '../account/notify.ts';
import { SecretReveal } from '../account/SecretReveal.tsx';
import type { Clearance, Role } from '../account/types.ts';
import { clearanceOptions, defaultClearance, isClearance, isRole, roleOptions } from './access-options.ts';
import { ADMIN_KEYS, type Org } from './queries.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Invites a user: who, in which organization, with which role and clearance; then the single-use
 * sign-up link to send them.
 */
export function InviteUserModal({
  opened,
  onClose,
  orgs,
}: {
  opened: boolean;
  onClose: () => void;
  orgs: Org[];
}) {
  const { t } = useTranslation(['admin', 'account']);
  const format = useFormat();
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [org, setOrg] = useState<string | null>(null);
  const [role, setRole] = useState<Role>('researcher');
  const [clearance, setClearance] = useState<Clearance | null>(null);
  const [local, setLocal] = useState<{ email?: string; org?: string }>({});
  const chosenClearance = clearance ?? defaultClearance(role);
  const invite = useMutation({
    mutationFn: async (orgId: string) => {
      const body = {
        email: email.trim(),
        org: orgId,
        role,
        clearance: chosenClearance,
        ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
      };
      return unwrap(await api.POST('/api/admin/users', { body }));
    },
    onSuccess: async (link) => {
      notifySuccess(t('invite.done', { email: link.user.email }));
      await client.invalidateQueries({ queryKey: ADMIN_KEYS.users });
    },
  });
  const close = () => {
    invite.reset();
    setEmail('');
    setDisplayName('');
    setRole('researcher');
    setClearance(null);
    setLocal({});
    onClose();
  };
  const server = isApiError(invite.error) ? invite.error.fieldErrors() : {};
  const link = invite.data;
  return (
    <AccountModal
      opened={opened}
      onClose={close}
      title={link ? t('invite.readyTitle') : t('invite.title')}
      size="lg"
      centered
      closeOnClickOutside={!link}
    >
      {link ? (
        <Stack>
          <SecretReveal
            value={link.url}
            label={t('invite.linkLabel', { email: link.user.email })}
            warning={t('invite.warning', { date: format.dateTime(link.expiresAt) })}
            testId="invitation-link"
          />
          <Group justify="flex-end">
            <Button onClick={close}>{t('done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const found: { email?: string; org?: string } = {};
            if (!EMAIL.test(email.trim())) found.email = t('invite.emailInvalid');
            if (!org) found.org = t('invite.orgRequired');
            setLocal(found);
            if (org && Object.keys(found).length === 0) invite.mutate(org);
          }}
        >
          <Stack>
            <Text size="sm">{t('invite.hint')}</Text>
            {orgs.length === 0 ? <WarningAlert>{t('invite.noOrgs')}</WarningAlert> : null}
            <ProblemAlert error={Object.keys(server).length > 0 ? null : invite.error} />
            <TextInput
              label={t('invite.email')}
              type="email"
              required
              data-autofocus
              value={email}
              error={local.email ?? (server.email ? t('invite.emailTaken') : undefined)}
              onChange={(event) => {
                setEmail(event.currentTarget.value);
                setLocal(({ org: orgError }) => (orgError ? { org: orgError } : {}));
              }}
            />
            <TextInput
              label={t('invite.displayName')}
              description={t('invite.displayNameHint')}
              maxLength={200}
              value={displayName}
              onChange={(event) => setDisplayName(event.currentTarget.value)}
            />
            <Select
              label={t('invite.organization')}
              required
              searchable
              data={orgs.map((item) => ({ value: item.id, label: item.name }))}
              value={org}
              onChange={(value) => {
                setOrg(value);
                setLocal(({ email: emailError }) => (emailError ? { email: emailError } : {}));
              }}
              error={local.org ?? server.org}
            />
            <Group grow align="flex-start">
              <Select
                label={t('access.role')}
                allowDeselect={false}
                data={roleOptions(t)}
                value={role}
                onChange={(value) => {
                  if (isRole(value)) setRole(value);
                }}
                error={server.role}
              />
              <Select
                label={t('access.clearance')}
                allowDeselect={false}
                data={clearanceOptions(t)}
                value={chosenClearance}
                onChange={(value) => {
                  if (isClearance(value)) setClearance(value);
                }}
              />
            </Group>
            <Text size="xs">{t(`roleHints.${role}`, { ns: 'account' })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('cancel')}
              </Button>
              <Button type="submit" loading={invite.isPending} disabled={orgs.length === 0}>
                {t('invite.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AccountModal>
  );
}
