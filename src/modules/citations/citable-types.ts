/**
 * Record types a citation may attach to. Apart from `citable-kinds.ts` (which maps each to its
 * module's operations, and must name every one) so that the citation schema stays free of server
 * code and the web app can validate with it.
 */
export const CITABLE_TYPES = [
  'person',
  'source',
  'organization',
  'case',
  'event',
  'legal-instrument',
  'indicator',
  'proceeding',
  'commitment',
  'ask',
  'engagement',
  'intervention',
] as const;

export type CitableType = (typeof CITABLE_TYPES)[number];
