import { isPartialDate, parsePartialDate } from '../../core/partial-date.ts';
import { fieldLevelsOf } from '../access/field-levels.ts';
import { AFTER_ALL_STEPS, type CustodyStep, statusOn, stepDays } from '../cases/custody.ts';
import { currentRating, type DatedRating } from '../commitments/rating.ts';
import { EDITABLE_META, type Sensitivity, type StoredRecord, SYSTEM_META } from '../records/record.schema.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { type EntryFacets, type EntryRecord, type IndexEntry, NO_FACETS } from './search-entry.ts';

/**
 * The index entries of one record: its text grouped by who may read it, and its facets. The text is
 * every string of the record's fields except codes, ids and dates; fields declared with a level
 * (identifying fields) are grouped by that level, and secret ones — sealed, never in clear — have
 * no entry, nor does anything of a secret record.
 */

/** Fields whose strings are codes, ids or machine values, not words anyone searches for. */
const NOT_TEXT = new Set([
  'kind',
  'type',
  'status',
  'gender',
  'priority',
  'caseType',
  'country',
  'countries',
  'issueAreas',
  'language',
  'script',
  'consentBasis',
  'reliability',
  'sensitivity',
  'fieldSensitivity',
  'precision',
  'rating',
  'response',
  'mechanism',
  'occupations',
  'role',
  'outcome',
]);

/** Record metadata: not the record's words (the ref is, so a search for it finds the record). */
const META = new Set<string>([...SYSTEM_META, ...EDITABLE_META]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T/;

/** Every searchable string in a field's value, in order. */
export function textsOf(value: unknown, key = ''): string[] {
  if (NOT_TEXT.has(key) || key.endsWith('Id') || key.endsWith('Ids')) return [];
  if (typeof value === 'string') {
    const text = value.trim();
    if (!text || UUID.test(text) || ISO_TIME.test(text) || isPartialDate(text)) return [];
    return [text];
  }
  if (Array.isArray(value)) return value.flatMap((item) => textsOf(item));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([inner, item]) => textsOf(item, inner));
  }
  return [];
}

type Fields = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function dateRange(value: unknown): Pick<EntryFacets, 'dateStart' | 'dateEnd'> {
  if (!isPartialDate(value)) return { dateStart: null, dateEnd: null };
  const parsed = parsePartialDate(value);
  return { dateStart: parsed.start, dateEnd: parsed.end };
}

/** A case is dated by its first timeline step, and its status is where its timeline leads. */
function caseFacets(fields: Fields): Partial<EntryFacets> {
  const steps = (Array.isArray(fields.timeline) ? fields.timeline : []) as CustodyStep[];
  const days = steps.map((step) => stepDays(step));
  const first = days.reduce<(typeof days)[number] | undefined>(
    (earliest, day) => (!earliest || day.earliest < earliest.earliest ? day : earliest),
    undefined,
  );
  return {
    caseType: text(fields.caseType),
    status: statusOn(steps, AFTER_ALL_STEPS),
    dateStart: first?.earliest ?? null,
    dateEnd: first?.latest ?? null,
  };
}

/** What each record type adds to the facets besides country. */
const FACETS: Record<string, (fields: Fields) => Partial<EntryFacets>> = {
  case: caseFacets,
  source: (f) => ({ sourceType: text(f.kind), ...dateRange(f.publishedOn) }),
  event: (f) => dateRange(f.startDate),
  organization: () => ({}),
  commitment: (f) => ({
    status: currentRating((Array.isArray(f.ratings) ? f.ratings : []) as DatedRating[]),
    issueAreas: list(f.issueAreas),
    ...dateRange(f.madeOn),
  }),
  ask: (f) => ({ status: text(f.status), issueAreas: list(f.issueAreas) }),
  engagement: (f) => ({ status: text(f.status), ...dateRange(f.startsOn) }),
  intervention: (f) => ({ status: text(f.status), ...dateRange(f.sentOn) }),
  'legal-instrument': (f) => ({ status: text(f.status), ...dateRange(f.adoptedOn) }),
  indicator: (f) => dateRange(f.date),
  proceeding: (f) => dateRange(f.startDate),
};

export function facetsOf(recordType: string, fields: Fields): EntryFacets {
  const countries = [...new Set([text(fields.country), ...list(fields.countries)])].filter(
    (code): code is string => code !== null,
  );
  return {
    ...NO_FACETS,
    countries,
    ...(FACETS[recordType]?.(fields) ?? {}),
  };
}

/** The record as every one of its entries carries it. */
export function entryRecordOf<F extends object>(kind: RecordKind<F>, record: StoredRecord<F>): EntryRecord {
  return {
    recordType: kind.type,
    recordId: record.id,
    sensitivity: record.sensitivity,
    isPublished: record.isPublished,
    ownerOrgId: record.ownerOrgId,
    facets: facetsOf(kind.type, record as unknown as Fields),
  };
}

export function recordEntries<F extends object>(kind: RecordKind<F>, record: StoredRecord<F>): IndexEntry[] {
  // A record read through another (a citation) would need that one's visibility too: the record it
  // is about is what a search finds.
  if (record.deletedAt || record.sensitivity === 'secret' || kind.readsThrough) return [];
  const levels = fieldLevelsOf(kind.levels ?? {}, record);
  const identifying = new Set(kind.identifying ?? []);
  const publicIdentity = kind.hasPublicIdentity?.(record) ?? true;
  const groups = new Map<string, { level: Sensitivity; basis: boolean; fields: string[]; texts: string[] }>();
  const add = (key: string, level: Sensitivity, basis: boolean, field: string | null, texts: string[]) => {
    if (texts.length === 0) return;
    const group = groups.get(key) ?? { level, basis, fields: [], texts: [] };
    if (field) group.fields.push(field);
    group.texts.push(...texts);
    groups.set(key, group);
  };
  if (record.ref) add('record', 'public', true, null, [record.ref]);
  for (const [field, value] of Object.entries(record)) {
    if (META.has(field) || field === 'ref') continue;
    const level = levels[field];
    if (level === undefined) add('record', 'public', true, null, textsOf(value, field));
    else if (level !== 'secret') {
      const basis = !identifying.has(field) || publicIdentity;
      add(`${level}:${basis}`, level, basis, field, textsOf(value, field));
    }
  }
  const base = entryRecordOf(kind, record);
  return [...groups.entries()].map(([key, group]) => ({
    ...base,
    part: key === 'record' ? 'record' : group.fields.join(' '),
    page: null,
    fieldLevel: group.level,
    publicBasis: group.basis,
    text: group.texts.join('\n'),
    keepText: true,
  }));
}
