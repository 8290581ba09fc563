import type { RouteObject } from 'react-router';

/** The account screens, each loaded on first visit. */
export const accountRoutes: RouteObject[] = [];
