import type { DocumentKind } from './extract-types.ts';

/**
 * What the first bytes of a file say it is. `kind` null means a format we recognise but do not
 * extract: naming it lets the error say what the file is ("a GIF image") instead of "unknown".
 */
export interface Sniffed {
  kind: DocumentKind | null;
  mediaType: string;
  /** For people, in error messages: "a GIF image". */
  description: string;
}

interface Signature extends Sniffed {
  offset: number;
  bytes: readonly number[];
}

const ascii = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));

function signature(
  offset: number,
  bytes: readonly number[],
  kind: DocumentKind | null,
  mediaType: string,
  description: string,
): Signature {
  return { offset, bytes, kind, mediaType, description };
}

/**
 * Fixed signatures; containers whose type depends on more than a prefix have their own sniffers.
 * Short printable ones ("MZ", "BZh") are left out: a text file may begin so, and the binary files
 * they mark are refused as unknown binary anyway.
 */
const SIGNATURES: readonly Signature[] = [
  signature(0, [0xff, 0xd8, 0xff], 'image', 'image/jpeg', 'a JPEG image'),
  signature(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image', 'image/png', 'a PNG image'),
  signature(0, ascii('fLaC'), 'audio', 'audio/flac', 'FLAC audio'),
  // ID3 is followed by its major version, 2 to 4: a binary byte, so plain text starting "ID3" is not taken.
  signature(0, [...ascii('ID3'), 0x03], 'audio', 'audio/mpeg', 'MP3 audio'),
  signature(0, [...ascii('ID3'), 0x04], 'audio', 'audio/mpeg', 'MP3 audio'),
  signature(0, [...ascii('ID3'), 0x02], 'audio', 'audio/mpeg', 'MP3 audio'),
  signature(0, ascii('#!AMR'), 'audio', 'audio/amr', 'AMR audio'),
  signature(
    0,
    [0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11, 0xa6, 0xd9, 0x00, 0xaa, 0x00, 0x62, 0xce, 0x6c],
    'video',
    'video/x-ms-asf',
    'Windows Media (ASF)',
  ),
  signature(0, ascii('GIF87a'), null, 'image/gif', 'a GIF image'),
  signature(0, ascii('GIF89a'), null, 'image/gif', 'a GIF image'),
  signature(0, [0x49, 0x49, 0x2a, 0x00], null, 'image/tiff', 'a TIFF image'),
  signature(0, [0x4d, 0x4d, 0x00, 0x2a], null, 'image/tiff', 'a TIFF image'),
  signature(0, [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20], null, 'image/jp2', 'a JPEG 2000 image'),
  signature(0, ascii('8BPS'), null, 'image/vnd.adobe.photoshop', 'a Photoshop document'),
  signature(0, ascii('MThd'), null, 'audio/midi', 'a MIDI file'),
  signature(0, ascii('{\\rtf'), null, 'application/rtf', 'an RTF document'),
  signature(0, ascii('%!PS'), null, 'application/postscript', 'a PostScript file'),
  signature(0, [0x1f, 0x8b], null, 'application/gzip', 'a gzip archive'),
  signature(0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], null, 'application/x-7z-compressed', 'a 7-Zip archive'),
  signature(0, ascii('Rar!'), null, 'application/vnd.rar', 'a RAR archive'),
  signature(0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], null, 'application/x-xz', 'an xz archive'),
  signature(0, [0x7f, 0x45, 0x4c, 0x46], null, 'application/x-executable', 'an executable'),
  signature(0, ascii('SQLite format 3\0'), null, 'application/vnd.sqlite3', 'an SQLite database'),
  signature(
    0,
    [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    null,
    'application/x-ole-storage',
    'a legacy Microsoft Office file (.doc, .xls or .ppt); save it as DOCX',
  ),
];

function startsWith(bytes: Buffer, offset: number, expected: readonly number[]): boolean {
  if (bytes.length < offset + expected.length) return false;
  return expected.every((byte, index) => bytes[offset + index] === byte);
}

const latin1 = (bytes: Buffer, start: number, end: number): string =>
  bytes.toString('latin1', start, Math.min(end, bytes.length));

/** RIFF holds WAV, AVI and WebP; the form type at offset 8 tells which. */
function sniffRiff(bytes: Buffer): Sniffed | undefined {
  if (latin1(bytes, 0, 4) !== 'RIFF') return undefined;
  switch (latin1(bytes, 8, 12)) {
    case 'WAVE':
      return { kind: 'audio', mediaType: 'audio/wav', description: 'WAV audio' };
    case 'AVI ':
      return { kind: 'video', mediaType: 'video/x-msvideo', description: 'AVI video' };
    case 'WEBP':
      return { kind: null, mediaType: 'image/webp', description: 'a WebP image' };
    default:
      return { kind: null, mediaType: 'application/octet-stream', description: 'a RIFF file' };
  }
}

function sniffAiff(bytes: Buffer): Sniffed | undefined {
  if (latin1(bytes, 0, 4) !== 'FORM') return undefined;
  const form = latin1(bytes, 8, 12);
  return form === 'AIFF' || form === 'AIFC'
    ? { kind: 'audio', mediaType: 'audio/aiff', description: 'AIFF audio' }
    : undefined;
}

