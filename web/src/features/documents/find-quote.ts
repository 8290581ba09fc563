/**
 * Where a quote first occurs in a page's text, ignoring case and whitespace: a quote copied from a
 * PDF or typed from a printout rarely keeps its line breaks and spacing. Returns the span of the
 * page's own text (start inclusive, end exclusive), or null when the quote is not there.
 */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const needle = fold(quote).folded;
  if (!needle) return null;
  const page = fold(text);
  const at = page.folded.indexOf(needle);
  if (at < 0) return null;
  return { start: page.starts[at] ?? 0, end: page.ends[at + needle.length - 1] ?? text.length };
}

/**
 * The text lower-cased with its whitespace left out, and for each code unit of that the span of
 * the character of the original it came from.
 */
function fold(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const character of text) {
    const next = index + character.length;
    if (!/\s/u.test(character)) {
      const lower = character.toLowerCase();
      folded += lower;
      for (let unit = 0; unit < lower.length; unit++) {
        starts.push(index);
        ends.push(next);
      }
    }
    index = next;
  }
  return { folded, starts, ends };
}
