import type { RouteObject } from 'react-router';

const page = () => import('./DashboardPage.tsx').then((m) => ({ Component: m.DashboardPage }));

/** The dashboard: every country at `/`, one country at `/countries/KZ`; loaded on first visit. */
export const dashboardRoutes: RouteObject[] = [
  { index: true, lazy: page },
  { path: '/countries/:country', lazy: page },
];
