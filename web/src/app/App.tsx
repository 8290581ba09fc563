import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { setNonce } from 'get-nonce';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { isApiError } from '../api/problem.ts';
import { docketTheme } from '../ui/theme.ts';
import { routes } from './routes.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change by asking again; a network blip may.
      retry: (failures, error) => !(isApiError(error) && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const router = createBrowserRouter(routes);

// The server puts a fresh nonce in each page; Mantine's few <style> elements carry it past the CSP.
const styleNonce = document.querySelector<HTMLMetaElement>('meta[name="style-nonce"]')?.content ?? '';
const getStyleNonce = () => styleNonce;
// The scroll lock of Mantine's modals and drawers (react-remove-scroll) writes its style through
// react-style-singleton, which takes its nonce from get-nonce.
setNonce(styleNonce);

export function App() {
  const { t } = useTranslation();
  const closeLabel = t('close');
  // Rebuilt when the language changes, for the close buttons' label.
  const theme = useMemo(() => docketTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider
      theme={theme}
      withCssVariables={false}
      withGlobalClasses={false}
      getStyleNonce={getStyleNonce}
      defaultColorScheme="light"
    >
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
