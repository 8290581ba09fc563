import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from './types.ts';

/**
 * A new password typed twice, as the invitation, reset and change screens ask for it. Typing in
 * either field clears the errors the browser found, so they are judged afresh at the next submit.
 */
export function NewPasswordFields({
  password,
  confirmation,
  onPassword,
  onConfirmation,
  onEdit,
  passwordError,
  confirmationError,
}: {
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
  onEdit: () => void;
  passwordError?: string | undefined;
  confirmationError?: string | undefined;
}) {
  const { t } = useTranslation('account');
  return (
    <>
      <PasswordInput
        label={t('password.new')}
        description={t('password.rules', { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        value={password}
        error={passwordError}
        onChange={(event) => {
          onPassword(event.currentTarget.value);
          onEdit();
        }}
      />
      <PasswordInput
        label={t('password.confirm')}
        autoComplete="new-password"
        required
        value={confirmation}
        error={confirmationError}
        onChange={(event) => {
          onConfirmation(event.currentTarget.value);
          onEdit();
        }}
      />
    </>
  );
}
