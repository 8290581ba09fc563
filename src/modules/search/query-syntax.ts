import { stemWord, tokenize } from './normalize.ts';

/**
 * What a user types into the search box, read the way search engines have taught people to write:
 * words (all must match, in any form: "задержали" finds "задержан"), "quoted phrases" (the words in
 * that order, each in any form), and `prefix*`. The same parsed query becomes an FTS5 MATCH
 * expression on SQLite and a tsquery on PostgreSQL, matching the same hits on both: the stems of the
 * words, in order for a phrase; a prefix matches a stem beginning with it or with its own stem (so
 * "задержали*" reaches "задержавшие", whose stem is shorter than the prefix). SQLite also keeps each
 * word's folded form where it differs from its stem, which only ranks exact forms higher.
 */

export type QueryTerm =
  | { kind: 'word'; folded: string; stem: string }
  | { kind: 'phrase'; stems: string[] }
  | { kind: 'prefix'; folded: string; stem: string };

export interface ParsedQuery {
  terms: QueryTerm[];
}

/** Shorter prefixes would match most of the index: they are read as words instead. */
export const MIN_PREFIX = 2;

const PIECE = /"([^"]*)"?|(\S+)/gu;

export function parseQuery(input: string): ParsedQuery {
  const terms: QueryTerm[] = [];
  for (const match of input.normalize('NFC').matchAll(PIECE)) {
    const [, quoted, bare] = match;
    if (quoted !== undefined) {
      const stems = tokenize(quoted).map((token) => token.stem);
      if (stems.length === 1) terms.push(wordTerm(tokenize(quoted)[0]?.folded ?? ''));
      else if (stems.length > 1) terms.push({ kind: 'phrase', stems });
      continue;
    }
    const piece = bare ?? '';
    const isPrefix = piece.endsWith('*');
    const tokens = tokenize(piece);
    tokens.forEach((token, index) => {
      const last = index === tokens.length - 1;
      if (isPrefix && last && token.folded.length >= MIN_PREFIX) {
        terms.push({ kind: 'prefix', folded: token.folded, stem: token.stem });
      } else terms.push(wordTerm(token.folded));
    });
  }
  return { terms: dedupe(terms.filter((term) => term.kind !== 'word' || term.folded !== '')) };
}

function wordTerm(folded: string): QueryTerm {
  return { kind: 'word', folded, stem: stemWord(folded) };
}

function dedupe(terms: QueryTerm[]): QueryTerm[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = JSON.stringify(term);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The FTS5 MATCH expression (columns `stems` and `words`); tokens never hold quotes. */
export function toFts5(query: ParsedQuery): string {
  return query.terms.map(fts5Term).join(' AND ');
}

function fts5Term(term: QueryTerm): string {
  if (term.kind === 'phrase') return `stems : "${term.stems.join(' ')}"`;
  if (term.kind === 'prefix') {
    const stems = prefixStems(term).map((prefix) => `stems : "${prefix}" *`);
    return stems.length > 1 ? `(${stems.join(' OR ')})` : (stems[0] ?? '');
  }
  return term.folded === term.stem
    ? `stems : "${term.stem}"`
    : `(stems : "${term.stem}" OR words : "${term.folded}")`;
}

/** The prefix as typed, and its stem where that is shorter (and still long enough to be selective). */
function prefixStems(term: Extract<QueryTerm, { kind: 'prefix' }>): string[] {
  return term.stem !== term.folded && term.stem.length >= MIN_PREFIX
    ? [term.folded, term.stem]
    : [term.folded];
}

/** A lexeme in tsquery syntax: quoted, with quotes and backslashes escaped. */
export function lexeme(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The tsquery text, read with `::tsquery` (the tsvector holds the stems). */
export function toTsquery(query: ParsedQuery): string {
  return query.terms.map(tsqueryTerm).join(' & ');
}

function tsqueryTerm(term: QueryTerm): string {
  if (term.kind === 'phrase') return `(${term.stems.map(lexeme).join(' <-> ')})`;
  if (term.kind === 'prefix')
    return `(${prefixStems(term)
      .map((prefix) => `${lexeme(prefix)}:*`)
      .join(' | ')})`;
  return lexeme(term.stem);
}

/** Whether a word of a text (folded, and its stem) is one the query looks for: for snippets. */
export function matcherOf(query: ParsedQuery): (folded: string, stem: string) => boolean {
  const stems = new Set<string>();
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const term of query.terms) {
    if (term.kind === 'word') {
      stems.add(term.stem);
      words.add(term.folded);
    } else if (term.kind === 'phrase') for (const stem of term.stems) stems.add(stem);
    else prefixes.push(...prefixStems(term));
  }
  return (folded, stem) =>
    stems.has(stem) ||
    words.has(folded) ||
    prefixes.some((prefix) => folded.startsWith(prefix) || stem.startsWith(prefix));
}
