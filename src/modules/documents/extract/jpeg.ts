import { ExtractionError } from './extract-types.ts';

export interface JpegSegment {
  marker: number;
  /** The whole segment: marker, length and payload. */
  bytes: Buffer;
  /** After a start-of-scan header: the entropy-coded image data up to the next marker. */
  scan?: Buffer;
}

const SOI = Buffer.from([0xff, 0xd8]);
const EOI = Buffer.from([0xff, 0xd9]);
const SOS = 0xda;
const COM = 0xfe;
const APP0 = 0xe0;
const APP2 = 0xe2;
const APP14 = 0xee;

const malformed = (detail: string) =>
  new ExtractionError('malformed', `The JPEG image is damaged: ${detail}.`);

/** Start-of-frame markers C0–CF, less DHT (C4), JPG (C8) and DAC (CC), which share the range. */
const isFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
const isRestart = (marker: number) => marker >= 0xd0 && marker <= 0xd7;

/** Where entropy-coded data ends: the first 0xFF that is neither stuffing (FF 00) nor a restart marker. */
function scanEnd(bytes: Buffer, from: number): number {
  let at = bytes.indexOf(0xff, from);
  while (at >= 0 && at + 1 < bytes.length) {
    const next = bytes[at + 1] ?? 0;
    if (next !== 0x00 && next !== 0xff && !isRestart(next)) return at;
    at = bytes.indexOf(0xff, at + 1);
  }
  throw malformed('the image data is cut off before its end marker');
}

/** The segments between SOI and EOI; whatever follows EOI (appended previews, MPF images) is not read. */
export function readJpegSegments(bytes: Buffer): JpegSegment[] {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw malformed('it does not start with a JPEG marker');
  const segments: JpegSegment[] = [];
  let offset = 2;
  for (;;) {
    // Stray bytes between segments are skipped, as libjpeg does ("extraneous bytes before marker").
    if (bytes[offset] !== 0xff) offset = bytes.indexOf(0xff, offset);
    if (offset < 0 || offset + 1 >= bytes.length) throw malformed('it ends before its end-of-image marker');
    while (bytes[offset + 1] === 0xff) offset++; // fill bytes before a marker
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xd9) return segments;
    if (isRestart(marker) || marker === 0x01) {
      segments.push({ marker, bytes: bytes.subarray(offset, offset + 2) });
      offset += 2;
      continue;
    }
    if (offset + 4 > bytes.length) throw malformed('a segment header is cut off');
    const end = offset + 2 + bytes.readUInt16BE(offset + 2);
    if (end > bytes.length) throw malformed('a segment is cut off');
    const segment: JpegSegment = { marker, bytes: bytes.subarray(offset, end) };
    offset = end;
    if (marker === SOS) {
      const dataEnd = scanEnd(bytes, offset);
      segment.scan = bytes.subarray(offset, dataEnd);
      offset = dataEnd;
    }
    segments.push(segment);
  }
}

const startsWith = (segment: JpegSegment, identifier: string) =>
  segment.bytes.subarray(4, 4 + identifier.length).toString('latin1') === identifier;

/** JFIF's header keeps its version and pixel density; its optional thumbnail is dropped. */
function jfifWithoutThumbnail(segment: JpegSegment): Buffer {
  const header = Buffer.from(segment.bytes.subarray(0, 18));
  if (header.length < 18) return header;
  header.writeUInt16BE(16, 2); // segment length without thumbnail pixels
  header[16] = 0; // thumbnail width
  header[17] = 0; // thumbnail height
  return header;
}

/**
 * What the working copy keeps of a segment: every coding segment (tables, frame, scans); JFIF
 * without its thumbnail; the ICC profile (APP2) and Adobe's colour-transform flag (APP14), without
 * which colours change. Dropped: EXIF and XMP (APP1), IPTC/Photoshop (APP13), MPF previews, every
 * other application segment and comments, since any of them may name a place, device or person.
 */
function kept(segment: JpegSegment): Buffer | undefined {
  const { marker } = segment;
  if (marker === APP0) return startsWith(segment, 'JFIF\0') ? jfifWithoutThumbnail(segment) : undefined;
  if (marker === APP2) return startsWith(segment, 'ICC_PROFILE\0') ? segment.bytes : undefined;
  if (marker === APP14) return startsWith(segment, 'Adobe') ? segment.bytes : undefined;
  if ((marker >= 0xe0 && marker <= 0xef) || marker === COM) return undefined;
  return segment.bytes;
}

export interface StrippedImage {
  copy: Buffer;
  width: number;
  height: number;
}

/** The same JPEG without metadata; scan data and coding tables are copied byte for byte. */
export function stripJpeg(bytes: Buffer): StrippedImage {
  const segments = readJpegSegments(bytes);
  const frame = segments.find((segment) => isFrame(segment.marker));
  if (!frame || frame.bytes.length < 9) throw malformed('it has no frame header');
  if (!segments.some((segment) => segment.scan)) throw malformed('it has no image data');
  const parts: Buffer[] = [SOI];
  for (const segment of segments) {
    const keep = kept(segment);
    if (keep) parts.push(keep);
    if (keep && segment.scan) parts.push(segment.scan);
  }
  parts.push(EOI);
  return {
    copy: Buffer.concat(parts),
    height: frame.bytes.readUInt16BE(5),
    width: frame.bytes.readUInt16BE(7),
  };
}
