import type { RouteObject } from 'react-router';

/** The import screens, each loaded on first visit. */
export const importRoutes: RouteObject[] = [
  { path: '/import', lazy: () => import('./ImportPage.tsx').then((m) => ({ Component: m.ImportPage })) },
];
