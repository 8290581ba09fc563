import type { RouteObject } from 'react-router';

/** The dashboard screens, each loaded on first visit. */
export const dashboardRoutes: RouteObject[] = [
  { index: true, lazy: () => import('../home/HomePage.tsx').then((m) => ({ Component: m.HomePage })) },
];
