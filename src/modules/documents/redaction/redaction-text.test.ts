import { describe, expect, it } from 'vitest';
import type { TextMask } from './redaction.schema.ts';
import { maskedSpans, maskText, textMaskErrors } from './redaction-text.ts';

const span = (start: number, end: number): TextMask => ({ page: 1, kind: 'text', start, end });
const match = (text: string): TextMask => ({ page: 1, kind: 'text', match: text });

describe('text masks', () => {
  const text = 'Witness: Ivanov. IVANOV saw ivanov at the gate.';

  it('replaces exactly the span, keeping the length and every other character', () => {
    const redacted = maskText(text, maskedSpans(text, [span(9, 15)]));
    expect(redacted).toBe('Witness: ██████. IVANOV saw ivanov at the gate.');
    expect(redacted).toHaveLength(text.length);
  });

  it('masks every occurrence of a match, whatever its case, and merges overlapping spans', () => {
    const spans = maskedSpans(text, [match('ivanov'), span(14, 18)]);
    expect(spans).toEqual([
      { start: 9, end: 23 },
      { start: 28, end: 34 },
    ]);
    expect(maskText(text, spans)).toBe('Witness: ██████████████ saw ██████ at the gate.');
  });

  it('keeps offsets where lower-casing would change a length, and treats the match as plain text', () => {
    const turkish = 'İstanbul: a.b.c and A.B.C';
    expect(maskText(turkish, maskedSpans(turkish, [match('a.b.c')]))).toBe('İstanbul: █████ and █████');
    expect(maskedSpans('axbxc', [match('a.b')])).toEqual([]);
  });

  it('names the field of a span past the text, inside a character, or a match that is not there', () => {
    expect(textMaskErrors('short', span(2, 9), 'masks.3')).toEqual([
      { path: 'masks.3.end', message: 'is past the end of page 1 (5)' },
    ]);
    expect(textMaskErrors('a😀b', span(0, 2), 'masks.0')).toEqual([
      { path: 'masks.0.end', message: 'falls inside a character (a surrogate pair)' },
    ]);
    expect(textMaskErrors('a😀b', span(1, 3), 'masks.0')).toEqual([]);
    expect(textMaskErrors(text, match('Petrov'), 'masks.1')).toEqual([
      { path: 'masks.1.match', message: 'does not occur on page 1' },
    ]);
  });
});
