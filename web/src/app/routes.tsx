import type { RouteObject } from 'react-router';
import { accountRoutes, publicAccountRoutes } from '../features/account/routes.tsx';
import { adminRoutes } from '../features/admin/routes.tsx';
import { dashboardRoutes } from '../features/dashboard/routes.tsx';
import { documentsRoutes } from '../features/documents/routes.tsx';
import { historyRoutes } from '../features/history/routes.tsx';
import { importRoutes } from '../features/import/routes.tsx';
import { lettersRoutes, publicLettersRoutes } from '../features/letters/routes.tsx';
import { listsRoutes } from '../features/lists/routes.tsx';
import { recordsRoutes } from '../features/records/routes.tsx';
import { searchRoutes } from '../features/search/routes.tsx';
import { trackerRoutes } from '../features/tracker/routes.tsx';
import { RouteError } from '../ui/RouteError.tsx';
import { SignedInLayout } from './SignedInLayout.tsx';

/**
 * Every screen, each loaded on first visit (React Router's `lazy`), so the first download holds the
 * shell only. A feature adds its screens to `featureRoutes` below from its own `routes.tsx`.
 */
const featureRoutes: RouteObject[] = [
  ...dashboardRoutes,
  ...searchRoutes,
  ...listsRoutes,
  // Before the records' routes: `/commitments/:id` and `/engagements/:id` are the tracker's pages.
  ...trackerRoutes,
  ...lettersRoutes,
  ...documentsRoutes,
  ...recordsRoutes,
  ...historyRoutes,
  ...importRoutes,
  ...accountRoutes,
  ...adminRoutes,
];

export const routes: RouteObject[] = [
  ...[...publicAccountRoutes, ...publicLettersRoutes].map((route) => ({
    ...route,
    errorElement: <RouteError />,
  })),
  {
    path: '/sign-in',
    lazy: () => import('../auth/SignInPage.tsx').then((m) => ({ Component: m.SignInPage })),
    errorElement: <RouteError />,
  },
  {
    element: <SignedInLayout />,
    errorElement: <RouteError />,
    children: [
      ...featureRoutes,
      {
        path: '*',
        lazy: () => import('../ui/NotFoundPage.tsx').then((m) => ({ Component: m.NotFoundPage })),
      },
    ],
  },
];
