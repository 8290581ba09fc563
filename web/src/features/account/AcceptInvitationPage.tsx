import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { isApiError } from '../../api/problem.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { WarningAlert } from './AccountModal.tsx';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import { notifySuccess } from './notify.ts';
import { PublicFrame, tokenFromFragment } from './PublicFrame.tsx';
import { fieldErrorsOf, localPasswordErrors } from './password-errors.ts';

/** `/accept-invitation#token=…`: the invited person chooses their name and password, then signs in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation('account');
  const token = tokenFromFragment(useLocation().hash);
  const navigate = useNavigate();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [local, setLocal] = useState<{ password?: string; confirmation?: string }>({});
  const accept = useMutation({
    mutationFn: async (linkToken: string) =>
      unwrap(
        await api.POST('/api/auth/accept-invitation', {
          body: {
            token: linkToken,
            password,
            ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
          },
        }),
      ),
    onSuccess: (user) => {
      notifySuccess(t('invitation.doneHint', { email: user.email }), t('invitation.done'));
      navigate('/sign-in', { replace: true });
    },
  });
  const server = fieldErrorsOf(t, accept.error);
  return (
    <PublicFrame>
      <Stack>
        <Title order={1} size="h3">
          {t('invitation.title')}
        </Title>
        {token ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              const found = localPasswordErrors(t, password, confirmation);
              setLocal(found);
              if (Object.keys(found).length === 0) accept.mutate(token);
            }}
          >
            <Stack>
              <Text size="sm">{t('invitation.hint')}</Text>
              <LinkProblem error={accept.error} hasFieldErrors={Object.keys(server).length > 0} />
              <TextInput
                label={t('invitation.displayName')}
                description={t('invitation.displayNameHint')}
                autoComplete="name"
                maxLength={200}
                value={displayName}
                error={server.displayName}
                onChange={(event) => setDisplayName(event.currentTarget.value)}
              />
              <NewPasswordFields
                password={password}
                confirmation={confirmation}
                onPassword={setPassword}
                onConfirmation={setConfirmation}
                onEdit={() => setLocal({})}
                passwordError={local.password ?? server.password}
                confirmationError={local.confirmation}
              />
              <Button type="submit" loading={accept.isPending}>
                {t('invitation.submit')}
              </Button>
            </Stack>
          </form>
        ) : (
          <MissingToken />
        )}
      </Stack>
    </PublicFrame>
  );
}

/** A refused link (expired, used, mistyped) in words the person can act on; other problems as they are. */
export function LinkProblem({ error, hasFieldErrors }: { error: unknown; hasFieldErrors: boolean }) {
  const { t } = useTranslation('account');
  if (!error || hasFieldErrors) return null;
  if (isApiError(error) && error.status === 401) {
    return (
      <Alert color="red" role="alert" title={t('link.invalidTitle')}>
        {t('link.invalid')}
      </Alert>
    );
  }
  return <ProblemAlert error={error} />;
}

export function MissingToken() {
  const { t } = useTranslation('account');
  return (
    <Stack>
      <WarningAlert role="alert" title={t('link.missingTitle')}>
        {t('link.missing')}
      </WarningAlert>
      <Anchor component={Link} to="/sign-in">
        {t('link.toSignIn')}
      </Anchor>
    </Stack>
  );
}
