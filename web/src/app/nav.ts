/**
 * The main navigation: each entry a path and its label's key in the `common` namespace (or in a
 * feature's own, named as `namespace:key`).
 */
export interface NavEntry {
  path: string;
  label: string;
  /** Shown only to these roles; everyone when absent. */
  roles?: readonly string[];
}

export const NAV_SECTIONS: ReadonlyArray<{ label: string; entries: readonly NavEntry[] }> = [
  {
    label: 'nav.overview',
    entries: [
      { path: '/', label: 'nav.dashboard' },
      { path: '/search', label: 'search:nav' },
    ],
  },
  {
    label: 'nav.evidence',
    entries: [
      { path: '/persons', label: 'nav.persons' },
      { path: '/cases', label: 'nav.cases' },
      { path: '/events', label: 'nav.events' },
      { path: '/organizations', label: 'nav.organizations' },
      { path: '/proceedings', label: 'nav.proceedings' },
      { path: '/legal-instruments', label: 'nav.legalInstruments' },
      { path: '/sources', label: 'nav.sources' },
      { path: '/documents', label: 'documents:nav' },
    ],
  },
  {
    label: 'nav.accountability',
    entries: [
      { path: '/tracker', label: 'nav.tracker' },
      { path: '/commitments', label: 'nav.commitments' },
      { path: '/asks', label: 'nav.asks' },
      { path: '/engagements', label: 'nav.engagements' },
      { path: '/interventions', label: 'nav.interventions' },
      { path: '/letters', label: 'letters:nav' },
      { path: '/scorecards', label: 'nav.scorecards' },
    ],
  },
  {
    label: 'nav.tools',
    entries: [
      { path: '/import', label: 'nav.import', roles: ['administrator', 'editor', 'researcher'] },
      { path: '/admin', label: 'nav.administration', roles: ['administrator'] },
    ],
  },
];
