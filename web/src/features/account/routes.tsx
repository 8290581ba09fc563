import type { RouteObject } from 'react-router';

/** The account screens of a signed-in user, each loaded on first visit. */
export const accountRoutes: RouteObject[] = [];

/** Account screens reached before sign-in (invitation and password-reset links), outside the app frame. */
export const publicAccountRoutes: RouteObject[] = [];
