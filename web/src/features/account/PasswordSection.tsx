import { Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { isApiError } from '../../api/problem.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import { notifySuccess } from './notify.ts';
import { fieldErrorsOf, localPasswordErrors } from './password-errors.ts';
import { ACCOUNT_KEYS } from './types.ts';

/** Changing the password: the current one, the new one twice. The server ends every other session. */
export function PasswordSection() {
  const { t } = useTranslation('account');
  const client = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [local, setLocal] = useState<{ password?: string; confirmation?: string }>({});
  const change = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/auth/password', { body: { currentPassword: current, newPassword: next } })),
    onSuccess: async () => {
      setCurrent('');
      setNext('');
      setConfirmation('');
      notifySuccess(t('password.changedHint'), t('password.changed'));
      await client.invalidateQueries({ queryKey: ACCOUNT_KEYS.sessions });
    },
  });
  const server = fieldErrorsOf(t, change.error);
  // Field errors are shown at their fields; only a problem without them goes in the alert.
  const general = isApiError(change.error) && Object.keys(server).length > 0 ? null : change.error;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="account-password">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found = localPasswordErrors(t, next, confirmation);
          setLocal(found);
          if (Object.keys(found).length === 0) change.mutate();
        }}
      >
        <Stack gap="md" maw={480}>
          <Title order={2} size="h4" id="account-password">
            {t('password.title')}
          </Title>
          <Text size="sm">{t('password.hint')}</Text>
          <ProblemAlert error={general} />
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            required
            value={current}
            error={server.currentPassword}
            onChange={(event) => setCurrent(event.currentTarget.value)}
          />
          <NewPasswordFields
            password={next}
            confirmation={confirmation}
            onPassword={setNext}
            onConfirmation={setConfirmation}
            onEdit={() => setLocal({})}
            passwordError={local.password ?? server.newPassword}
            confirmationError={local.confirmation}
          />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
