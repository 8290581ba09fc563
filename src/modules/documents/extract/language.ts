import { franc } from 'franc';
import { ISO_639_1 } from './language-codes.ts';

/** Below this many letters a guess is noise (franc itself accepts ten characters). */
const MIN_LETTERS = 30;
/** franc reads at most 2048 characters; longer text is sampled in several windows that vote. */
const WINDOW = 2048;
const MAX_WINDOWS = 5;

/**
 * The text's language as ISO 639-1, or null when it is too short or unknown. Uzbek is recognised
 * in both its Latin and Cyrillic spellings (franc's Uzbek model covers both).
 */
export function detectLanguage(text: string): string | null {
  // Digits, URLs and punctuation carry no language and dilute the trigrams.
  const cleaned = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[^\p{L}\p{M}'ʻʼ’]+/gu, ' ')
    .trim();
  const letters = cleaned.replace(/[^\p{L}]/gu, '').length;
  if (letters < MIN_LETTERS) return null;
  const votes = new Map<string, number>();
  for (const window of windows(cleaned)) {
    const code = franc(window, { minLength: 10 });
    if (code !== 'und') votes.set(code, (votes.get(code) ?? 0) + window.length);
  }
  const [best] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  return best ? (ISO_639_1[best[0]] ?? null) : null;
}

/** Evenly spaced windows, so a title page or an English appendix does not decide a long text. */
function windows(text: string): string[] {
  if (text.length <= WINDOW) return [text];
  const count = Math.min(MAX_WINDOWS, Math.ceil(text.length / WINDOW));
  const step = (text.length - WINDOW) / (count - 1);
  return Array.from({ length: count }, (_, index) => {
    const start = Math.round(index * step);
    // Start at a word boundary so the first trigrams are real ones.
    const boundary = text.indexOf(' ', start);
    const from = boundary >= 0 && boundary - start < 40 ? boundary + 1 : start;
    return text.slice(from, from + WINDOW);
  });
}
