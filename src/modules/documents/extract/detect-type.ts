import { type DocumentKind, ExtractionError } from './extract-types.ts';
import { sniffBinary } from './magic-numbers.ts';

export interface DetectedType {
  kind: DocumentKind;
  mediaType: string;
}

/** What a file's extension promises, used only to choose between 'malformed' and 'unsupported'. */
const PROMISED_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'a PDF',
  docx: 'a DOCX document',
  jpg: 'a JPEG image',
  jpeg: 'a JPEG image',
  png: 'a PNG image',
  mp3: 'MP3 audio',
  wav: 'WAV audio',
  ogg: 'Ogg audio',
  oga: 'Ogg audio',
  opus: 'Opus audio',
  flac: 'FLAC audio',
  m4a: 'MPEG-4 audio',
  aac: 'AAC audio',
  amr: 'AMR audio',
  mp4: 'MPEG-4 video',
  m4v: 'MPEG-4 video',
  mov: 'QuickTime video',
  '3gp': '3GPP video',
  webm: 'WebM video',
  mkv: 'Matroska video',
  avi: 'AVI video',
};

/** Word, Excel and PowerPoint wrap a password-protected file in an OLE2 container with this stream. */
const OLE_STORAGE = 'application/x-ole-storage';
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml']);
const MARKDOWN_EXTENSIONS = new Set(['md', 'markdown']);

/** The extension in lower case, from a name that may carry a POSIX or Windows path. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function hasTextBom(bytes: Buffer): boolean {
  const [first, second, third] = bytes;
  return (
    (first === 0xff && second === 0xfe) ||
    (first === 0xfe && second === 0xff) ||
    (first === 0xef && second === 0xbb && third === 0xbf)
  );
}

/**
 * Text has a Unicode BOM, or no NUL byte and few other control characters in its first 8 KiB.
 * Whether it is valid UTF-8 is the text decoder's question: a file in a legacy encoding is text,
 * and gets a 'malformed' that says so rather than 'unsupported'.
 */
export function looksLikeText(bytes: Buffer): boolean {
  if (hasTextBom(bytes)) return true;
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    // Tab, line feed, form feed, carriage return and escape occur in real text.
    if (
      (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13 && byte !== 27) ||
      byte === 0x7f
    ) {
      controls++;
    }
  }
  return controls <= head.length * 0.02;
}

/** HTML announces itself in its first tag; a page saved as .html may start with a comment. */
function looksLikeHtml(bytes: Buffer, extension: string): boolean {
  const head = bytes
    .toString('latin1', 0, 1024)
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  if (/^<!doctype\s+html|^<html[\s>]|^<head[\s>]|^<body[\s>]/i.test(head)) return true;
  if (/^<\?xml[^>]*>\s*(<!doctype\s+html|<html[\s>])/i.test(head)) return true;
  return HTML_EXTENSIONS.has(extension) && head.includes('<');
}

function detectText(bytes: Buffer, extension: string): DetectedType {
  if (looksLikeHtml(bytes, extension)) return { kind: 'html', mediaType: 'text/html' };
  const head = bytes.toString('latin1', 0, 256).trimStart();
  if (head.startsWith('<?xml') || head.startsWith('<svg')) {
    throw new ExtractionError('unsupported', 'XML files other than XHTML pages are not supported.');
  }
  if (MARKDOWN_EXTENSIONS.has(extension)) return { kind: 'markdown', mediaType: 'text/markdown' };
  return { kind: 'text', mediaType: 'text/plain' };
}

/**
 * The kind and media type from the bytes. The name never decides the type; it only tells a broken
 * file ("report.pdf" that is not a PDF: 'malformed') from an unknown one ('unsupported'), and
 * whether text is Markdown.
 */
export function detectType(bytes: Buffer, fileName: string): DetectedType {
  const extension = extensionOf(fileName);
  const promised = PROMISED_BY_EXTENSION[extension];
  // A UTF-16 BOM (FF FE) would pass for an MPEG frame header: text marked as such is text.
  const sniffed = hasTextBom(bytes) ? undefined : sniffBinary(bytes);
  if (sniffed) {
    if (sniffed.mediaType === OLE_STORAGE && bytes.includes(ENCRYPTED_PACKAGE)) {
      throw new ExtractionError('encrypted', 'The Office document is password-protected.');
    }
    if (sniffed.kind === null) {
      throw new ExtractionError(
        'unsupported',
        `This file is ${sniffed.description}, which is not supported.`,
      );
    }
    return { kind: sniffed.kind, mediaType: sniffed.mediaType };
  }
  if (looksLikeText(bytes)) {
    // A failed download often saves an HTML error page under the document's name: say so.
    if (promised) {
      const what = looksLikeHtml(bytes, extension) ? 'an HTML page' : 'text';
      throw new ExtractionError(
        'malformed',
        `The file is named .${extension} but holds ${what}, not ${promised}.`,
      );
    }
    return detectText(bytes, extension);
  }
  if (promised) {
    throw new ExtractionError(
      'malformed',
      `The file is named .${extension} but its bytes are not ${promised} (it starts with ${hexPrefix(bytes)}).`,
    );
  }
  throw new ExtractionError('unsupported', `Unknown binary format (it starts with ${hexPrefix(bytes)}).`);
}

function hexPrefix(bytes: Buffer): string {
  return bytes
    .subarray(0, 8)
    .toString('hex')
    .replace(/(..)(?!$)/g, '$1 ');
}
