import type { CitationIndex } from '../citations/citationIndex.ts';
import type { AnyRecord, RecordSegment, Source } from './types.ts';

/** What a record page's sections read: the record, its numbered citations and the sources they name. */
export interface PageData {
  segment: RecordSegment;
  record: AnyRecord;
  citations: CitationIndex;
  sources: ReadonlyMap<string, Source>;
  /** Opens the citation form for one field; absent when the caller may not write the record. */
  cite?: ((field: string) => void) | undefined;
}
