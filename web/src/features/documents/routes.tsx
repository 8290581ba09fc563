import type { RouteObject } from 'react-router';

/**
 * The documents screens, each loaded on first visit: the recent documents, adding files and
 * folders, one document's viewer, and its redaction for publication.
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
  {
    path: '/documents/:id/redact',
    lazy: () => import('./RedactPage.tsx').then((m) => ({ Component: m.RedactPage })),
  },
];
