// pdfmake has no types of its own; this brings ours along wherever this file is compiled.
/// <reference path="./pdfmake.d.ts" />
import pdfmake, { type DocumentDefinition, type NodeInfo } from 'pdfmake';
import type { DocumentTree } from './document-tree.ts';
import { isFontFile, PDF_FONTS, type PdfFontName } from './fonts.ts';
import { labelsFor } from './labels.ts';
import { PDF_MARGINS, pdfBlocks, pdfNotes } from './pdf-blocks.ts';
import { metaDate, type RenderMeta } from './render-meta.ts';

const BODY_FONT: PdfFontName = 'DejaVuSerif';
const HEADING_FONT: PdfFontName = 'DejaVuSans';

/**
 * An A4 PDF with DejaVu embedded, page numbers in the footer and the notes after the text (pdfmake
 * cannot place notes at the foot of their page). Dates come from the meta date only, and pdfkit
 * derives the file /ID from the info dictionary, so the same input gives the same bytes.
 */
export async function renderPdf(tree: DocumentTree, meta: RenderMeta): Promise<Buffer> {
  const date = metaDate(meta);
  const labels = labelsFor(meta.language);
  const definition: DocumentDefinition = {
    info: { title: meta.title, author: meta.author, creationDate: date, modDate: date },
    language: meta.language,
    pageSize: 'A4',
    pageMargins: [PDF_MARGINS.side, PDF_MARGINS.top, PDF_MARGINS.side, PDF_MARGINS.bottom],
    defaultStyle: { font: BODY_FONT, fontSize: 10.5, lineHeight: 1.25 },
    styles: {
      h1: { font: HEADING_FONT, fontSize: 16, bold: true, margin: [0, 12, 0, 6] },
      h2: { font: HEADING_FONT, fontSize: 13, bold: true, margin: [0, 10, 0, 5] },
      h3: { font: HEADING_FONT, fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      paragraph: { margin: [0, 0, 0, 6] },
      note: { fontSize: 9 },
    },
    footer: (currentPage, pageCount) => ({
      text: `${currentPage} / ${pageCount}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 24, 0, 0],
    }),
    pageBreakBefore: isOrphanedHeading,
    content: [...pdfBlocks(tree.blocks), ...pdfNotes(tree.footnotes, labels.notesHeading)],
  };
  // pdfmake's default export is one shared instance: set everything it reads before each use, so
  // no other caller's settings apply here. It may read the DejaVu files and fetch nothing.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(isFontFile);
  pdfmake.setFonts(structuredClone(PDF_FONTS));
  return pdfmake.createPdf(definition).getBuffer();
}

/** A heading that would end its page moves to the next one, with the text it introduces. */
function isOrphanedHeading(node: NodeInfo, context: { getFollowingNodesOnPage(): NodeInfo[] }): boolean {
  return node.headlineLevel !== undefined && context.getFollowingNodesOnPage().length === 0;
}
