import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PasswordSection } from './PasswordSection.tsx';
import { ProfileSection } from './ProfileSection.tsx';
import { SessionsSection } from './SessionsSection.tsx';
import { TokensSection } from './TokensSection.tsx';
import './account.css';

/** `/account`: who the user is, their password, their sessions and their API tokens. */
export function AccountPage() {
  const { t } = useTranslation('account');
  const user = useCurrentUser();
  return (
    <Stack gap="lg" maw={1100} className="account-screen">
      <PageHeader title={t('title')} subtitle={user.displayName || user.email} />
      <ProfileSection />
      <PasswordSection />
      <SessionsSection />
      <TokensSection />
    </Stack>
  );
}
