/// <reference path="./nlpjs.d.ts" />
import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerRu } from '@nlpjs/lang-ru';

/**
 * Text as Docket indexes and searches it, made in Docket because SQLite's tokenizers cannot be
 * extended from JavaScript: words split on anything but letters, digits and the apostrophes inside
 * them; case folded; every apostrophe form dropped inside a word ("Oʻtkirov", "O'tkirov" and
 * "O’tkirov" are one token); Latin diacritics removed ("Tokaýev" = "tokayev"); ё read as е as
 * Russian readers do, while the letters Kazakh and Uzbek need (й, ә, ғ, қ, ң, ө, ұ, ү, һ, і, ў, ҳ)
 * stay themselves, since taking them apart would turn them into other letters. Each word also has
 * a stem (Russian rules for Cyrillic words, English for Latin), so "задержан" finds "задержали".
 * Every token keeps where it stands in the original text, so snippets show the words as written.
 */

export interface Token {
  /** Offsets of the word in the original text (UTF-16 code units). */
  start: number;
  end: number;
  folded: string;
  stem: string;
}

// Letters, digits and marks, with apostrophe forms allowed between letters.
const APOSTROPHE = "'ʻʼ‘’`´ʹ′";
const WORD = new RegExp(`[\\p{L}\\p{N}\\p{M}]+(?:[${APOSTROPHE}][\\p{L}\\p{N}\\p{M}]+)*`, 'gu');
const APOSTROPHES = new RegExp(`[${APOSTROPHE}]`, 'gu');
const COMBINING = /\p{M}/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Latin letters no decomposition reaches. */
const LATIN_FOLDS: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  þ: 'th',
};

const russian = new StemmerRu();
const english = new StemmerEn();

function foldLetter(letter: string): string {
  if (letter === 'ё') return 'е';
  if (!LATIN.test(letter)) return letter;
  return LATIN_FOLDS[letter] ?? letter.normalize('NFD').replace(COMBINING, '');
}

/** One word as the index holds it. */
export function foldWord(word: string): string {
  const lower = word.replace(APOSTROPHES, '').toLowerCase();
  let folded = '';
  for (const letter of lower.normalize('NFC')) folded += foldLetter(letter);
  return folded;
}

/** The stem of a folded word: Russian rules for a Cyrillic word, English for a Latin one. */
export function stemWord(folded: string): string {
  if (folded.length < 3) return folded;
  if (CYRILLIC.test(folded)) return russian.stemWord(folded) || folded;
  if (LATIN.test(folded)) return english.stemWord(folded) || folded;
  return folded;
}

/**
 * Words as written → their folded form and stem. Text follows Zipf's law, so a bounded memo of the
 * words seen lately spares most of the folding and stemming (it is emptied when full).
 */
const MEMO_LIMIT = 200_000;
const memo = new Map<string, { folded: string; stem: string }>();

function normalized(word: string): { folded: string; stem: string } {
  let known = memo.get(word);
  if (known) return known;
  const folded = foldWord(word);
  known = { folded, stem: folded ? stemWord(folded) : '' };
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, known);
  return known;
}

/** Every word of the text with its place in the original, folded and stemmed. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const { folded, stem } = normalized(match[0]);
    if (!folded) continue;
    tokens.push({ start: match.index, end: match.index + match[0].length, folded, stem });
  }
  return tokens;
}

/** The text as the index stores it: folded words, and their stems, each joined by spaces. */
export function indexForms(text: string): { folded: string; stemmed: string } {
  const tokens = tokenize(text);
  return { folded: tokens.map((t) => t.folded).join(' '), stemmed: tokens.map((t) => t.stem).join(' ') };
}
