import { Alert, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth/session.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { OrgsPanel } from './OrgsPanel.tsx';
import { UsersPanel } from './UsersPanel.tsx';
import '../account/account.css';

const TABS = ['users', 'organizations'] as const;
type Tab = (typeof TABS)[number];

/** `/admin`: the coalition's users and organizations, for administrators. The tab is kept in the URL. */
export function AdminPage() {
  const { t } = useTranslation('admin');
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: Tab = TABS.find((known) => known === requested) ?? 'users';
  if (user.role !== 'administrator') {
    return (
      <Stack maw={640}>
        <PageHeader title={t('title')} />
        <Alert color="gray" role="alert" title={t('forbidden.title')}>
          {t('forbidden.detail')}
        </Alert>
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={1200} className="account-screen">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Tabs
        value={tab}
        onChange={(next) => setParams(next && next !== 'users' ? { tab: next } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="users">{t('tabs.users')}</Tabs.Tab>
          <Tabs.Tab value="organizations">{t('tabs.organizations')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users">
          <UsersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="organizations">
          <OrgsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
