import { Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../api/client.ts';
import { LanguageMenu } from '../ui/LanguageMenu.tsx';
import { Logo } from '../ui/Logo.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { EnrollStep } from './EnrollStep.tsx';
import { useSession, useSessionChanged } from './session.ts';

/** Only paths inside the app, so a crafted link cannot send the user elsewhere after sign-in. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/** Sign-in in its steps: email and password, then the authenticator code or enrollment. */
export function SignInPage() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const session = useSession();
  const next = safeNext(params.get('next'));
  const stage = session.data?.stage ?? (session.data ? 'active' : null);

  if (stage === 'active') return <Navigate to={next} replace />;
  return (
    <Center mih="100vh" p="md" component="main" id="main">
      <Stack w={400} maw="100%">
        <Center>
          <Logo />
        </Center>
        <Paper withBorder p="lg" radius="md">
          {session.isPending ? null : stage === 'mfa' ? (
            <MfaStep />
          ) : stage === 'enroll' ? (
            <EnrollStep />
          ) : (
            <PasswordStep />
          )}
        </Paper>
        <Center>
          <LanguageMenu />
        </Center>
        <Text size="xs" c="dimmed" ta="center">
          {t('privacy')}
        </Text>
      </Stack>
    </Center>
  );
}

function PasswordStep() {
  const { t } = useTranslation('auth');
  const sessionChanged = useSessionChanged();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        try {
          const grant = unwrap(await api.POST('/api/auth/sign-in', { body: { email, password } }));
          await sessionChanged(grant);
        } catch (caught) {
          setError(caught);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Stack>
        <Title order={1} size="h3">
          {t('signIn.title')}
        </Title>
        <ProblemAlert error={error} />
        <TextInput
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
        <PasswordInput
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Button type="submit" loading={isBusy}>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function MfaStep() {
  const { t } = useTranslation('auth');
  const sessionChanged = useSessionChanged();
  const [code, setCode] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        try {
          const body = useRecovery ? { recoveryCode: code.trim() } : { code: code.replace(/\s/g, '') };
          const grant = unwrap(await api.POST('/api/auth/mfa', { body }));
          await sessionChanged(grant);
        } catch (caught) {
          setError(caught);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Stack>
        <Title order={1} size="h3">
          {t('mfa.title')}
        </Title>
        <Text size="sm">{useRecovery ? t('mfa.recoveryHint') : t('mfa.hint')}</Text>
        <ProblemAlert error={error} />
        <TextInput
          label={useRecovery ? t('mfa.recoveryCode') : t('mfa.code')}
          autoComplete="one-time-code"
          inputMode={useRecovery ? 'text' : 'numeric'}
          required
          autoFocus
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
        />
        <Button type="submit" loading={isBusy}>
          {t('mfa.submit')}
        </Button>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setCode('');
          }}
        >
          {useRecovery ? t('mfa.useCode') : t('mfa.useRecovery')}
        </Anchor>
      </Stack>
    </form>
  );
}
