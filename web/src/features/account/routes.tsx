import type { RouteObject } from 'react-router';

/** The account screens of a signed-in user, each loaded on first visit. */
export const accountRoutes: RouteObject[] = [
  {
    path: '/account',
    lazy: () => import('./AccountPage.tsx').then((m) => ({ Component: m.AccountPage })),
  },
];

/** Account screens reached before sign-in (invitation and password-reset links), outside the app frame. */
export const publicAccountRoutes: RouteObject[] = [
  {
    path: '/accept-invitation',
    lazy: () => import('./AcceptInvitationPage.tsx').then((m) => ({ Component: m.AcceptInvitationPage })),
  },
  {
    path: '/reset-password',
    lazy: () => import('./ResetPasswordPage.tsx').then((m) => ({ Component: m.ResetPasswordPage })),
  },
];
