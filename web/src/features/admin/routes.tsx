import type { RouteObject } from 'react-router';

/** The admin screens, each loaded on first visit. */
export const adminRoutes: RouteObject[] = [
  {
    path: '/admin',
    lazy: () => import('./AdminPage.tsx').then((m) => ({ Component: m.AdminPage })),
  },
];
