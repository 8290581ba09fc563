import type { RouteObject } from 'react-router';

/** The records screens, each loaded on first visit. */
export const recordsRoutes: RouteObject[] = [];
