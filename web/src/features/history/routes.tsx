import type { RouteObject } from 'react-router';
import { HISTORY_TYPES } from './history-api.ts';

/** The history screens, each loaded on first visit: `/<type>/:id/history` for every record type. */
export const historyRoutes: RouteObject[] = HISTORY_TYPES.map((type) => ({
  path: `/${type}/:id/history`,
  lazy: () => import('./HistoryPage.tsx').then((m) => ({ Component: m.HistoryPage })),
}));
