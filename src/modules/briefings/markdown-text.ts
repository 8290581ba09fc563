/**
 * Text from the data placed into Markdown: escaped so that a name or a quote can never become
 * markup (a `*`, a `[`, a `|` in a table, a `<` that a renderer might take for HTML).
 */
export function mdText(text: string): string {
  return text.replace(/[\\`*_[\]{}()<>#+!|~]/g, (char) => `\\${char}`).replace(/\s*\n\s*/g, ' ');
}

/** Footnote markers for these numbers: `[^3][^7]`. */
export function footnoteRefs(numbers: readonly number[]): string {
  return [...new Set(numbers)].map((n) => `[^${n}]`).join('');
}
