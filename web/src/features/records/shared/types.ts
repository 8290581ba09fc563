import type { CitableType } from '../../../../../src/modules/citations/citable-types.ts';
import type { components } from '../../../api/schema.d.ts';

export type Sensitivity = 'public' | 'internal' | 'confidential' | 'secret';
export const SENSITIVITIES: readonly Sensitivity[] = ['public', 'internal', 'confidential', 'secret'];

export type Person = components['schemas']['Person'];
export type Case = components['schemas']['Case'];
export type Source = components['schemas']['Source'];
export type Citation = components['schemas']['Citation'];
export type Grant = components['schemas']['Grant'];
export type Abilities = components['schemas']['Abilities'];

/** What every record response carries, whatever its type. */
export interface RecordBase {
  id: string;
  ref: string | null;
  version: number;
  sensitivity: Sensitivity;
  isPublished: boolean;
  fieldSensitivity: Record<string, Sensitivity>;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  abilities: Abilities;
  redacted: string[];
}

/** A record of any type: its common members plus fields read by name. */
export type AnyRecord = RecordBase & { [field: string]: unknown };

/** The URL segments of the record types, which are also their API collections. */
export const RECORD_SEGMENTS = [
  'persons',
  'cases',
  'events',
  'organizations',
  'proceedings',
  'legal-instruments',
  'sources',
  'commitments',
  'asks',
  'engagements',
  'interventions',
] as const;
export type RecordSegment = (typeof RECORD_SEGMENTS)[number];

/** The record type name citations use for each segment. */
export const CITATION_TYPE: Record<RecordSegment, CitableType> = {
  persons: 'person',
  cases: 'case',
  events: 'event',
  organizations: 'organization',
  proceedings: 'proceeding',
  'legal-instruments': 'legal-instrument',
  sources: 'source',
  commitments: 'commitment',
  asks: 'ask',
  engagements: 'engagement',
  interventions: 'intervention',
};

/**
 * Types whose page belongs to the tracker screens: the records feature gives them only the form for
 * a new record and the editor, at `/<segment>/new` and `/<segment>/:id/edit`.
 */
export const TRACKER_PAGE_SEGMENTS: ReadonlySet<RecordSegment> = new Set(['commitments', 'engagements']);

/** Meta members that are not fields a reader or editor deals with one by one. */
export const META_KEYS = new Set([
  'id',
  'ref',
  'version',
  'sensitivity',
  'isPublished',
  'ownerOrgId',
  'fieldSensitivity',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'deletedAt',
  'deletedBy',
  'abilities',
  'redacted',
  'derived',
]);

/** A field is shown only when the caller may see it: withheld fields are absent, not blank. */
export function isWithheld(record: AnyRecord, field: string): boolean {
  return record.redacted.includes(field) || record[field] === null || record[field] === undefined;
}
