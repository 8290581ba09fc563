import { english } from './languages/english.ts';
import { kazakh } from './languages/kazakh.ts';
import { LANGUAGES, type Language, type LanguageData } from './languages/language.ts';
import { russian } from './languages/russian.ts';
import { uzbekCyrillic, uzbekLatin } from './languages/uzbek.ts';
import { hash32, Rng, STREAM } from './prng.ts';
import { MID_TERMS, PERSONS, RARE_TERMS } from './query-terms.ts';

/**
 * Per-language vocabularies: the real words of ./languages in frequency order (the head), then a
 * long tail of pseudo-words built from each language's syllables, about 20,000 per language, so the
 * index holds ~100k distinct forms as a real archive's would. Both are fixed, whatever the seed: the
 * query sets then name the same words in every run.
 */

export const LANGUAGE_DATA: Record<Language, LanguageData> = {
  ru: russian,
  kk: kazakh,
  'uz-Latn': uzbekLatin,
  'uz-Cyrl': uzbekCyrillic,
  en: english,
};

export const TAIL_SIZE = 20_000;
const VOCABULARY_SEED = 0x5eed_c0de;

/** Case folded and apostrophes dropped: close enough to the index's folding to tell words apart. */
export function foldForCount(word: string): string {
  return word
    .toLowerCase()
    .replace(/['ʻʼ‘’`´]/g, '')
    .replace(/ё/g, 'е');
}

/**
 * The beginnings no background word may share with a planted term: a word the planted one could stem
 * to, or be stemmed from, would add pages the benchmark does not expect.
 */
const RESERVED_PREFIXES: readonly string[] = [
  ...[...RARE_TERMS, ...MID_TERMS].map((t) => t.text),
  ...PERSONS.flatMap((p) =>
    [p.uzLatin, p.uzCyrillic, p.russian, p.kazakh, ...p.english].map((n) => n.split(' ')[1] ?? n),
  ),
].map((word) => {
  const folded = foldForCount(word);
  return folded.slice(0, Math.max(4, folded.length - 3));
});

export function isReserved(word: string): boolean {
  const folded = foldForCount(word);
  return RESERVED_PREFIXES.some((prefix) => folded.startsWith(prefix));
}

export interface Vocabulary {
  language: Language;
  head: readonly string[];
  tail: readonly string[];
}

const cache = new Map<Language, Vocabulary>();

export function vocabulary(language: Language): Vocabulary {
  const cached = cache.get(language);
  if (cached) return cached;
  const data = LANGUAGE_DATA[language];
  const seen = new Set<string>();
  const head: string[] = [];
  for (const word of data.head) {
    if (seen.has(word) || isReserved(word)) continue;
    seen.add(word);
    head.push(word);
  }
  const rng = new Rng(hash32(VOCABULARY_SEED, STREAM.vocabulary, LANGUAGES.indexOf(language)));
  const tail: string[] = [];
  const folded = new Set(head.map(foldForCount));
  while (tail.length < TAIL_SIZE) {
    let word = '';
    const syllables = rng.int(2, 4);
    for (let i = 0; i < syllables; i++) word += rng.pick(data.syllables);
    word += rng.pick(data.endings);
    const key = foldForCount(word);
    if (key.length < 4 || folded.has(key) || isReserved(word)) continue;
    folded.add(key);
    tail.push(word);
  }
  const result = { language, head, tail };
  cache.set(language, result);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Apostrophes

/**
 * How a document's author typed the Uzbek marks: the standard modifier letters, the ASCII apostrophe,
 * Word's curly quotes, or a backtick. One style per document, as one author types one way.
 */
export interface ApostropheStyle {
  name: string;
  okina: string;
  glottal: string;
}

export const APOSTROPHE_STYLES: ReadonlyArray<readonly [ApostropheStyle, number]> = [
  [{ name: 'modifier', okina: 'ʻ', glottal: 'ʼ' }, 30],
  [{ name: 'ascii', okina: "'", glottal: "'" }, 30],
  [{ name: 'curly', okina: '’', glottal: '’' }, 20],
  [{ name: 'turned', okina: '‘', glottal: '’' }, 12],
  [{ name: 'backtick', okina: '`', glottal: "'" }, 8],
];

export function styleIndex(rng: Rng): number {
  return rng.weighted(APOSTROPHE_STYLES.map(([, weight], i) => [i, weight] as const));
}

export function applyStyle(text: string, styleNumber: number): string {
  const style = APOSTROPHE_STYLES[styleNumber]?.[0];
  if (!style || style.name === 'modifier') return text;
  return text.replaceAll('ʻ', style.okina).replaceAll('ʼ', style.glottal);
}
