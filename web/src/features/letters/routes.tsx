import type { RouteObject } from 'react-router';

/**
 * The briefing and letter screens, each loaded on first visit: a briefing and a new letter from an
 * engagement, the letters, and one letter with its versions and sign-on.
 */
export const lettersRoutes: RouteObject[] = [
  {
    path: '/engagements/:id/briefing',
    lazy: () => import('./BriefingPage.tsx').then((m) => ({ Component: m.BriefingPage })),
  },
  {
    path: '/engagements/:id/letter/new',
    lazy: () => import('./NewLetterPage.tsx').then((m) => ({ Component: m.NewLetterPage })),
  },
  {
    path: '/letters',
    lazy: () => import('./LettersPage.tsx').then((m) => ({ Component: m.LettersPage })),
  },
  {
    path: '/letters/:id',
    lazy: () => import('./LetterPage.tsx').then((m) => ({ Component: m.LetterPage })),
  },
];

/** The page a sign-on link opens, outside the app frame: the link itself is the credential. */
export const publicLettersRoutes: RouteObject[] = [
  {
    path: '/sign-on/:token',
    lazy: () => import('./SignOnPage.tsx').then((m) => ({ Component: m.SignOnPage })),
  },
];
