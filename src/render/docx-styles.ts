import { AlignmentType, type INumberingOptions, type IStylesOptions, LevelFormat } from 'docx';

/**
 * Word resolves font names against the reader's system fonts, so these are fonts every Word and
 * LibreOffice install has (or maps to a metric twin) that cover Russian, Kazakh and Uzbek:
 * Times New Roman and Arial carry ә ғ қ ң ө ұ ү һ і ў ҳ and ʻ on Windows and macOS; LibreOffice
 * substitutes Liberation Serif and Sans.
 */
export const BODY_FONT = 'Times New Roman';
export const HEADING_FONT = 'Arial';

/** A4 with 2 cm margins, in twentieths of a point. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const HALF_POINTS_PER_POINT = 2;
const INDENT_STEP = 720;

export const QUOTE_STYLE = 'Quote';
export const BULLET_NUMBERING = 'bullet';
export const BULLET_CHARACTERS = ['•', '–', '▪'] as const;
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;
/** Word allows nine list levels. */
const LIST_LEVELS = 9;

export function orderedNumbering(start: number): string {
  return `ordered-from-${start}`;
}

export function documentStyles(language: string): IStylesOptions {
  const fonts = (name: string) => ({ ascii: name, hAnsi: name, cs: name, eastAsia: name });
  const heading = (points: number) => ({
    run: { font: fonts(HEADING_FONT), size: points * HALF_POINTS_PER_POINT, bold: true, color: '1F3864' },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: fonts(BODY_FONT), size: 12 * HALF_POINTS_PER_POINT, language: { value: language } },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: { run: { font: fonts(HEADING_FONT), size: 26 * HALF_POINTS_PER_POINT, bold: true } },
      heading1: heading(16),
      heading2: heading(13),
      heading3: heading(12),
      hyperlink: { run: { color: '0B4F8A', underline: {} } },
      footnoteText: {
        run: { size: 10 * HALF_POINTS_PER_POINT },
        paragraph: { spacing: { after: 0, line: 240 } },
      },
    },
    paragraphStyles: [
      { id: 'Normal', name: 'Normal', quickFormat: true },
      {
        id: QUOTE_STYLE,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '404040' },
        paragraph: { indent: { left: INDENT_STEP, right: INDENT_STEP } },
      },
    ],
  };
}

/** One bullet definition, and one ordered definition per start number the document uses. */
export function documentNumbering(orderedStarts: Iterable<number>): INumberingOptions {
  const indent = (level: number) => ({ indent: { left: INDENT_STEP * (level + 1), hanging: 360 } });
  const levels = Array.from({ length: LIST_LEVELS }, (_, level) => level);
  const bullet = {
    reference: BULLET_NUMBERING,
    levels: levels.map((level) => ({
      level,
      format: LevelFormat.BULLET,
      text: BULLET_CHARACTERS[level % BULLET_CHARACTERS.length],
      alignment: AlignmentType.LEFT,
      style: { paragraph: indent(level) },
    })),
  };
  const ordered = [...new Set(orderedStarts)]
    .sort((a, b) => a - b)
    .map((start) => ({
      reference: orderedNumbering(start),
      levels: levels.map((level) => ({
        level,
        format: ORDERED_FORMATS[level % ORDERED_FORMATS.length],
        text: `%${level + 1}.`,
        start: level === 0 ? start : 1,
        alignment: AlignmentType.LEFT,
        style: { paragraph: indent(level) },
      })),
    }));
  return { config: [bullet, ...ordered] };
}

export function listIndent(level: number): number {
  return INDENT_STEP * (level + 1);
}
