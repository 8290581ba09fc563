import { Avatar, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { type SessionUser, useSessionChanged } from '../auth/session.ts';

export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* The visible name is the button's name, so what a speech user says is what they see. */}
        <UnstyledButton>
          <Group gap={6}>
            <Avatar size="sm" color="blue" radius="xl" />
            <VisuallyHidden>{t('userMenu')}: </VisuallyHidden>
            <Text size="sm">{user.displayName || user.email}</Text>
          </Group>
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
