/**
 * The extraction library's public types. `extract.ts` re-exports them: callers import from there.
 * They live apart so the format readers can throw `ExtractionError` without importing the dispatcher.
 */

export type DocumentKind = 'pdf' | 'html' | 'docx' | 'text' | 'markdown' | 'image' | 'audio' | 'video';

export interface ExtractedPage {
  number: number;
  text: string;
  ocr: boolean;
}

export type MetadataValue = string | number | boolean | null;

export interface Extracted {
  kind: DocumentKind;
  /** Detected from the bytes (magic numbers), never taken from the file name. */
  mediaType: string;
  /** One page for html/docx/text/markdown and images; none for audio and video. */
  pages: ExtractedPage[];
  /** ISO 639-1 ('ru', 'kk', 'uz', 'en', …) or null when the text is too short or unknown. */
  language: string | null;
  /** Some page has no text layer and could not be OCR'd (OCR switched off or unavailable). */
  needsOcr: boolean;
  metadata: Record<string, MetadataValue>;
  /** Images only: the same pixels without EXIF/XMP/IPTC/GPS or text chunks; null for other kinds. */
  workingCopy: Buffer | null;
}

export type ExtractionErrorCode = 'malformed' | 'encrypted' | 'empty' | 'too-large' | 'unsupported';

/** The one error bad input produces; `code` is stable, `message` is for people. */
export class ExtractionError extends Error {
  override readonly name = 'ExtractionError';

  constructor(
    readonly code: ExtractionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ExtractOptions {
  /** Tesseract language codes, e.g. ['rus', 'kaz', 'uzb', 'uzb_cyrl', 'eng'], or false for no OCR. */
  ocr: { languages: string[] } | false;
  /** Larger inputs are refused with 'too-large'; default 200 MiB. */
  maxBytes?: number;
  /** Stops long OCR: the promise then rejects with the signal's reason (an AbortError), not an ExtractionError. */
  signal?: AbortSignal;
}

/** What a format reader returns; the dispatcher adds kind, media type and language. */
export interface FormatResult {
  pages: ExtractedPage[];
  needsOcr: boolean;
  metadata: Record<string, MetadataValue>;
  workingCopy: Buffer | null;
}
