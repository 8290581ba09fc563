import type { Language } from './languages/language.ts';
import { HASH_BASIS, hash32, mix32, STREAM } from './prng.ts';
import { MID_TERMS, PAIR_OFFSET, PERSONS, PHRASES, RARE_TERMS, type Term } from './query-terms.ts';
import { APOSTROPHE_STYLES, applyStyle } from './vocabulary.ts';

/**
 * Where the query terms go. Each planted item has a page count fixed by the corpus size; its pages
 * are chosen one per block of `pages / count` consecutive pages, at an offset hashed from the seed.
 * So the count is exact at any scale, the pages are spread over the whole corpus, and whether a page
 * holds an item is one hash away: the writer and the query sets agree without sharing any state.
 */

export const FULL_PAGES = 200_000;

export type PlantKind = 'rare' | 'mid' | 'pair' | 'phrase' | 'person';

export interface PlantItem {
  kind: PlantKind;
  /** Position in its own list (RARE_TERMS, MID_TERMS, pairs, PHRASES, PERSONS). */
  index: number;
  /** Position among all items: the hash input, so every item has its own pages. */
  id: number;
  count: number;
  block: number;
  /** hash32(seed, STREAM.plant, id) so far: a page's test adds only its block number. */
  hashBase: number;
}

export interface PlantPlan {
  seed: number;
  pages: number;
  items: readonly PlantItem[];
}

/** `from`·(`to`/`from`)^(k/(n-1)): values spread evenly on a log scale. */
function logSpread(from: number, to: number, k: number, n: number): number {
  return from * (to / from) ** (n > 1 ? k / (n - 1) : 0);
}

export function plantPlan(seed: number, pages: number): PlantPlan {
  const items: PlantItem[] = [];
  const add = (kind: PlantKind, index: number, count: number) => {
    const exact = Math.max(1, Math.min(pages, Math.round(count)));
    const id = items.length;
    const hashBase = mix32(mix32(mix32(HASH_BASIS, seed), STREAM.plant), id);
    items.push({ kind, index, id, count: exact, block: Math.max(1, Math.floor(pages / exact)), hashBase });
  };
  const scale = pages / FULL_PAGES;
  // Rare terms keep a floor of 3 pages so that a small corpus still finds each of them.
  for (let k = 0; k < RARE_TERMS.length; k++) {
    add('rare', k, Math.max(3, logSpread(5, 50, k, RARE_TERMS.length) * scale));
  }
  for (let k = 0; k < MID_TERMS.length; k++)
    add('mid', k, logSpread(0.005, 0.028, k, MID_TERMS.length) * pages);
  // Pairs are planted together on a few extra pages, on top of the pages each term has alone.
  for (let k = 0; k < MID_TERMS.length; k++) {
    add('pair', k, Math.max(2, logSpread(0.0005, 0.0012, k, MID_TERMS.length) * pages));
  }
  for (let k = 0; k < PHRASES.length; k++) {
    add('phrase', k, Math.max(5, logSpread(0.0005, 0.005, k, PHRASES.length) * pages));
  }
  for (let k = 0; k < PERSONS.length; k++) {
    add('person', k, Math.max(4, logSpread(0.001, 0.003, k, PERSONS.length) * pages));
  }
  return { seed, pages, items };
}

export function isPlanted(item: PlantItem, pageIndex: number): boolean {
  const block = Math.floor(pageIndex / item.block);
  if (block >= item.count) return false;
  // hash32(seed, STREAM.plant, id, block), without its rest array: this runs ~100 times a page.
  return pageIndex % item.block === mix32(item.hashBase, block) % item.block;
}

export function plantsOn(plan: PlantPlan, pageIndex: number): PlantItem[] {
  const found: PlantItem[] = [];
  for (const item of plan.items) if (isPlanted(item, pageIndex)) found.push(item);
  return found;
}

export function entry<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new RangeError(`no entry ${index} of ${list.length}`);
  return value;
}

/** The indices (in MID_TERMS) of the two terms of AND pair `k`. */
export function pairIndices(k: number): [number, number] {
  return [k, (k + PAIR_OFFSET) % MID_TERMS.length];
}

export function pairTerms(k: number): [Term, Term] {
  const [a, b] = pairIndices(k);
  return [entry(MID_TERMS, a), entry(MID_TERMS, b)];
}

// ---------------------------------------------------------------------------------------------
// How a planted item is written on a given page

const CYRILLIC_LANGUAGES: ReadonlySet<Language> = new Set(['ru', 'kk', 'uz-Cyrl']);

/** The apostrophe style for Uzbek Latin quoted on a page of another language: the page's own pick. */
function quotedStyle(seed: number, pageIndex: number): number {
  return hash32(seed, STREAM.plant, 0x9a6e, pageIndex) % APOSTROPHE_STYLES.length;
}

/** A term as written on a page: in the document's apostrophes, in quotes when the script changes. */
export function writeTerm(term: Term, page: PageContext): string {
  const style = page.language === 'uz-Latn' ? page.style : quotedStyle(page.seed, page.pageIndex);
  const text = term.language === 'uz-Latn' ? applyStyle(term.text, style) : term.text;
  const termCyrillic = CYRILLIC_LANGUAGES.has(term.language);
  if (termCyrillic === CYRILLIC_LANGUAGES.has(page.language)) return text;
  return termCyrillic ? `"${text}"` : `«${text}»`;
}

export interface PageContext {
  seed: number;
  pageIndex: number;
  language: Language;
  /** The document's apostrophe style (an index into APOSTROPHE_STYLES). */
  style: number;
}

/**
 * A planted person's full name as this page spells it: Uzbek pages use their own script, Russian
 * and English pages sometimes quote the Uzbek Latin spelling in whatever apostrophes they use.
 */
export function personSpelling(k: number, page: PageContext): string {
  const person = entry(PERSONS, k);
  const h = hash32(page.seed, STREAM.plant, 0x9e45, k, page.pageIndex);
  const roll = (h % 1000) / 1000;
  const quoted = applyStyle(person.uzLatin, (h >>> 10) % APOSTROPHE_STYLES.length);
  switch (page.language) {
    case 'uz-Latn':
      return applyStyle(person.uzLatin, page.style);
    case 'uz-Cyrl':
      return roll < 0.85 ? person.uzCyrillic : person.russian;
    case 'ru':
      return roll < 0.7 ? person.russian : quoted;
    case 'kk':
      return roll < 0.6 ? person.kazakh : person.russian;
    case 'en':
      return roll < 0.6 ? (person.english[(h >>> 20) % person.english.length] ?? person.uzLatin) : quoted;
  }
}

/** Everything planted on one page, as the words to insert; mid terms may come more than once. */
export function plantedTexts(plan: PlantPlan, page: PageContext): string[] {
  const texts: string[] = [];
  for (const item of plantsOn(plan, page.pageIndex)) {
    const repeat = 1 + (hash32(plan.seed, STREAM.plant, 0x7f, item.id, page.pageIndex) % 3);
    switch (item.kind) {
      case 'rare':
        texts.push(writeTerm(entry(RARE_TERMS, item.index), page));
        break;
      case 'mid':
        for (let i = 0; i < repeat; i++) texts.push(writeTerm(entry(MID_TERMS, item.index), page));
        break;
      case 'pair':
        for (const term of pairTerms(item.index)) texts.push(writeTerm(term, page));
        break;
      case 'phrase':
        texts.push(writeTerm(entry(PHRASES, item.index), page));
        break;
      case 'person':
        texts.push(personSpelling(item.index, page));
        break;
    }
  }
  return texts;
}
