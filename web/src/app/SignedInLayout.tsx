import { AppShell, Burger, Center, Group, Loader, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, NavLink as RouterNavLink, useLocation } from 'react-router';
import { useSession } from '../auth/session.ts';
import { LanguageMenu } from '../ui/LanguageMenu.tsx';
import { Logo } from '../ui/Logo.tsx';
import { UserMenu } from '../ui/UserMenu.tsx';
import { NAV_SECTIONS } from './nav.ts';

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="50vh" role="status" aria-live="polite">
      <Loader aria-label={t('loading')} />
    </Center>
  );
}

/** The frame of every screen after sign-in: header, navigation, and the screen in `<main>`. */
export function SignedInLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const [isNavOpen, nav] = useDisclosure(false);

  if (session.isPending) return <PageLoader />;
  if (session.isError) throw session.error;
  if (!session.data || (session.data.stage !== null && session.data.stage !== 'active')) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  const { role } = session.data.user;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } }}
      padding="md"
    >
      <a href="#main" className="docket-skip-link">
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger
              opened={isNavOpen}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
            />
            <Logo />
          </Group>
          <Group gap="xs">
            <LanguageMenu />
            <UserMenu user={session.data.user} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        {/* A growing section gives the scroll area the navbar's height, so a long menu scrolls. */}
        <AppShell.Section grow component={ScrollArea}>
          {NAV_SECTIONS.map((section) => {
            const entries = section.entries.filter((entry) => !entry.roles || entry.roles.includes(role));
            if (entries.length === 0) return null;
            return (
              <div key={section.label}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
                  {t(section.label)}
                </Text>
                {entries.map((entry) => (
                  <NavLink
                    key={entry.path}
                    component={RouterNavLink}
                    to={entry.path}
                    active={
                      entry.path === '/'
                        ? location.pathname === '/'
                        : location.pathname.startsWith(entry.path)
                    }
                    label={t(entry.label)}
                    onClick={nav.close}
                  />
                ))}
              </div>
            );
          })}
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
