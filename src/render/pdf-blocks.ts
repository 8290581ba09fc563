// pdfmake has no types of its own; this brings ours along wherever this file is compiled.
/// <reference path="./pdfmake.d.ts" />
import type { Alignment, Content, TableLayout, TextRun } from 'pdfmake';
import type { Block, CellAlignment, Footnote, Inline } from './document-tree.ts';

/** A4 (595.28 pt) less the side margins. */
export const PDF_MARGINS = { side: 56, top: 56, bottom: 64 } as const;
const CONTENT_WIDTH = 595.28 - 2 * PDF_MARGINS.side;
const LINK_COLOR = '#0b4f8a';

/** The Markdown subset as pdfmake content: styles named here are defined in `pdf.ts`. */
export function pdfBlocks(blocks: readonly Block[]): Content[] {
  return blocks.map(pdfBlock);
}

/** Notes after the text, each with the destination its superscript numbers jump to. */
export function pdfNotes(footnotes: readonly Footnote[], heading: string): Content[] {
  if (footnotes.length === 0) return [];
  const notes = footnotes.map((footnote): Content => {
    // pdfmake places destinations on text lines only, so the id goes on the note's first text.
    const [first, ...rest] = pdfBlocks(footnote.blocks);
    const anchor: Content =
      first && 'text' in first
        ? { ...first, id: noteDestination(footnote.number) }
        : { text: '', id: noteDestination(footnote.number) };
    return {
      stack: first && 'text' in first ? [anchor, ...rest] : [anchor, ...(first ? [first] : []), ...rest],
    };
  });
  return [
    { text: heading, style: 'h2', headlineLevel: 2 },
    { ol: notes, style: 'note' },
  ];
}

function pdfBlock(block: Block): Content {
  switch (block.kind) {
    case 'heading':
      return { text: pdfRuns(block.children), style: `h${block.level}`, headlineLevel: block.level };
    case 'paragraph':
      return { text: pdfRuns(block.children), style: 'paragraph' };
    case 'list': {
      const items = block.items.map((item): Content => ({ stack: pdfBlocks(item) }));
      const spacing = { margin: [0, 0, 0, 6] as [number, number, number, number] };
      return block.ordered ? { ol: items, start: block.start, ...spacing } : { ul: items, ...spacing };
    }
    case 'table':
      return pdfTable(block);
    case 'blockquote':
      // A one-cell table is pdfmake's way to draw the quote's rule down its left side.
      return {
        table: {
          widths: ['*'],
          body: [[{ stack: pdfBlocks(block.children), italics: true, color: '#333333' }]],
        },
        layout: QUOTE_LAYOUT,
        margin: [12, 0, 12, 8],
      };
    case 'thematicBreak':
      return {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: '#888888' },
        ],
        margin: [0, 6, 0, 12],
      };
  }
}

function pdfTable(table: Extract<Block, { kind: 'table' }>): Content {
  const cell = (content: Inline[], column: number, isHeader: boolean): Content => ({
    text: pdfRuns(content),
    alignment: ALIGNMENTS[table.alignments[column] ?? 'left'],
    ...(isHeader ? { bold: true, fillColor: '#eeeeee' } : {}),
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: table.header.map(() => '*'),
      body: [
        table.header.map((content, column) => cell(content, column, true)),
        ...table.rows.map((row) => row.map((content, column) => cell(content, column, false))),
      ],
    },
    layout: TABLE_LAYOUT,
    margin: [0, 4, 0, 10],
  };
}

/** Formatting as flat runs: pdfmake styles each run on its own. */
function pdfRuns(inlines: readonly Inline[], format: RunFormat = {}): TextRun[] {
  return inlines.flatMap((inline) => pdfInlineRuns(inline, format));
}

function pdfInlineRuns(inline: Inline, format: RunFormat): TextRun[] {
  switch (inline.kind) {
    case 'text':
      return [{ text: inline.value, ...format }];
    case 'strong':
      return pdfRuns(inline.children, { ...format, bold: true });
    case 'emphasis':
      return pdfRuns(inline.children, { ...format, italics: true });
    case 'lineBreak':
      return [{ text: '\n', ...format }];
    case 'link':
      return pdfRuns(inline.children, {
        ...format,
        link: inline.url,
        color: LINK_COLOR,
        decoration: 'underline',
      });
    case 'footnoteReference':
      return [{ text: String(inline.number), sup: true, linkToDestination: noteDestination(inline.number) }];
  }
}

type RunFormat = Omit<TextRun, 'text'>;

function noteDestination(number: number): string {
  return `note-${number}`;
}

const ALIGNMENTS: Record<NonNullable<CellAlignment>, Alignment> = {
  left: 'left',
  center: 'center',
  right: 'right',
};

const TABLE_LAYOUT: TableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#666666',
  vLineColor: () => '#666666',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

const QUOTE_LAYOUT: TableLayout = {
  hLineWidth: () => 0,
  vLineWidth: (column) => (column === 0 ? 2 : 0),
  vLineColor: () => '#888888',
  paddingLeft: () => 8,
};
