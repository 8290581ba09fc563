import type { RouteObject } from 'react-router';

/** The lists screens, each loaded on first visit. */
export const listsRoutes: RouteObject[] = [];
