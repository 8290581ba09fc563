import { type DetectedType, detectType } from './detect-type.ts';
import { extractDocx } from './docx.ts';
import { type Extracted, ExtractionError, type ExtractOptions, type FormatResult } from './extract-types.ts';
import { extractHtml } from './html.ts';
import { extractImage } from './image.ts';
import { detectLanguage } from './language.ts';
import { extractMedia } from './media.ts';
import { extractPdf } from './pdf.ts';
import { extractPlainText } from './text.ts';

export type {
  DocumentKind,
  Extracted,
  ExtractedPage,
  ExtractionErrorCode,
  ExtractOptions,
  MetadataValue,
} from './extract-types.ts';
export { ExtractionError } from './extract-types.ts';
export { ocrAvailable } from './ocr.ts';

const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

function read(
  type: DetectedType,
  bytes: Buffer,
  options: ExtractOptions,
): Promise<FormatResult> | FormatResult {
  switch (type.kind) {
    case 'pdf':
      return extractPdf(bytes, options);
    case 'docx':
      return extractDocx(bytes);
    case 'html':
      return extractHtml(bytes);
    case 'text':
      return extractPlainText(bytes, { markdown: false });
    case 'markdown':
      return extractPlainText(bytes, { markdown: true });
    case 'image':
      return extractImage(bytes, type.mediaType, options);
    case 'audio':
    case 'video':
      return extractMedia(bytes, type.mediaType);
  }
}

/**
 * Text per page, metadata and (for images) a working copy without metadata, from one file's bytes.
 * Bad input always ends in an `ExtractionError` with a stable code; an abort through
 * `options.signal` rejects with the signal's reason instead, since the file was not at fault.
 */
export async function extractDocument(
  bytes: Buffer,
  fileName: string,
  options: ExtractOptions,
): Promise<Extracted> {
  options.signal?.throwIfAborted();
  if (bytes.length === 0) throw new ExtractionError('empty', 'The file is empty (0 bytes).');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new ExtractionError('too-large', `The file has ${bytes.length} bytes; the limit is ${maxBytes}.`);
  }
  const type = detectType(bytes, fileName);
  let result: FormatResult;
  try {
    result = await read(type, bytes, options);
  } catch (error) {
    options.signal?.throwIfAborted();
    if (error instanceof ExtractionError) throw error;
    // A parser's own exception on hostile or damaged input is still the file's fault.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ExtractionError('malformed', `The file cannot be read as ${type.mediaType}: ${reason}`);
  }
  const text = result.pages.map((page) => page.text).join('\n\n');
  return { kind: type.kind, mediaType: type.mediaType, language: detectLanguage(text), ...result };
}
