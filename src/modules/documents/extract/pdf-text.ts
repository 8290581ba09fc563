/** The part of a pdf.js text item that placing it on the page needs. */
export interface PlacedText {
  str: string;
  /** The text matrix [a, b, c, d, x, y] in PDF user units. */
  transform: readonly number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** Items whose baselines differ by more than this share of the font size are on different lines. */
const SAME_LINE = 0.5;
/** A horizontal gap wider than this share of the font size is a space between words. */
const WORD_GAP = 0.15;

/**
 * A page's text from pdf.js items in content order: a newline where the baseline moves (or pdf.js
 * saw an end of line), a space between items on one line that stand apart, and nothing between
 * items that touch, since PDF writers split words at kerning and font changes.
 */
export function joinTextItems(items: readonly PlacedText[]): string {
  let text = '';
  let previous: PlacedText | undefined;
  let endOfLine = false;
  for (const item of items) {
    if (item.str === '') {
      endOfLine ||= item.hasEOL;
      continue;
    }
    if (previous) text += separator(previous, item, endOfLine, text);
    text += item.str;
    endOfLine = item.hasEOL;
    previous = item;
  }
  return text.replace(/[ \t]+\n/g, '\n').trim();
}

function separator(previous: PlacedText, item: PlacedText, endOfLine: boolean, text: string): string {
  const size = Math.max(fontSize(previous), fontSize(item), 1);
  const [, , , , previousX = 0, previousY = 0] = previous.transform;
  const [, , , , x = 0, y = 0] = item.transform;
  if (endOfLine || Math.abs(y - previousY) > size * SAME_LINE) return '\n';
  if (/\s$/.test(text) || /^\s/.test(item.str)) return '';
  const gap = x - (previousX + previous.width);
  // A jump back to the left on the same baseline is a new column or overprint: keep words apart.
  return gap > size * WORD_GAP || gap < -size ? ' ' : '';
}

/** The font size is the length of the matrix's vertical vector; pdf.js also reports it as height. */
function fontSize(item: PlacedText): number {
  const [, , c = 0, d = 0] = item.transform;
  return Math.hypot(c, d) || item.height;
}
