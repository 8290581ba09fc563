import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { LinkProblem, MissingToken } from './AcceptInvitationPage.tsx';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import { notifySuccess } from './notify.ts';
import { PublicFrame, tokenFromFragment } from './PublicFrame.tsx';
import { fieldErrorsOf, localPasswordErrors } from './password-errors.ts';

/**
 * `/reset-password#token=…`: a new password from an administrator's link. Whether the account has
 * two-step verification is not known before asking (the link reveals nothing), so the code field is
 * always there and the server says when it was needed.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation('account');
  const token = tokenFromFragment(useLocation().hash);
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [code, setCode] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const [local, setLocal] = useState<{ password?: string; confirmation?: string }>({});
  const reset = useMutation({
    mutationFn: async (linkToken: string) => {
      const second = code.trim()
        ? useRecovery
          ? { recoveryCode: code.trim() }
          : { code: code.replace(/\s/g, '') }
        : {};
      return unwrap(
        await api.POST('/api/auth/reset-password', { body: { token: linkToken, password, ...second } }),
      );
    },
    onSuccess: (user) => {
      notifySuccess(t('reset.doneHint', { email: user.email }), t('reset.done'));
      navigate('/sign-in', { replace: true });
    },
  });
  const server = fieldErrorsOf(t, reset.error);
  const codeError = server.code ?? server.recoveryCode;
  return (
    <PublicFrame>
      <Stack>
        <Title order={1} size="h3">
          {t('reset.title')}
        </Title>
        {token ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              const found = localPasswordErrors(t, password, confirmation);
              setLocal(found);
              if (Object.keys(found).length === 0) reset.mutate(token);
            }}
          >
            <Stack>
              <Text size="sm">{t('reset.hint')}</Text>
              <LinkProblem error={reset.error} hasFieldErrors={Object.keys(server).length > 0} />
              <NewPasswordFields
                password={password}
                confirmation={confirmation}
                onPassword={setPassword}
                onConfirmation={setConfirmation}
                onEdit={() => setLocal({})}
                passwordError={local.password ?? server.password}
                confirmationError={local.confirmation}
              />
              <TextInput
                label={useRecovery ? t('reset.recoveryCode') : t('reset.code')}
                description={t('reset.codeHint')}
                autoComplete="one-time-code"
                inputMode={useRecovery ? 'text' : 'numeric'}
                value={code}
                error={codeError}
                onChange={(event) => setCode(event.currentTarget.value)}
              />
              <Anchor
                component="button"
                type="button"
                size="sm"
                ta="left"
                onClick={() => {
                  setUseRecovery(!useRecovery);
                  setCode('');
                }}
              >
                {useRecovery ? t('reset.useCode') : t('reset.useRecovery')}
              </Anchor>
              <Button type="submit" loading={reset.isPending}>
                {t('reset.submit')}
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
