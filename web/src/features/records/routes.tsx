import type { RouteObject } from 'react-router';
import { RECORD_SEGMENTS, TRACKER_PAGE_SEGMENTS } from './shared/types.ts';

/**
 * The record screens, each loaded on first visit: a record's page, its editor, and the form for a
 * new one, for every record type. The list at `/<type>` and the history belong to other features,
 * and so do the pages of commitments and engagements (the tracker's).
 */
export const recordsRoutes: RouteObject[] = RECORD_SEGMENTS.flatMap((segment) => [
  {
    path: `/${segment}/new`,
    lazy: () => import('./RecordEditScreen.tsx').then((m) => ({ Component: m.RecordNewScreen })),
  },
  ...(TRACKER_PAGE_SEGMENTS.has(segment)
    ? []
    : [
        {
          path: `/${segment}/:id`,
          lazy: () => import('./RecordScreen.tsx').then((m) => ({ Component: m.RecordScreen })),
        },
      ]),
  {
    path: `/${segment}/:id/edit`,
    lazy: () => import('./RecordEditScreen.tsx').then((m) => ({ Component: m.RecordEditScreen })),
  },
]);
