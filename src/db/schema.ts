import type { ColumnType, Generated } from 'kysely';
import type { AccessSchema } from './access-schema.ts';

/**
 * Kysely's view of the tables. Row types describe what the drivers return on both dialects:
 * booleans come back as 0/1 from SQLite, JSON as text from SQLite and parsed from PostgreSQL, so
 * stores read them through `codec.ts`.
 */
type Bool = ColumnType<boolean | number, boolean, boolean>;
type Json = ColumnType<unknown, string, string>;

/** Columns every record table carries (see "Domain model" in the design). */
export interface RecordColumns {
  id: string;
  ref: string | null;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  deleted_at: string | null;
  deleted_by: string | null;
  sensitivity: string;
  is_published: Bool;
  /** The owning organization (an `orgs` id); null for the coalition's records. */
  owner_org_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Per-field sensitivity overrides: `{ "witnesses": "secret" }`. */
  field_sensitivity: ColumnType<unknown, string | undefined, string>;
  /** The record's secret field values, encrypted together (see `records/sealing.ts`). */
  sealed: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PersonsTable extends RecordColumns {
  gender: string | null;
  birth_date: string | null;
  birth_date_start: string | null;
  birth_date_end: string | null;
  consent_basis: string;
  biography: Json | null;
  notes: string | null;
  sort_name: string;
  contacts: Json | null;
  whereabouts: string | null;
  /** The sensitivity of the names and birth date, so searches on them honour it. */
  names_level: string;
  birth_date_level: string;
}

export interface PersonNamesTable {
  person_id: string;
  position: number;
  text: string;
  folded: string;
  script: string;
  language: string | null;
  kind: string;
}

export interface PersonOccupationsTable {
  person_id: string;
  position: number;
  occupation: string;
}

export interface SourcesTable extends RecordColumns {
  kind: string;
  title: string;
  title_folded: string;
  author: string | null;
  published_on: string | null;
  url: string | null;
  language: string | null;
  reliability: string;
  notes: string | null;
}

export interface CitationsTable extends RecordColumns {
  source_id: string;
  record_type: string;
  record_id: string;
  field: string | null;
  locator: string | null;
  quote: string | null;
  summary: string | null;
  page: number | null;
}

export interface RevisionsTable {
  id: string;
  record_type: string;
  record_id: string;
  version: number;
  action: string;
  actor: string;
  at: string;
  snapshot: Json;
  changes: Json;
  restored_from: string | null;
}

/** A record whose fields are a JSON body, with the columns lists need beside it. */
export interface DocumentColumns extends RecordColumns {
  sort_name: string;
  search_text: string;
  body: Json;
}

export interface OrganizationsTable extends DocumentColumns {
  kind: string;
  country: string | null;
  /** Derived: the status of the latest dated registration step. */
  registration_status: string | null;
}

export interface EventsTable extends DocumentColumns {
  kind: string;
  country: string | null;
  starts_on: string | null;
}

export interface LegalInstrumentsTable extends DocumentColumns {
  kind: string;
  country: string | null;
  status: string;
}

export interface IndicatorsTable extends DocumentColumns {
  country: string | null;
  unit: string;
}

export interface CasesTable extends DocumentColumns {
  victim_id: string;
  event_id: string | null;
  country: string | null;
  case_type: string;
  status: string;
}

/** Derived from a case timeline; ISO days; a null end means still running. */
export interface CustodyIntervalsTable {
  case_id: string;
  position: number;
  victim_id: string;
  /** Copied from the case, so census counts filter without reading case rows. */
  country: string | null;
  case_type: string;
  kind: string;
  start_earliest: string;
  start_latest: string;
  end_earliest: string | null;
  end_latest: string | null;
}

export interface ProceedingsTable extends DocumentColumns {
  country: string | null;
}

/** Migration 0006-tracker. `issue_areas` and `countries` are `|a|b|` lists, matched with `like`. */
export interface CommitmentsTable extends DocumentColumns {
  kind: string;
  country: string;
  /** Derived: the latest rating, or `not-yet-rated`. */
  rating: string;
  /** The first day of the date it was made; empty when unknown. */
  made_on: string | null;
  /** The last day of the deadline, compared with today for "overdue"; 9999-12-31 when none. */
  deadline_end: string | null;
  engagement_id: string | null;
  issue_areas: string;
}

export interface AsksTable extends DocumentColumns {
  country: string;
  status: string;
  priority: string;
  /** 1 high, 2 medium, 3 low: sorts by priority. */
  priority_rank: number;
  issue_areas: string;
}

export interface EngagementsTable extends DocumentColumns {
  kind: string;
  countries: string;
  /** The first day of the engagement's start date. */
  starts_on: string;
}

export interface InterventionsTable extends DocumentColumns {
  kind: string;
  mechanism: string;
  country: string | null;
  status: string;
  /** The first day of the date it was sent; empty when unknown. */
  sent_on: string | null;
}

/** A reference from a tracker record to another record, one row per referenced id (0006-tracker). */
export interface RecordLinksTable {
  from_type: string;
  from_id: string;
  /** The field holding the reference, e.g. `caseIds` or `agenda`. */
  field: string;
  to_type: string;
  to_id: string;
}

export interface ProceedingCasesTable {
  proceeding_id: string;
  case_id: string;
  position: number;
}

/** A record shared with an organization or a user, read or write, up to a clearance. */
export interface RecordGrantsTable {
  id: string;
  record_type: string;
  record_id: string;
  grantee_type: string;
  grantee_id: string;
  access: string;
  clearance: string;
  created_at: string;
  created_by: string;
}

/** One audit row (migration 0005-audit): ids, field names and hashes, never a value. */
export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  actor_kind: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  /** JSON array of field names. */
  fields: string;
  /** JSON object of what else the action needs said (a format, a count), never a field value. */
  detail: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
  signature: string;
}

