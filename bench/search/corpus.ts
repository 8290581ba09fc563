/**
 * The search benchmark's corpus: 200,000 pages (~300 million characters) of human-rights report
 * prose in Russian, Kazakh, Uzbek (Latin and Cyrillic) and English across ~8,000 documents, a
 * million small records with titles and names, and grants for a partner's permission filter; with
 * the queries to run against them and the pages each query was planted in. Everything is a pure
 * function of the seed and streams, so memory stays small at full scale; `pages` and `count` scale
 * it down with the same frequency ratios.
 *
 *   for (const document of corpusDocuments({ pages })) for (const page of corpusPages(document, { pages })) …
 */

export {
  type CorpusDocument,
  type CorpusOptions,
  corpusDocuments,
  DEFAULT_PAGES,
  DEFAULT_SEED,
} from './documents.ts';
export { CORPUS_ORG_IDS, CORPUS_USER_IDS, type Sensitivity } from './owners.ts';
export { type CorpusPage, corpusAllPages, corpusPages } from './pages.ts';
export { type QuerySets, querySets } from './query-sets.ts';
export {
  type CorpusFacets,
  type CorpusGrant,
  type CorpusRecord,
  type CorpusText,
  corpusGrants,
  corpusRecord,
  corpusRecords,
  DEFAULT_RECORDS,
  type GrantOptions,
  type RecordOptions,
  type RecordType,
} from './records.ts';
