import { PDFDateString, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { MetadataValue } from './extract-types.ts';

/** The info dictionary's entries we pass on, under the names the rest of Docket uses. */
const TEXT_ENTRIES: readonly [string, string][] = [
  ['Title', 'title'],
  ['Author', 'author'],
  ['Subject', 'subject'],
  ['Keywords', 'keywords'],
  ['Creator', 'creator'],
  ['Producer', 'producer'],
];

const DATE_ENTRIES: readonly [string, string][] = [
  ['CreationDate', 'createdOn'],
  ['ModDate', 'modifiedOn'],
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Title, author, dates (ISO 8601), page count and PDF version; blank entries are left out. */
export async function readPdfMetadata(
  document: PDFDocumentProxy,
  bytes: Buffer,
): Promise<Record<string, MetadataValue>> {
  const metadata: Record<string, MetadataValue> = { pageCount: document.numPages };
  const { info } = await document.getMetadata();
  if (isRecord(info)) {
    for (const [entry, name] of TEXT_ENTRIES) {
      const value = info[entry];
      if (typeof value === 'string' && value.trim() !== '') metadata[name] = value.trim();
    }
    for (const [entry, name] of DATE_ENTRIES) {
      const value = info[entry];
      const date = typeof value === 'string' ? PDFDateString.toDateObject(value) : null;
      if (date && !Number.isNaN(date.getTime())) metadata[name] = date.toISOString();
    }
    if (typeof info.PDFFormatVersion === 'string') metadata.pdfVersion = info.PDFFormatVersion;
  }
  // A PDF with only an owner password opens without one; say that it is encrypted all the same.
  metadata.encrypted = bytes.includes('/Encrypt', 0, 'latin1');
  return metadata;
}
