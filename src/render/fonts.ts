import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * DejaVu from the `dejavu-fonts-ttf` package: it covers Russian, Kazakh (ә ғ қ ң ө ұ ү һ і) and
 * Uzbek in both scripts (ў ҳ, oʻ gʻ with U+02BB), in all four styles, and ships as plain TTF files
 * that pdfkit embeds as subsets with a ToUnicode map, so the PDF's text can be copied and searched.
 */
const FONT_DIRECTORY = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);

export interface FontFamilyFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

function family(prefix: string, italic: string): FontFamilyFiles {
  const file = (suffix: string) => join(FONT_DIRECTORY, `${prefix}${suffix}.ttf`);
  return {
    normal: file(''),
    bold: file('-Bold'),
    italics: file(`-${italic}`),
    bolditalics: file(`-Bold${italic}`),
  };
}

export const PDF_FONTS = {
  DejaVuSerif: family('DejaVuSerif', 'Italic'),
  DejaVuSans: family('DejaVuSans', 'Oblique'),
} satisfies Record<string, FontFamilyFiles>;

export type PdfFontName = keyof typeof PDF_FONTS;

const FONT_FILES: ReadonlySet<string> = new Set(
  Object.values(PDF_FONTS).flatMap((files) => Object.values(files)),
);

/** The only files the PDF renderer may read. */
export function isFontFile(path: string): boolean {
  return FONT_FILES.has(path);
}
