import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  type ExtractedPage,
  ExtractionError,
  type ExtractOptions,
  type FormatResult,
} from './extract-types.ts';
import { readPdfMetadata } from './pdf-metadata.ts';
import { ocrScannedPages } from './pdf-ocr.ts';
import { joinTextItems, type PlacedText } from './pdf-text.ts';

const PDFJS_DIRECTORY = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** pdf.js reads these from disk in Node; they end in a slash because it appends file names. */
const PDFJS_DATA = {
  cMapUrl: `${join(PDFJS_DIRECTORY, 'cmaps')}/`,
  cMapPacked: true,
  standardFontDataUrl: `${join(PDFJS_DIRECTORY, 'standard_fonts')}/`,
  wasmUrl: `${join(PDFJS_DIRECTORY, 'wasm')}/`,
};

/** A page with fewer letters and digits than this is taken for a scan if it paints an image. */
const SCANNED_PAGE_MAX_CHARACTERS = 25;
/** Text drawn as outlines is a scan in all but name: many filled paths and no text. */
const OUTLINED_TEXT_MIN_PATHS = 50;
const IMAGE_OPERATORS: ReadonlySet<number> = new Set([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
  OPS.paintImageMaskXObjectRepeat,
  OPS.paintInlineImageXObjectGroup,
  OPS.paintImageMaskXObjectGroup,
]);

/**
 * A PDF must end with `%%EOF` (within the last kilobyte, as Acrobat allows). pdf.js would open a
 * truncated file and quietly give fewer pages; for evidence that must be an error, not a shorter text.
 */
function assertComplete(bytes: Buffer): void {
  if (!bytes.subarray(Math.max(0, bytes.length - 1024)).includes('%%EOF', 0, 'latin1')) {
    throw new ExtractionError('malformed', 'The PDF is truncated: its end-of-file marker is missing.');
  }
}

async function openPdf(bytes: Buffer): Promise<PDFDocumentProxy> {
  try {
    return await getDocument({
      // pdf.js takes ownership of the array it is given: hand it a copy, never the caller's buffer.
      data: new Uint8Array(bytes),
      ...PDFJS_DATA,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      throw new ExtractionError('encrypted', 'The PDF is password-protected.');
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new ExtractionError('malformed', `The PDF cannot be read: ${reason}.`);
  }
}

async function pageText(page: PDFPageProxy): Promise<string> {
  const content = await page.getTextContent();
  const items: PlacedText[] = [];
  for (const item of content.items) {
    if ('str' in item) {
      items.push({
        str: item.str,
        transform: item.transform.map(Number),
        width: item.width,
        height: item.height,
        hasEOL: item.hasEOL,
      });
    }
  }
  return joinTextItems(items);
}

/** Almost no text, and an image or outlined glyphs where the text should be. */
async function looksScanned(page: PDFPageProxy, text: string): Promise<boolean> {
  if (text.replace(/[^\p{L}\p{N}]/gu, '').length >= SCANNED_PAGE_MAX_CHARACTERS) return false;
  const { fnArray } = await page.getOperatorList();
  let paths = 0;
  for (const operator of fnArray) {
    if (IMAGE_OPERATORS.has(operator)) return true;
    if (operator === OPS.constructPath) paths++;
  }
  return paths >= OUTLINED_TEXT_MIN_PATHS;
}

/** Text per page from the text layer; scanned pages go to OCR when it is on and available. */
export async function extractPdf(bytes: Buffer, options: ExtractOptions): Promise<FormatResult> {
  assertComplete(bytes);
  const document = await openPdf(bytes);
  try {
    const metadata = await readPdfMetadata(document, bytes);
    const pages: ExtractedPage[] = [];
    const scanned: number[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      options.signal?.throwIfAborted();
      const page = await readPage(document, number);
      try {
        const text = await pageText(page);
        if (await looksScanned(page, text)) scanned.push(number);
        pages.push({ number, text, ocr: false });
      } finally {
        page.cleanup();
      }
    }
    const unread = scanned.length === 0 ? 0 : await ocrScannedPages(bytes, pages, scanned, options);
    if (scanned.length > 0) metadata.scannedPages = scanned.length;
    return { pages, needsOcr: unread > 0, metadata, workingCopy: null };
  } finally {
    await document.destroy();
  }
}

async function readPage(document: PDFDocumentProxy, number: number): Promise<PDFPageProxy> {
  try {
    return await document.getPage(number);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ExtractionError('malformed', `Page ${number} of the PDF cannot be read: ${reason}.`);
  }
}
