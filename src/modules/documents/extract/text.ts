import { decodeText } from './decode-text.ts';
import { ExtractionError, type FormatResult, type MetadataValue } from './extract-types.ts';

/**
 * Plain text and Markdown as written (Markdown keeps its markup: it is the author's text, and search
 * reads through it), with line ends made `\n`. A file of nothing but white space is 'empty'.
 */
export function extractPlainText(bytes: Buffer, options: { markdown: boolean }): FormatResult {
  const text = decodeText(bytes, { html: false }).replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ExtractionError('empty', 'The file holds only white space.');
  const metadata: Record<string, MetadataValue> = { lineCount: text.split('\n').length };
  if (options.markdown) {
    // The first level-one heading is the document's title by Markdown convention.
    const title = /^#[ \t]+(.+?)[ \t#]*$/m.exec(text)?.[1];
    if (title) metadata.title = title;
  }
  return { pages: [{ number: 1, text, ocr: false }], needsOcr: false, metadata, workingCopy: null };
}