/** A purge awaiting, or past, a second person's decision (migration 0005-audit). */
export interface PurgeRequestsTable {
  id: string;
  record_type: string;
  record_id: string;
  /** JSON array of field names. */
  fields: string;
  status: string;
  requested_by: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

export interface LettersTable {
  id: string;
  owner_org_id: string | null;
  engagement_id: string | null;
  title: string;
  language: string;
  /** JSON: the request the first version was drafted from (audience, recipients, day, template). */
  request: string;
  status: string;
  deadline: string | null;
  final_sha256: string | null;
  /** JSON: the signatories frozen with the final version. */
  final_signatories: string | null;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface LetterVersionsTable {
  letter_id: string;
  number: number;
  markdown: string;
  sha256: string;
  note: string | null;
  created_at: string;
  created_by: string;
}

export interface LetterRecipientsTable {
  letter_id: string;
  org_id: string;
  /** SHA-256 of the organization's sign-on link token. */
  link_hash: string;
  invited_at: string;
}

export interface LetterDecisionsTable {
  id: string;
  letter_id: string;
  org_id: string;
  version_number: number;
  decision: string;
  organization_name: string | null;
  signatory: string | null;
  signatory_title: string | null;
  decided_at: string;
  decided_by: string;
}

export interface DocumentsTable {
  id: string;
  source_id: string;
  /** SHA-256 of the original: the evidentiary copy's name in the file store, and the duplicate check. */
  sha256: string;
  file_name: string;
  media_type: string;
  kind: string;
  size_bytes: number;
  page_count: number;
  language: string | null;
  status: string;
  /** JSON: what the file says of itself (title, author, camera, duration…; never GPS coordinates). */
  metadata: string;
  /** SHA-256 of the working copy (an image without its metadata), when it differs from the original. */
  working_sha256: string | null;
  /** How it came in: `cli`, `api` or `web`. */
  origin: string;
  created_at: string;
  created_by: string;
}

export interface DocumentPagesTable {
  document_id: string;
  number: number;
  text: string;
  ocr: boolean | number;
}

export interface SearchEntriesTable {
  id: Generated<number>;
  record_type: string;
  record_id: string;
  page: number | null;
  part: string;
  field_level: string;
  public_basis: Bool;
  sensitivity: string;
  is_published: Bool;
  owner_org_id: string | null;
  /** Space-separated ISO codes, so one column filters and counts by country. */
  countries: string;
  case_type: string | null;
  status: string | null;
  /** Space-separated issue-area codes. */
  issue_areas: string;
  source_type: string | null;
  date_start: string | null;
  date_end: string | null;
  /** The text as written, for snippets; null for a document page (read from `document_pages`). */
  body: string | null;
}

export interface SearchIndexStateTable {
  id: number;
  build: string;
  built_at: string;
}

export interface DocumentRedactionsTable {
  id: string;
  document_id: string;
  /** JSON: the masks, each a page and either a rectangle (fractions of the page) or a text span. */
  masks: string;
  note: string | null;
  /** SHA-256 of the redacted image in the file store (images only; text is redacted on the fly). */
  redacted_sha256: string | null;
  created_at: string;
  created_by: string;
}

export interface IngestBatchesTable {
  id: string;
  /** SHA-256 of the batch's sorted file list: the same batch started again is this one, resumed. */
  fingerprint: string;
  origin: string;
  status: string;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface IngestItemsTable {
  batch_id: string;
  position: number;
  /** The file's name (or path within the folder given), as shown in progress and errors. */
  name: string;
  /** Where the bytes are read from: a path on the operator's machine, or an upload's spool file. */
  location: string;
  size_bytes: number;
  status: string;
  document_id: string | null;
  error_code: string | null;
  error_message: string | null;
  updated_at: string;
}

export interface Schema extends AccessSchema {
  documents: DocumentsTable;
  document_pages: DocumentPagesTable;
  document_redactions: DocumentRedactionsTable;
  search_entries: SearchEntriesTable;
  search_index_state: SearchIndexStateTable;
  ingest_batches: IngestBatchesTable;
  ingest_items: IngestItemsTable;
  letters: LettersTable;
  letter_versions: LetterVersionsTable;
  letter_recipients: LetterRecipientsTable;
  letter_decisions: LetterDecisionsTable;
  audit_log: AuditLogTable;
  purge_requests: PurgeRequestsTable;
  audit_head: AuditHeadTable;
  record_grants: RecordGrantsTable;
  persons: PersonsTable;
  person_names: PersonNamesTable;
  person_occupations: PersonOccupationsTable;
  sources: SourcesTable;
  citations: CitationsTable;
  revisions: RevisionsTable;
  organizations: OrganizationsTable;
  events: EventsTable;
  legal_instruments: LegalInstrumentsTable;
  indicators: IndicatorsTable;
  cases: CasesTable;
  custody_intervals: CustodyIntervalsTable;
  proceedings: ProceedingsTable;
  commitments: CommitmentsTable;
  asks: AsksTable;
  engagements: EngagementsTable;
  interventions: InterventionsTable;
  record_links: RecordLinksTable;
  proceeding_cases: ProceedingCasesTable;
}

export type DocumentTable =
  | 'organizations'
  | 'events'
  | 'legal_instruments'
  | 'indicators'
  | 'cases'
  | 'proceedings'
  | 'commitments'
  | 'asks'
  | 'engagements'
  | 'interventions';
export type RecordTable = 'persons' | 'sources' | 'citations' | DocumentTable;
