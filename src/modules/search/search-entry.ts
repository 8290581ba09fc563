import type { Sensitivity } from '../records/record.schema.ts';

/**
 * One row of the search index: some text of one record (or one page of a document) that a single
 * visibility rule covers, with copies of what the query filters on. A record gives one entry for
 * the fields that follow its own sensitivity and one per group of identifying fields that share a
 * level, so a caller who may see the record but not its contacts finds it by its notes and never by
 * its contacts. Secret text has no entry at all.
 */

/** What the facets and filters read, copied from the record when it is indexed. */
export interface EntryFacets {
  /** ISO country codes (an engagement may concern several). */
  countries: readonly string[];
  caseType: string | null;
  status: string | null;
  issueAreas: readonly string[];
  /** A source's kind (report, interview, …), also for the pages of its document. */
  sourceType: string | null;
  /** The record's date as a range of days, from its partial date. */
  dateStart: string | null;
  dateEnd: string | null;
}

/** The record an entry belongs to, and who may see it (the record policy's columns). */
export interface EntryRecord {
  recordType: string;
  recordId: string;
  sensitivity: Sensitivity;
  isPublished: boolean;
  ownerOrgId: string | null;
  facets: EntryFacets;
}

export interface IndexEntry extends EntryRecord {
  /** `record` for the fields under the record's own sensitivity, else the identifying fields' names. */
  part: string;
  /** The page of the source's document, for a page's entry. */
  page: number | null;
  /** The level of the fields in this entry (`public` for the record's own fields). */
  fieldLevel: Sensitivity;
  /** Whether the public, seeing the record because it is published, may also see these fields. */
  publicBasis: boolean;
  /** The text as written: it is tokenized into the index and gives the snippets. */
  text: string;
  /** Whether the text is kept in the entry (records) or read from `document_pages` (pages). */
  keepText: boolean;
}

export const NO_FACETS: EntryFacets = {
  countries: [],
  caseType: null,
  status: null,
  issueAreas: [],
  sourceType: null,
  dateStart: null,
  dateEnd: null,
};
