import type { RouteObject } from 'react-router';

/**
 * The documents screens, each loaded on first visit: the recent documents, adding files and
 * folders, and one document's viewer.
 */
export const documentsRoutes: RouteObject[] = [
  {
    path: '/documents',
    lazy: () => import('./DocumentsPage.tsx').then((m) => ({ Component: m.DocumentsPage })),
  },
  {
    path: '/documents/add',
    lazy: () => import('./AddDocumentsPage.tsx').then((m) => ({ Component: m.AddDocumentsPage })),
  },
  {
    path: '/documents/:id',
    lazy: () => import('./DocumentPage.tsx').then((m) => ({ Component: m.DocumentPage })),
  },
];