/** ISO base media files (MP4, M4A, MOV, 3GP, HEIC, AVIF) name their brand after `ftyp`. */
function sniffIsoMedia(bytes: Buffer): Sniffed | undefined {
  if (latin1(bytes, 4, 8) !== 'ftyp') return undefined;
  const brand = latin1(bytes, 8, 12);
  if (/^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(brand)) {
    return { kind: null, mediaType: 'image/heic', description: 'a HEIC image' };
  }
  if (brand === 'avif' || brand === 'avis') {
    return { kind: null, mediaType: 'image/avif', description: 'an AVIF image' };
  }
  if (/^(M4A |M4B |M4P |F4A |F4B )$/.test(brand)) {
    return { kind: 'audio', mediaType: 'audio/mp4', description: 'MPEG-4 audio' };
  }
  if (brand === 'qt  ')
    return { kind: 'video', mediaType: 'video/quicktime', description: 'QuickTime video' };
  if (brand.startsWith('3g2')) return { kind: 'video', mediaType: 'video/3gpp2', description: '3GPP2 video' };
  if (brand.startsWith('3g')) return { kind: 'video', mediaType: 'video/3gpp', description: '3GPP video' };
  return { kind: 'video', mediaType: 'video/mp4', description: 'MPEG-4 video' };
}

function sniffOgg(bytes: Buffer): Sniffed | undefined {
  if (latin1(bytes, 0, 4) !== 'OggS') return undefined;
  // The first page carries the first stream's identification header.
  const head = latin1(bytes, 0, 128);
  if (head.includes('theora')) return { kind: 'video', mediaType: 'video/ogg', description: 'Ogg video' };
  if (head.includes('OpusHead')) return { kind: 'audio', mediaType: 'audio/ogg', description: 'Opus audio' };
  return { kind: 'audio', mediaType: 'audio/ogg', description: 'Ogg audio' };
}

function sniffMatroska(bytes: Buffer): Sniffed | undefined {
  if (!startsWith(bytes, 0, [0x1a, 0x45, 0xdf, 0xa3])) return undefined;
  return latin1(bytes, 0, 64).includes('webm')
    ? { kind: 'video', mediaType: 'video/webm', description: 'WebM video' }
    : { kind: 'video', mediaType: 'video/x-matroska', description: 'Matroska video' };
}

/** Raw MPEG audio frames (MP3 without an ID3 tag) and ADTS AAC start with an 11- or 12-bit sync word. */
function sniffMpegFrames(bytes: Buffer): Sniffed | undefined {
  const first = bytes[0];
  const second = bytes[1];
  const third = bytes[2];
  if (first !== 0xff || second === undefined || third === undefined) return undefined;
  // Bitrate index 15 and sample-rate index 3 are reserved: such a header is not a frame.
  if (third >> 4 === 0x0f || ((third >> 2) & 0x03) === 0x03) return undefined;
  if ((second & 0xf6) === 0xf0) return { kind: 'audio', mediaType: 'audio/aac', description: 'AAC audio' };
  if ((second & 0xe0) === 0xe0 && (second & 0x06) !== 0) {
    return { kind: 'audio', mediaType: 'audio/mpeg', description: 'MP3 audio' };
  }
  return undefined;
}

const OOXML = 'application/vnd.openxmlformats-officedocument';

/** ZIP-based formats by a part name (or the `mimetype` entry's text) that only they contain. */
const ZIP_FORMATS: readonly [string, Sniffed][] = [
  [
    'word/document.xml',
    { kind: 'docx', mediaType: `${OOXML}.wordprocessingml.document`, description: 'a DOCX document' },
  ],
  [
    'word/_rels/',
    { kind: 'docx', mediaType: `${OOXML}.wordprocessingml.document`, description: 'a DOCX document' },
  ],
  [
    'xl/workbook',
    { kind: null, mediaType: `${OOXML}.spreadsheetml.sheet`, description: 'an XLSX spreadsheet' },
  ],
  [
    'ppt/presentation',
    { kind: null, mediaType: `${OOXML}.presentationml.presentation`, description: 'a PPTX presentation' },
  ],
  [
    'application/vnd.oasis.opendocument',
    {
      kind: null,
      mediaType: 'application/vnd.oasis.opendocument',
      description: 'an OpenDocument file; save it as DOCX or PDF',
    },
  ],
  ['application/epub+zip', { kind: null, mediaType: 'application/epub+zip', description: 'an EPUB book' }],
];

/** Office Open XML, OpenDocument and EPUB are ZIP files; the part names say which. */
function sniffZip(bytes: Buffer): Sniffed | undefined {
  if (!startsWith(bytes, 0, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, 0, [0x50, 0x4b, 0x05, 0x06])) {
    return undefined;
  }
  // Part names appear in each local header and again in the central directory at the end, so a
  // search finds them even in a truncated file, which the DOCX reader then reports as malformed.
  const format = ZIP_FORMATS.find(([name]) => bytes.includes(name, 0, 'latin1'));
  return format?.[1] ?? { kind: null, mediaType: 'application/zip', description: 'a ZIP archive' };
}

/** The PDF header may follow some junk; readers accept it within the first 1024 bytes. */
function sniffPdf(bytes: Buffer): Sniffed | undefined {
  const at = bytes.subarray(0, 1024).indexOf('%PDF-', 0, 'latin1');
  return at >= 0 ? { kind: 'pdf', mediaType: 'application/pdf', description: 'a PDF' } : undefined;
}

const SNIFFERS = [sniffPdf, sniffZip, sniffRiff, sniffAiff, sniffIsoMedia, sniffOgg, sniffMatroska];

/** The binary format the bytes announce, or undefined when no signature matches. */
export function sniffBinary(bytes: Buffer): Sniffed | undefined {
  for (const sniffer of SNIFFERS) {
    const found = sniffer(bytes);
    if (found) return found;
  }
  const known = SIGNATURES.find((entry) => startsWith(bytes, entry.offset, entry.bytes));
  if (known) return { kind: known.kind, mediaType: known.mediaType, description: known.description };
  return sniffMpegFrames(bytes);
}
