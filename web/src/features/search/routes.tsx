import type { RouteObject } from 'react-router';

/** The search screen over records and document pages, loaded on first visit. */
export const searchRoutes: RouteObject[] = [
  {
    path: '/search',
    lazy: () => import('./SearchPage.tsx').then((m) => ({ Component: m.SearchPage })),
  },
];
