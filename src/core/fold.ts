/**
 * Folding for case- and accent-insensitive lookups in any script: the same function runs on stored
 * names and on queries, so "Мамай", "МАМАЙ" and "мамай" meet, as do "Sattoriy" and "SATTORIY".
 * Apostrophe look-alikes collapse because Uzbek Latin writes oʻ/gʻ with any of them.
 */
const APOSTROPHES = /[\u02BB\u02BC\u2018\u2019\u0060\u00B4\u02B9\u02BF]/g;
const COMBINING_MARKS = /\p{M}/gu;

export function foldText(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(COMBINING_MARKS, '')
      .normalize('NFC')
      .replace(APOSTROPHES, "'")
      // The root locale's lower case is the default Unicode mapping, which toLowerCase is, minus ICU's cost.
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Escapes LIKE wildcards; queries use `escape '\'`. */
export function likeContains(text: string): string {
  return `%${foldText(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
