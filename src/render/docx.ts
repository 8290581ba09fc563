import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocumentTree } from './document-tree.ts';
import { DocxConversion } from './docx-blocks.ts';
import { makeDocxDeterministic } from './docx-package.ts';
import { documentNumbering, documentStyles, PAGE } from './docx-styles.ts';
import { metaDate, type RenderMeta } from './render-meta.ts';

/** A Word document with real styles, numbering, tables and footnotes; the same input, the same bytes. */
export async function renderDocx(tree: DocumentTree, meta: RenderMeta): Promise<Buffer> {
  const conversion = new DocxConversion(tree.footnotes);
  const body = conversion.blocks(tree.blocks);
  const document = new Document({
    title: meta.title,
    creator: meta.author ?? '',
    lastModifiedBy: meta.author ?? '',
    revision: 1,
    styles: documentStyles(meta.language),
    numbering: documentNumbering(conversion.orderedStarts),
    footnotes: conversion.footnotes,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: { default: pageNumberFooter() },
        children: body,
      },
    ],
  });
  return makeDocxDeterministic(await Packer.toBuffer(document), metaDate(meta));
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });
}
