import { type CorpusDocument, type CorpusOptions, corpusDocuments, resolveOptions } from './documents.ts';
import type { Language } from './languages/language.ts';
import { type PageContext, type PlantPlan, plantedTexts, plantPlan } from './plants.ts';
import { type Rng, rngFor, STREAM } from './prng.ts';
import { COMMON_TERM } from './query-terms.ts';
import { textModel } from './text.ts';
import { APOSTROPHE_STYLES } from './vocabulary.ts';

/**
 * The pages of a document. Each page is drawn from its own seed (the seed and its index among all
 * pages), so the pages of one document can be made without the others, in any order, and come out
 * the same.
 */

export interface CorpusPage {
  documentIndex: number;
  documentId: string;
  sourceId: string;
  /** 1-based within the document. */
  pageNumber: number;
  /** Index among all pages of the corpus. */
  pageIndex: number;
  language: string;
  text: string;
}

const MIN_CHARS = 600;
const MAX_CHARS = 2600;
/** The mode of the triangular length law on [600, 2600]: a mode at 35 % of the range gives a mean of 1,500. */
const MODE_SHARE = 0.35;
/** Share of pages that quote a sentence or two in another language (and often another script). */
const MIXED_SHARE = 0.12;

const SECOND_LANGUAGE: Record<Language, readonly Language[]> = {
  ru: ['uz-Latn', 'en', 'kk'],
  kk: ['ru'],
  'uz-Latn': ['ru', 'uz-Cyrl', 'en'],
  'uz-Cyrl': ['ru', 'uz-Latn'],
  en: ['ru', 'uz-Latn'],
};

function pageLength(rng: Rng): number {
  const u = rng.next();
  const share = u < MODE_SHARE ? Math.sqrt(u * MODE_SHARE) : 1 - Math.sqrt((1 - u) * (1 - MODE_SHARE));
  return Math.round(MIN_CHARS + (MAX_CHARS - MIN_CHARS) * share);
}

const plans = new Map<string, PlantPlan>();
function cachedPlan(seed: number, pages: number): PlantPlan {
  const key = `${seed}:${pages}`;
  let plan = plans.get(key);
  if (!plan) {
    plan = plantPlan(seed, pages);
    plans.set(key, plan);
  }
  return plan;
}

function styleNumber(document: CorpusDocument): number {
  return Math.max(
    0,
    APOSTROPHE_STYLES.findIndex(([style]) => style.name === document.apostrophes),
  );
}

/** One page's text: the running header, then paragraphs of sentences with the planted words spread through. */
export function pageText(
  document: CorpusDocument,
  pageNumber: number,
  seed: number,
  plan: PlantPlan,
): string {
  const pageIndex = document.firstPageIndex + pageNumber - 1;
  const rng = rngFor(seed, STREAM.page, pageIndex);
  const style = styleNumber(document);
  const model = textModel(document.language, style);
  const context: PageContext = { seed, pageIndex, language: document.language, style };
  const target = pageLength(rng);
  const plants = plantedTexts(plan, context);
  // Each planted text goes in when the page has grown past its (random) place in it.
  const due = plants.map(() => Math.floor(rng.next() * target)).sort((a, b) => a - b);
  let mixedAt = rng.next() < MIXED_SHARE ? Math.floor(rng.next() * target) : -1;

  let text = document.runningHeader ? `${COMMON_TERM} · ${document.title} · ${pageNumber}\n\n` : '';
  let sentencesInParagraph = 0;
  let paragraphLength = rng.int(3, 6);
  let next = 0;
  while (text.length < target || next < plants.length) {
    const room = Math.max(40, target - text.length);
    let sentence: string;
    if (next < plants.length && (due[next] ?? 0) <= text.length) {
      const inserts: string[] = [];
      while (next < plants.length && (due[next] ?? 0) <= text.length + room && inserts.length < 3) {
        inserts.push(plants[next] ?? '');
        next++;
      }
      sentence = model.drawnSentence(rng, room, inserts);
    } else if (mixedAt >= 0 && mixedAt <= text.length) {
      const other = textModel(rng.pick(SECOND_LANGUAGE[document.language]), style);
      sentence = other.sentence(rng, room);
      mixedAt = rng.next() < 0.4 ? text.length + 1 : -1;
    } else {
      sentence = model.sentence(rng, room);
    }
    if (sentencesInParagraph === 0) text += sentence;
    else text += ` ${sentence}`;
    sentencesInParagraph++;
    if (sentencesInParagraph >= paragraphLength && text.length < target) {
      text += '\n\n';
      sentencesInParagraph = 0;
      paragraphLength = rng.int(3, 6);
    }
  }
  return text;
}

export function* corpusPages(document: CorpusDocument, options: CorpusOptions = {}): Generator<CorpusPage> {
  const { seed, pages } = resolveOptions(options);
  const plan = cachedPlan(seed, pages);
  for (let pageNumber = 1; pageNumber <= document.pageCount; pageNumber++) {
    yield {
      documentIndex: document.documentIndex,
      documentId: document.documentId,
      sourceId: document.sourceId,
      pageNumber,
      pageIndex: document.firstPageIndex + pageNumber - 1,
      language: document.language,
      text: pageText(document, pageNumber, seed, plan),
    };
  }
}

/** Every page of the corpus with its document, in order. */
export function* corpusAllPages(
  options: CorpusOptions = {},
): Generator<{ document: CorpusDocument; page: CorpusPage }> {
  for (const document of corpusDocuments(options)) {
    for (const page of corpusPages(document, options)) yield { document, page };
  }
}
