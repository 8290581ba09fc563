import { type CorpusOptions, corpusDocuments, resolveOptions } from './documents.ts';
import { entry, pairIndices, pairTerms, personSpelling, plantPlan, plantsOn } from './plants.ts';
import { COMMON_TERM, MID_TERMS, NAME_QUERIES, PHRASES, RARE_TERMS } from './query-terms.ts';
import { APOSTROPHE_STYLES, applyStyle, foldForCount } from './vocabulary.ts';

/**
 * What the benchmark searches for, as a user would type it (a phrase without quotes, a prefix
 * without its `*`), with the number of pages each was planted in. Counting needs no text: whether a
 * page holds an item is a hash (./plants.ts), so this walks the page indices only.
 */

export interface QuerySets {
  rare: string[];
  mid: string[];
  and: [string, string][];
  phrases: string[];
  prefixes: string[];
  common: string;
  names: string[];
  /**
   * Pages each query was planted in, parallel to the lists above. Exact for rare, mid, and, and
   * names (as words folded for case and apostrophes; a stemmer may join a name's case forms, a
   * folding of scripts may join its spellings); a floor for phrases and the common term, whose words
   * also occur on their own.
   */
  plantedPages: {
    rare: number[];
    mid: number[];
    and: number[];
    phrases: number[];
    names: number[];
    common: number;
  };
}

/** Uzbek as most people type it: with the ASCII apostrophe. */
function typed(text: string): string {
  return applyStyle(
    text,
    APOSTROPHE_STYLES.findIndex(([style]) => style.name === 'ascii'),
  );
}

export function querySets(options: CorpusOptions = {}): QuerySets {
  const { seed, pages } = resolveOptions(options);
  const plan = plantPlan(seed, pages);
  const rare = new Array<number>(RARE_TERMS.length).fill(0);
  const mid = new Array<number>(MID_TERMS.length).fill(0);
  const and = new Array<number>(MID_TERMS.length).fill(0);
  const phrases = new Array<number>(PHRASES.length).fill(0);
  const names = new Array<number>(NAME_QUERIES.length).fill(0);
  const nameKeys = NAME_QUERIES.map(foldForCount);
  let common = 0;
  const midOnPage = new Array<boolean>(MID_TERMS.length);

  for (const document of corpusDocuments({ seed, pages })) {
    if (document.runningHeader) common += document.pageCount;
    const style = Math.max(
      0,
      APOSTROPHE_STYLES.findIndex(([s]) => s.name === document.apostrophes),
    );
    for (
      let pageIndex = document.firstPageIndex;
      pageIndex < document.firstPageIndex + document.pageCount;
      pageIndex++
    ) {
      midOnPage.fill(false);
      const surnames = new Set<string>();
      for (const item of plantsOn(plan, pageIndex)) {
        if (item.kind === 'rare') rare[item.index] = (rare[item.index] ?? 0) + 1;
        else if (item.kind === 'phrase') phrases[item.index] = (phrases[item.index] ?? 0) + 1;
        else if (item.kind === 'mid') midOnPage[item.index] = true;
        else if (item.kind === 'pair') {
          for (const k of pairIndices(item.index)) midOnPage[k] = true;
        } else {
          const spelling = personSpelling(item.index, {
            seed,
            pageIndex,
            language: document.language,
            style,
          });
          surnames.add(foldForCount(spelling.split(' ').at(-1) ?? ''));
        }
      }
      midOnPage.forEach((present, k) => {
        if (present) mid[k] = (mid[k] ?? 0) + 1;
      });
      for (let k = 0; k < MID_TERMS.length; k++) {
        const [a, b] = pairIndices(k);
        if (midOnPage[a] && midOnPage[b]) and[k] = (and[k] ?? 0) + 1;
      }
      nameKeys.forEach((key, k) => {
        if (surnames.has(key)) names[k] = (names[k] ?? 0) + 1;
      });
    }
  }

  return {
    rare: RARE_TERMS.map((t) => typed(t.text)),
    mid: MID_TERMS.map((t) => typed(t.text)),
    and: MID_TERMS.map((_, k) => pairTerms(k).map((t) => typed(t.text)) as [string, string]),
    // Half the Uzbek phrases as typed, half with the standard marks: both must find the same pages.
    phrases: PHRASES.map((t, k) => (k % 2 === 0 ? typed(t.text) : t.text)),
    prefixes: prefixes(),
    common: COMMON_TERM,
    names: [...NAME_QUERIES],
    plantedPages: { rare, mid, and, phrases, names, common },
  };
}

/** 3–6 letters of rare and mid terms, alternately: short ones expand to many words, long ones to few. */
function prefixes(): string[] {
  return Array.from({ length: 20 }, (_, k) => {
    const term = k % 2 === 0 ? entry(RARE_TERMS, k) : entry(MID_TERMS, k);
    return typed([...term.text].slice(0, 3 + (k % 4)).join('')).toLowerCase();
  });
}
