import { describe, expect, it } from 'vitest';
import { joinTextItems, type PlacedText } from './pdf-text.ts';

/** An item at (x, y) in a 10-point font, 6 points per character wide. */
const item = (str: string, x: number, y: number, hasEOL = false): PlacedText => ({
  str,
  transform: [10, 0, 0, 10, x, y],
  width: str.length * 6,
  height: 10,
  hasEOL,
});

describe('joining pdf.js text items', () => {
  it('puts a space between separate items on a line and a newline where the baseline moves', () => {
    expect(joinTextItems([item('Суд', 0, 700), item('приговорил', 30, 700), item('блогера', 0, 686)])).toBe(
      'Суд приговорил\nблогера',
    );
  });

  it('joins items that touch, as a word split at a font change', () => {
    expect(joinTextItems([item('Қаз', 0, 700), item('ақстан', 18, 700)])).toBe('Қазақстан');
  });

  it('honours pdf.js end-of-line marks and skips empty items', () => {
    expect(joinTextItems([item('one', 0, 700, true), item('', 18, 700, true), item('two', 40, 700)])).toBe(
      'one\ntwo',
    );
  });

  it('adds no second space where an item already carries one, and trims the page', () => {
    expect(joinTextItems([item('  a ', 0, 700), item('b', 60, 700)])).toBe('a b');
  });
});
