import { Button, Group, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { isApiError } from '../../api/problem.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { useFormat } from '../../i18n/format.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { AccountModal } from './AccountModal.tsx';
import { notifySuccess } from './notify.ts';
import { SecretReveal } from './SecretReveal.tsx';
import { ACCOUNT_KEYS, ROLE_SCOPES, type TokenScope } from './types.ts';

const MAX_DAYS = 365;
const DEFAULT_DAYS = 90;

/**
 * Creates an API token in two steps: its name, scope and lifetime, then the token itself, shown this
 * once. Closing the modal forgets it, so it lives in the page no longer than the user needs.
 */
export function CreateTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('account');
  const format = useFormat();
  const user = useCurrentUser();
  const client = useQueryClient();
  const scopes = ROLE_SCOPES[user.role];
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('read');
  const [days, setDays] = useState<number | string>(DEFAULT_DAYS);
  const [nameError, setNameError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/auth/tokens', {
          body: { name: name.trim(), scope, expiresInDays: Number(days) },
        }),
      ),
    onSuccess: async () => {
      notifySuccess(t('tokens.created', { name: name.trim() }));
      await client.invalidateQueries({ queryKey: ACCOUNT_KEYS.tokens });
    },
  });
  const close = () => {
    create.reset();
    setName('');
    setScope('read');
    setDays(DEFAULT_DAYS);
    setNameError(null);
    onClose();
  };
  const server = isApiError(create.error) ? create.error.fieldErrors() : {};
  const dayCount = Number(days);
  const daysInvalid = !Number.isInteger(dayCount) || dayCount < 1 || dayCount > MAX_DAYS;
  const created = create.data;
  return (
    <AccountModal
      opened={opened}
      onClose={close}
      title={created ? t('tokens.createdTitle') : t('tokens.createTitle')}
      centered
      size="lg"
      closeOnClickOutside={!created}
    >
      {created ? (
        <Stack>
          <SecretReveal
            value={created.token}
            label={t('tokens.secretLabel', { name: created.apiToken.name })}
            warning={t('tokens.secretWarning')}
            testId="new-token"
          />
          <Text size="sm">
            {t('tokens.expiresOn', { date: format.dateTime(created.apiToken.expiresAt) })}
          </Text>
          <Group justify="flex-end">
            <Button onClick={close}>{t('tokens.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const missing = name.trim() === '' ? t('tokens.nameRequired') : null;
            setNameError(missing);
            if (!missing && !daysInvalid) create.mutate();
          }}
        >
          <Stack>
            <ProblemAlert error={Object.keys(server).length > 0 ? null : create.error} />
            <TextInput
              label={t('tokens.name')}
              description={t('tokens.nameHint')}
              required
              maxLength={100}
              data-autofocus
              value={name}
              error={nameError ?? server.name}
              onChange={(event) => {
                setName(event.currentTarget.value);
                setNameError(null);
              }}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="token-scope-label">
                {t('tokens.scope')}
              </Text>
              <SegmentedControl
                aria-labelledby="token-scope-label"
                value={scope}
                onChange={(value) => setScope(value as TokenScope)}
                data={scopes.map((value) => ({ value, label: t(`scopes.${value}`) }))}
              />
              <Text size="xs" c="dimmed">
                {t(`scopeHints.${scope}`)}
              </Text>
            </Stack>
            <NumberInput
              label={t('tokens.days')}
              description={t('tokens.daysHint', { max: MAX_DAYS })}
              min={1}
              max={MAX_DAYS}
              allowDecimal={false}
              allowNegative={false}
              required
              value={days}
              error={daysInvalid ? t('tokens.daysInvalid', { max: MAX_DAYS }) : server.expiresInDays}
              onChange={setDays}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('tokens.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AccountModal>
  );
}
