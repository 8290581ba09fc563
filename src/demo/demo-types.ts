import type { LocalizedText } from '../core/language.ts';

/** The record types the demo dataset creates, in the order the loader creates them. */
export const DEMO_RECORD_TYPES = [
  'source',
  'organization',
  'event',
  'legal-instrument',
  'indicator',
  'person',
  'case',
  'proceeding',
  'ask',
  'engagement',
  'commitment',
  'intervention',
  'citation',
] as const;
export type DemoRecordType = (typeof DEMO_RECORD_TYPES)[number];
export type CitedRecordType = Exclude<DemoRecordType, 'citation' | 'source'>;

/** The id of a demo record created (or found) earlier in the same load, by its ref. */
export type DemoIds = (ref: string) => string;

/**
 * The demo accounts that exist when the dataset loads (the server creates them first on an empty
 * database; `docket demo` on its own has none): fictional owners for the follow-up tasks.
 */
export interface DemoUsers {
  coordinatorId: string | null;
  researcherId: string | null;
}

/** One record to create: its stable ref and the create body its operation validates. */
export interface DemoRecord {
  ref: string;
  input: Record<string, unknown>;
}

/**
 * A citation of a demo source for a demo record, by refs; the loader resolves them to ids. The
 * summary is ours: what the facts table attributes to the source. Never a quote, URL or locator.
 */
export interface DemoCitation {
  recordType: CitedRecordType;
  recordRef: string;
  field: string | null;
  sourceRef: string;
  summary: string;
}

/** What one builder contributes: records of one type and the citations that support them. */
export interface DemoBatch {
  records: DemoRecord[];
  citations: DemoCitation[];
}

/** Several builders' records and citations as one batch, in order. */
export function mergeBatches(batches: readonly DemoBatch[]): DemoBatch {
  return { records: batches.flatMap((b) => b.records), citations: batches.flatMap((b) => b.citations) };
}

const refTail = (ref: string) => ref.replace(/^demo:[^:]+:/, '');

/** A stable ref for a citation, from what it links, so a reload finds it again. */
export function citationRef(citation: DemoCitation): string {
  const field = citation.field ?? 'record';
  return `demo:citation:${citation.recordType}:${refTail(citation.recordRef)}:${field}:${refTail(citation.sourceRef)}`;
}

/** Narrative text in English, the language of the facts table. */
export function en(text: string): LocalizedText {
  return { en: text };
}

/** Citations of one record: `cite(field, sourceRef, summary)`. */
export function citationsFor(recordType: CitedRecordType, recordRef: string) {
  return (field: string | null, sourceRef: string, summary: string): DemoCitation => ({
    recordType,
    recordRef,
    field,
    sourceRef,
    summary,
  });
}
