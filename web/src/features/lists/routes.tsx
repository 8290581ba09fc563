import type { RouteObject } from 'react-router';

const screens = () => import('./ListScreens.tsx');

/** The lists screens, each loaded on first visit (all share one chunk). */
export const listsRoutes: RouteObject[] = [
  { path: '/persons', lazy: () => screens().then((m) => ({ Component: m.PersonsList })) },
  { path: '/organizations', lazy: () => screens().then((m) => ({ Component: m.OrganizationsList })) },
  { path: '/events', lazy: () => screens().then((m) => ({ Component: m.EventsList })) },
  { path: '/cases', lazy: () => screens().then((m) => ({ Component: m.CasesList })) },
  { path: '/proceedings', lazy: () => screens().then((m) => ({ Component: m.ProceedingsList })) },
  {
    path: '/legal-instruments',
    lazy: () => screens().then((m) => ({ Component: m.LegalInstrumentsList })),
  },
  { path: '/sources', lazy: () => screens().then((m) => ({ Component: m.SourcesList })) },
  { path: '/commitments', lazy: () => screens().then((m) => ({ Component: m.CommitmentsList })) },
  { path: '/asks', lazy: () => screens().then((m) => ({ Component: m.AsksList })) },
  { path: '/engagements', lazy: () => screens().then((m) => ({ Component: m.EngagementsList })) },
  { path: '/interventions', lazy: () => screens().then((m) => ({ Component: m.InterventionsList })) },
];
