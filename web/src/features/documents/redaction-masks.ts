import type { Mask, RegionMask } from './redaction-api.ts';

/** A run of a page's text, by UTF-16 offsets (JavaScript string indices, as the API counts them). */
export interface Span {
  start: number;
  end: number;
}

const escapeRegExp = (value: string) => value.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * Every occurrence of `match`, ignoring case, as the server finds them: a `giu` expression folds case
 * one code point at a time, so each occurrence keeps its length in the text.
 */
export function occurrences(text: string, match: string): Span[] {
  if (match === '') return [];
  const pattern = new RegExp(escapeRegExp(match), 'giu');
  return [...text.matchAll(pattern)].map((found) => ({
    start: found.index,
    end: found.index + found[0].length,
  }));
}

/** The spans the text masks of one page cover, in order, overlapping and touching ones merged. */
export function maskedSpans(masks: readonly Mask[], page: number, text: string): Span[] {
  const spans: Span[] = [];
  for (const mask of masks) {
    if (mask.kind !== 'text' || mask.page !== page) continue;
    if (mask.match !== undefined) spans.push(...occurrences(text, mask.match));
    else if (mask.start !== undefined && mask.end !== undefined)
      spans.push({ start: Math.min(mask.start, text.length), end: Math.min(mask.end, text.length) });
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else if (span.end > span.start) merged.push({ ...span });
  }
  return merged;
}

/** The text cut into clear and masked runs, which together are exactly the text. */
export function splitBySpans(text: string, spans: readonly Span[]): Array<Span & { masked: boolean }> {
  const parts: Array<Span & { masked: boolean }> = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) parts.push({ start: at, end: span.start, masked: false });
    parts.push({ ...span, masked: true });
    at = span.end;
  }
  if (at < text.length) parts.push({ start: at, end: text.length, masked: false });
  return parts;
}

/**
 * Where a selection falls in an element's text, as offsets into its text content. Counting the
 * characters of a range from the element's start to each end holds however the text is split into
 * nodes (masked runs are elements of their own); a selection reaching outside is cut to the element.
 */
export function offsetsWithin(container: Node, range: Range): Span | null {
  if (!range.intersectsNode(container)) return null;
  const measure = document.createRange();
  measure.selectNodeContents(container);
  const whole = measure.toString().length;
  const offsetOf = (node: Node, offset: number, fallback: number) => {
    if (!container.contains(node)) return fallback;
    measure.selectNodeContents(container);
    measure.setEnd(node, offset);
    return measure.toString().length;
  };
  const before = range.compareBoundaryPoints(Range.START_TO_START, measure) < 0;
  const start = before ? 0 : offsetOf(range.startContainer, range.startOffset, 0);
  const end = offsetOf(range.endContainer, range.endOffset, whole);
  measure.detach();
  return end > start ? { start, end } : null;
}

/** Keeps a span from cutting a surrogate pair in two, which would leave half a character in clear. */
export function widenToCharacters(text: string, span: Span): Span {
  const high = (at: number) => {
    const code = text.charCodeAt(at);
    return code >= 0xd800 && code <= 0xdbff;
  };
  return {
    start: span.start > 0 && high(span.start - 1) ? span.start - 1 : span.start,
    end: span.end < text.length && high(span.end - 1) ? span.end + 1 : span.end,
  };
}

/** A region's fractions rounded to what the percent fields show and the server needs (within 0–1). */
export function regionFrom(
  page: number,
  a: { x: number; y: number },
  b: { x: number; y: number },
): RegionMask {
  const clamp = (value: number) => Math.min(Math.max(value, 0), 1);
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  const left = round(clamp(Math.min(a.x, b.x)));
  const top = round(clamp(Math.min(a.y, b.y)));
  const right = round(clamp(Math.max(a.x, b.x)));
  const bottom = round(clamp(Math.max(a.y, b.y)));
  return { page, kind: 'region', x: left, y: top, width: round(right - left), height: round(bottom - top) };
}

/**
 * The canvas transform that shows stored pixels upright for an EXIF orientation (1–8): the working
 * copy has lost its EXIF, and the server draws regions on the upright image, as the editor sees it.
 */
export function uprightTransform(
  orientation: number,
  width: number,
  height: number,
): [number, number, number, number, number, number] {
  switch (orientation) {
    case 2:
      return [-1, 0, 0, 1, width, 0];
    case 3:
      return [-1, 0, 0, -1, width, height];
    case 4:
      return [1, 0, 0, -1, 0, height];
    case 5:
      return [0, 1, 1, 0, 0, 0];
    case 6:
      return [0, 1, -1, 0, height, 0];
    case 7:
      return [0, -1, -1, 0, height, width];
    case 8:
      return [0, -1, 1, 0, 0, width];
    default:
      return [1, 0, 0, 1, 0, 0];
  }
}
