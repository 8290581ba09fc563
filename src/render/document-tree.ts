/**
 * The subset of Markdown every renderer understands. `markdown-tree.ts` reduces the full mdast to
 * it, so each output format handles these few node kinds and nothing else: whatever the Markdown
 * holds beyond them (raw HTML, images, code, strikethrough…) arrives here already turned into text.
 */

export type Inline =
  | { kind: 'text'; value: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'emphasis'; children: Inline[] }
  /** `url` is always http(s) or mailto: other links arrive as their text alone. */
  | { kind: 'link'; url: string; children: Inline[] }
  | { kind: 'lineBreak' }
  /** `occurrence` counts the references to one note (1 for the first), for HTML's back-links. */
  | { kind: 'footnoteReference'; number: number; occurrence: number };

export type CellAlignment = 'left' | 'center' | 'right' | null;

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; children: Inline[] }
  | { kind: 'paragraph'; children: Inline[] }
  /** A tight list's items hold their paragraphs without spacing between them. */
  | { kind: 'list'; ordered: boolean; start: number; isTight: boolean; items: Block[][] }
  /** Every row has as many cells as the header. */
  | { kind: 'table'; alignments: CellAlignment[]; header: Inline[][]; rows: Inline[][][] }
  | { kind: 'blockquote'; children: Block[] }
  | { kind: 'thematicBreak' };

/** Numbered by first reference, as readers count them; unreferenced definitions are dropped. */
export interface Footnote {
  number: number;
  referenceCount: number;
  blocks: Block[];
}

export interface DocumentTree {
  blocks: Block[];
  footnotes: Footnote[];
}

/** The visible text of inline content, for places that cannot hold formatting. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.kind) {
        case 'text':
          return inline.value;
        case 'lineBreak':
          return '\n';
        case 'footnoteReference':
          return `[${inline.number}]`;
        default:
          return inlineText(inline.children);
      }
    })
    .join('');
}
