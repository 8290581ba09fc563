import { Alert, Button, Code, Image, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { isApiError } from '../api/problem.ts';
import { fetchSession, useSessionChanged } from './session.ts';

/**
 * MFA enrollment, required before an administrator's or editor's first session can do anything: a
 * QR code for the authenticator app (with the secret to type instead), a first code to confirm, then
 * the ten recovery codes, shown this once.
 */
export function EnrollStep() {
  const { t } = useTranslation('auth');
  const sessionChanged = useSessionChanged();
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const start = useMutation({
    mutationFn: async () => {
      const enrollment = unwrap(await api.POST('/api/auth/mfa/enrollment'));
      // Starting enrollment renews the session, and with it the CSRF token the confirmation needs.
      await fetchSession();
      return enrollment;
    },
  });
  const confirm = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/auth/mfa/enrollment/confirm', { body: { code: code.replace(/\s/g, '') } })),
    onSuccess: (done) => setRecoveryCodes(done.recoveryCodes),
  });
  const { mutate: begin } = start;
  useEffect(() => begin(), [begin]);

  if (recoveryCodes) {
    return (
      <Stack>
        <Title order={1} size="h3">
          {t('enroll.recoveryTitle')}
        </Title>
        <Text size="sm">{t('enroll.recoveryHint')}</Text>
        <List data-testid="recovery-codes" listStyleType="none" spacing={2}>
          {recoveryCodes.map((recoveryCode) => (
            <List.Item key={recoveryCode}>
              <Code>{recoveryCode}</Code>
            </List.Item>
          ))}
        </List>
        <Button onClick={() => sessionChanged(confirm.data ?? null)}>{t('enroll.done')}</Button>
      </Stack>
    );
  }

  const enrollment = start.data;
  const error = start.error ?? confirm.error;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        confirm.mutate();
      }}
    >
      <Stack>
        <Title order={1} size="h3">
          {t('enroll.title')}
        </Title>
        <Text size="sm">{t('enroll.hint')}</Text>
        {error ? (
          <Alert color="red" role="alert">
            {isApiError(error) ? (error.problem.detail ?? error.problem.title) : t('enroll.failed')}
          </Alert>
        ) : null}
        {enrollment ? (
          <>
            <Image
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrollment.qrSvg)}`}
              alt={t('enroll.qrAlt')}
              w={200}
              h={200}
              mx="auto"
            />
            <Text size="xs">
              {t('enroll.secret')} <Code data-testid="totp-secret">{enrollment.secret}</Code>
            </Text>
          </>
        ) : null}
        <TextInput
          label={t('mfa.code')}
          autoComplete="one-time-code"
          inputMode="numeric"
          required
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
        />
        <Button type="submit" loading={confirm.isPending} disabled={!enrollment}>
          {t('enroll.confirm')}
        </Button>
      </Stack>
    </form>
  );
}
