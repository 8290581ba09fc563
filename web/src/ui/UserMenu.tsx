import { Avatar, Menu, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { type SessionUser, useSessionChanged } from '../auth/session.ts';

export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const initials = (user.displayName || user.email).slice(0, 2).toUpperCase();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu', { name: user.displayName || user.email })}>
          <Avatar size="sm" color="blue" radius="xl">
            {initials}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item onClick={() => navigate('/account')}>{t('nav.account')}</Menu.Item>
        <Menu.Divider />
        <Menu.Item
          onClick={async () => {
            await api.POST('/api/auth/sign-out');
            await sessionChanged(null);
            navigate('/sign-in');
          }}
        >
          {t('signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
