import type { RouteObject } from 'react-router';

/**
 * The tracker's screens, each loaded on first visit: the board, a commitment with its ratings, an
 * engagement with its planner, and the scorecards (whose chunk alone carries the charts). The list,
 * editor and history screens of commitments and engagements belong to the records features.
 */
export const trackerRoutes: RouteObject[] = [
  {
    path: '/tracker',
    lazy: () => import('./TrackerBoardPage.tsx').then((m) => ({ Component: m.TrackerBoardPage })),
  },
  {
    path: '/commitments/:id',
    lazy: () => import('./CommitmentPage.tsx').then((m) => ({ Component: m.CommitmentPage })),
  },
  {
    path: '/engagements/:id',
    lazy: () => import('./EngagementPage.tsx').then((m) => ({ Component: m.EngagementPage })),
  },
  {
    path: '/scorecards',
    lazy: () => import('./ScorecardPage.tsx').then((m) => ({ Component: m.ScorecardPage })),
  },
];
