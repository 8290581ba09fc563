import { Center, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageMenu } from '../../ui/LanguageMenu.tsx';
import { Logo } from '../../ui/Logo.tsx';
import './account.css';

/** The frame of the pages opened from a link before sign-in, like the sign-in page's. */
export function PublicFrame({ children }: { children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" component="main" id="main" className="account-screen">
      <Stack w={440} maw="100%">
        <Center>
          <Logo />
        </Center>
        <Paper withBorder p="lg" radius="md">
          {children}
        </Paper>
        <Center>
          <LanguageMenu />
        </Center>
      </Stack>
    </Center>
  );
}

/** The token of an account link, which travels in the fragment (`#token=…`) so no server logs it. */
export function tokenFromFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token?.trim() ? token.trim() : null;
}
