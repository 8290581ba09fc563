import {
  AlignmentType,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type Block, type CellAlignment, type Footnote, type Inline, inlineText } from './document-tree.ts';
import {
  BULLET_CHARACTERS,
  BULLET_NUMBERING,
  listIndent,
  orderedNumbering,
  QUOTE_STYLE,
  TEXT_WIDTH,
} from './docx-styles.ts';

/**
 * The Markdown subset as Word paragraphs and tables. Each footnote reference becomes a Word footnote
 * of its own (Word numbers them by position), so a note cited twice appears twice in the DOCX.
 */
export class DocxConversion {
  /** Word footnotes by id, as docx's `footnotes` option wants them. */
  readonly footnotes: Record<number, { children: Paragraph[] }> = {};
  readonly orderedStarts = new Set<number>();
  private readonly notesByNumber: ReadonlyMap<number, Footnote>;
  private listInstances = 0;

  constructor(notes: readonly Footnote[]) {
    this.notesByNumber = new Map(notes.map((note) => [note.number, note]));
  }

  blocks(blocks: readonly Block[], place: Place = BODY): (Paragraph | Table)[] {
    return blocks.flatMap((block) => this.block(block, place));
  }

  private block(block: Block, place: Place): (Paragraph | Table)[] {
    switch (block.kind) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[block.level], children: this.inlines(block.children) })];
      case 'paragraph':
        return [this.paragraph(block.children, place)];
      case 'list':
        return this.list(block, place);
      case 'table':
        return [this.table(block)];
      case 'blockquote':
        return this.blocks(block.children, { ...place, isQuote: true });
      case 'thematicBreak':
        return [new Paragraph({ thematicBreak: true })];
    }
  }

  private paragraph(inlines: readonly Inline[], place: Place, numbered?: NumberedAs): Paragraph {
    return new Paragraph({
      children: this.inlines(inlines),
      ...(place.isQuote ? { style: QUOTE_STYLE } : {}),
      ...(numbered
        ? { numbering: numbered }
        : place.listLevel >= 0
          ? { indent: { left: listIndent(place.listLevel) } }
          : {}),
      ...(place.isTightList ? { spacing: { after: 40 } } : {}),
    });
  }

  private list(list: Extract<Block, { kind: 'list' }>, place: Place): (Paragraph | Table)[] {
    const level = place.listLevel + 1;
    const reference = list.ordered ? orderedNumbering(list.start) : BULLET_NUMBERING;
    if (list.ordered) this.orderedStarts.add(list.start);
    // A separate instance restarts the numbering, so each ordered list counts from its own start.
    const numbered: NumberedAs = { reference, level, instance: ++this.listInstances };
    const itemPlace: Place = { ...place, listLevel: level, isTightList: list.isTight };
    return list.items.flatMap((item) => {
      const [first, ...rest] = item;
      const lead = first?.kind === 'paragraph' ? first.children : [];
      const following = first?.kind === 'paragraph' ? rest : item;
      return [this.paragraph(lead, itemPlace, numbered), ...this.blocks(following, itemPlace)];
    });
  }

  private table(table: Extract<Block, { kind: 'table' }>): Table {
    const columnWidth = Math.floor(TEXT_WIDTH / Math.max(table.header.length, 1));
    const cell = (content: Inline[], column: number, isHeader: boolean) =>
      new TableCell({
        children: [
          new Paragraph({
            alignment: ALIGNMENTS[table.alignments[column] ?? 'left'],
            spacing: { after: 0 },
            children: this.inlines(content, { bold: isHeader }),
          }),
        ],
        width: { size: columnWidth, type: WidthType.DXA },
        ...(isHeader ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
      });
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: table.header.map(() => columnWidth),
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: table.header.map((content, column) => cell(content, column, true)),
        }),
        ...table.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: row.map((content, column) => cell(content, column, false)),
            }),
        ),
      ],
    });
  }

  private inlines(inlines: readonly Inline[], format: RunFormat = {}): ParagraphChild[] {
    return inlines.flatMap((inline) => this.inline(inline, format));
  }

  private inline(inline: Inline, format: RunFormat): ParagraphChild[] {
    switch (inline.kind) {
      case 'text':
        return [this.run(inline.value, format)];
      case 'strong':
        return this.inlines(inline.children, { ...format, bold: true });
      case 'emphasis':
        return this.inlines(inline.children, { ...format, italics: true });
      case 'lineBreak':
        return [new TextRun({ break: 1 })];
      case 'link':
        if (format.isLink) return this.inlines(inline.children, format);
        return [
          new ExternalHyperlink({
            link: inline.url,
            children: this.inlines(inline.children, { ...format, isLink: true }),
          }),
        ];
      case 'footnoteReference':
        return [this.footnoteReference(inline.number, format)];
    }
  }

  private run(text: string, format: RunFormat): TextRun {
    return new TextRun({
      text,
      ...(format.bold ? { bold: true } : {}),
      ...(format.italics ? { italics: true } : {}),
      ...(format.isLink ? { style: 'Hyperlink' } : {}),
      ...(format.isSuperscript ? { superScript: true } : {}),
    });
  }

  /** Inside a note (Word has no notes within notes) the number stays, as plain superscript. */
  private footnoteReference(number: number, format: RunFormat): ParagraphChild {
    if (format.isInsideNote) return this.run(String(number), { ...format, isSuperscript: true });
    const id = Object.keys(this.footnotes).length + 1;
    this.footnotes[id] = { children: this.noteParagraphs(this.notesByNumber.get(number)?.blocks ?? []) };
    return new FootnoteReferenceRun(id);
  }

  /** Word footnotes hold paragraphs only: lists and tables inside a note become lines of text. */
  private noteParagraphs(blocks: readonly Block[]): Paragraph[] {
    const lines = blocks.flatMap((block) => noteLines(block));
    return (lines.length > 0 ? lines : [[]]).map(
      (line, index) =>
        new Paragraph({
          style: 'FootnoteText',
          // docx puts the note's mark first in its first paragraph; a space keeps it off the text.
          children: [
            ...(index === 0 ? [new TextRun(' ')] : []),
            ...this.inlines(line, { isInsideNote: true }),
          ],
        }),
    );
  }
}

function noteLines(block: Block): Inline[][] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [block.children];
    case 'blockquote':
      return block.children.flatMap(noteLines);
    case 'list':
      return block.items.flatMap((item, index) => {
        const marker: Inline = {
          kind: 'text',
          value: block.ordered ? `${block.start + index}. ` : `${BULLET_CHARACTERS[0]} `,
        };
        const [first = [], ...rest] = item.flatMap(noteLines);
        return [[marker, ...first], ...rest];
      });
    case 'table':
      return [block.header, ...block.rows].map((row) => [
        { kind: 'text', value: row.map((cell) => inlineText(cell)).join(' | ') },
      ]);
    case 'thematicBreak':
      return [];
  }
}

interface Place {
  /** -1 outside lists. */
  listLevel: number;
  isTightList: boolean;
  isQuote: boolean;
}

const BODY: Place = { listLevel: -1, isTightList: false, isQuote: false };

interface NumberedAs {
  reference: string;
  level: number;
  instance: number;
}

interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  isLink?: boolean;
  isSuperscript?: boolean;
  isInsideNote?: boolean;
}

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

const ALIGNMENTS: Record<NonNullable<CellAlignment>, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};
