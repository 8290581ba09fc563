import type { FieldError } from '../../../core/errors.ts';
import type { TextMask } from './redaction.schema.ts';

/**
 * Text masks over a page's text. Offsets are UTF-16 code units (JavaScript string indices, as the
 * web app counts them); each masked unit becomes one █, so the redacted text is exactly as long as
 * the page's and every offset still points at the same place.
 */

export interface Span {
  start: number;
  end: number;
}

export const BLOCK = '█';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Cutting between the two halves of a surrogate pair would leave half a character in clear. */
const splitsPair = (text: string, at: number) =>
  at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

const escapeRegExp = (value: string) => value.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * Every occurrence of `match`, ignoring case. A regular expression with `iu` folds case one code
 * point at a time, so each occurrence has the length it has in the text (lower-casing the whole
 * text would not: 'İ' lower-cases to two units, shifting every offset after it).
 */
function occurrences(text: string, match: string): Span[] {
  const pattern = new RegExp(escapeRegExp(match), 'giu');
  return [...text.matchAll(pattern)].map((found) => ({
    start: found.index,
    end: found.index + found[0].length,
  }));
}

/** What is wrong with a text mask on this page's text; `path` is the mask's own (`masks.2`). */
export function textMaskErrors(text: string, mask: TextMask, path: string): FieldError[] {
  if (mask.match !== undefined) {
    return occurrences(text, mask.match).length > 0
      ? []
      : [{ path: `${path}.match`, message: `does not occur on page ${mask.page}` }];
  }
  const errors: FieldError[] = [];
  const length = text.length;
  for (const field of ['start', 'end'] as const) {
    const at = mask[field] ?? 0;
    if (at > length) {
      errors.push({ path: `${path}.${field}`, message: `is past the end of page ${mask.page} (${length})` });
    } else if (splitsPair(text, at)) {
      errors.push({ path: `${path}.${field}`, message: 'falls inside a character (a surrogate pair)' });
    }
  }
  return errors;
}

/** The spans the masks cover on this text, sorted, with overlapping and touching ones merged. */
export function maskedSpans(text: string, masks: readonly TextMask[]): Span[] {
  const spans = masks
    .flatMap((mask) =>
      mask.match !== undefined
        ? occurrences(text, mask.match)
        : [{ start: mask.start ?? 0, end: Math.min(mask.end ?? 0, text.length) }],
    )
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The text with every masked unit replaced by █. */
export function maskText(text: string, spans: readonly Span[]): string {
  let result = '';
  let at = 0;
  for (const span of spans) {
    result += text.slice(at, span.start) + BLOCK.repeat(span.end - span.start);
    at = span.end;
  }
  return result + text.slice(at);
}
