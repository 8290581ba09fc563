import type { Language } from './languages/language.ts';
import {
  drawCountries,
  drawDateRange,
  drawOwner,
  drawPublished,
  drawSensitivity,
  type Sensitivity,
} from './owners.ts';
import { rngFor, STREAM, uuidFor } from './prng.ts';
import { APOSTROPHE_STYLES, LANGUAGE_DATA, styleIndex } from './vocabulary.ts';

/**
 * The documents the pages belong to: 1–80 pages each (most short, a few long: ~25 on average, so
 * 200,000 pages make ~8,000 documents), each in one main language, grouped 1–3 to a source.
 */

export const DEFAULT_PAGES = 200_000;
export const DEFAULT_SEED = 20_260_101;

export interface CorpusOptions {
  seed?: number;
  /** Total pages; the documents stop where the pages run out. */
  pages?: number;
}

export interface CorpusDocument {
  documentIndex: number;
  documentId: string;
  sourceId: string;
  title: string;
  sourceType: string;
  countries: string[];
  dateStart: string;
  dateEnd: string;
  sensitivity: Exclude<Sensitivity, 'secret'>;
  isPublished: boolean;
  ownerOrgId: string | null;
  pageCount: number;
  /** Index of the document's first page among all pages (pages are numbered in document order). */
  firstPageIndex: number;
  language: Language;
  /** How the author typed Uzbek apostrophes (see APOSTROPHE_STYLES); tells only for Uzbek Latin text. */
  apostrophes: string;
  /** Whether every page opens with the coalition's running header (which holds the common term). */
  runningHeader: boolean;
}

const LANGUAGE_WEIGHTS: ReadonlyArray<readonly [Language, number]> = [
  ['ru', 40],
  ['kk', 14],
  ['uz-Latn', 18],
  ['uz-Cyrl', 10],
  ['en', 18],
];

const SOURCE_TYPES: ReadonlyArray<readonly [string, number]> = [
  ['report', 30],
  ['court-decision', 15],
  ['letter', 10],
  ['interview', 10],
  ['news-article', 15],
  ['un-document', 8],
  ['submission', 7],
  ['government-statement', 5],
];

/** Pages with the running header: comfortably above the 60 % the benchmark's common term needs. */
const HEADER_SHARE = 0.7;

export function resolveOptions(options: CorpusOptions = {}): { seed: number; pages: number } {
  return { seed: options.seed ?? DEFAULT_SEED, pages: options.pages ?? DEFAULT_PAGES };
}

export function* corpusDocuments(options: CorpusOptions = {}): Generator<CorpusDocument> {
  const { seed, pages } = resolveOptions(options);
  let firstPageIndex = 0;
  let headerPages = 0;
  for (let documentIndex = 0; firstPageIndex < pages; documentIndex++) {
    const rng = rngFor(seed, STREAM.document, documentIndex);
    // u^2.29 over [0, 1) has mean 1/3.29: 1 + 79·that ≈ 25 pages on average, most documents short.
    const pageCount = Math.min(1 + Math.floor(79.999 * rng.next() ** 2.29), pages - firstPageIndex);
    // Drawn and unused: a source holds one document, but the stream's later draws stay as they were.
    rng.next();
    const language = rng.weighted(LANGUAGE_WEIGHTS);
    const data = LANGUAGE_DATA[language];
    const [dateStart, dateEnd] = drawDateRange(rng, 400);
    const main = language === 'kk' ? 'KZ' : language.startsWith('uz') ? 'UZ' : undefined;
    const sensitivity = drawSensitivity(rng);
    const style = styleIndex(rng);
    // Error diffusion rather than a coin per document: the header share stays on target at any scale.
    const runningHeader = headerPages + pageCount / 2 < HEADER_SHARE * (firstPageIndex + pageCount);
    if (runningHeader) headerPages += pageCount;
    yield {
      documentIndex,
      documentId: uuidFor(seed, STREAM.document, documentIndex),
      sourceId: uuidFor(seed, STREAM.source, documentIndex),
      title: `${rng.pick(data.titleKinds)} ${rng.pick(data.titleTopics)}, ${dateStart.slice(0, 4)}`,
      sourceType: rng.weighted(SOURCE_TYPES),
      countries: drawCountries(rng, main),
      dateStart,
      dateEnd,
      sensitivity: sensitivity === 'secret' ? 'confidential' : sensitivity,
      isPublished: drawPublished(rng, sensitivity),
      ownerOrgId: drawOwner(rng),
      pageCount,
      firstPageIndex,
      language,
      apostrophes: APOSTROPHE_STYLES[style]?.[0].name ?? 'modifier',
      runningHeader,
    };
    firstPageIndex += pageCount;
  }
}
