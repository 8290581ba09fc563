import type { RouteObject } from 'react-router';

/** The history screens, each loaded on first visit. */
export const historyRoutes: RouteObject[] = [];
