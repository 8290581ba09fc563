import { tokenize } from './normalize.ts';

/**
 * A snippet: the stretch of the original text where the query's words stand closest together,
 * with those words marked. It is built from the text as written (never the folded index form), and
 * returned as parts rather than HTML, so nothing in a record can become markup in a reader's page.
 */

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** About how many words a snippet shows. */
const WINDOW_WORDS = 28;
const LEAD_WORDS = 6;

export function buildSnippet(
  text: string,
  matches: (folded: string, stem: string) => boolean,
  windowWords = WINDOW_WORDS,
): SnippetPart[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return text.trim() ? [{ text: text.trim().slice(0, 200), hit: false }] : [];
  const hits = tokens.map((token) => matches(token.folded, token.stem));
  const first = bestWindowStart(hits, windowWords);
  const from = Math.max(0, first - LEAD_WORDS);
  const to = Math.min(tokens.length, from + windowWords);
  const parts: SnippetPart[] = [];
  const push = (piece: string, hit: boolean) => {
    if (!piece) return;
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += piece;
    else parts.push({ text: piece, hit });
  };
  const startAt = from === 0 ? 0 : (tokens[from]?.start ?? 0);
  const endAt = to === tokens.length ? text.length : (tokens[to - 1]?.end ?? text.length);
  if (from > 0) push('… ', false);
  let cursor = startAt;
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    if (!token) continue;
    push(collapse(text.slice(cursor, token.start)), false);
    push(text.slice(token.start, token.end), hits[index] ?? false);
    cursor = token.end;
  }
  push(collapse(text.slice(cursor, endAt)), false);
  if (to < tokens.length) push(' …', false);
  return parts;
}

/** The first word of the window holding the most hits (the first hit's window on a tie). */
function bestWindowStart(hits: boolean[], size: number): number {
  let best = hits.indexOf(true);
  if (best < 0) return 0;
  let bestCount = 0;
  let count = 0;
  for (let index = 0; index < hits.length; index++) {
    if (hits[index]) count++;
    if (index >= size && hits[index - size]) count--;
    const start = Math.max(0, index - size + 1);
    if (count > bestCount && hits[start] !== undefined) {
      bestCount = count;
      best = hits.indexOf(true, start);
    }
  }
  return best;
}

/** Line breaks and runs of spaces read as one space in a snippet. */
function collapse(gap: string): string {
  return gap.replace(/\s+/gu, ' ');
}
