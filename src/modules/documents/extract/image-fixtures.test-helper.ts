import { deflateSync } from 'node:zlib';
import { readJpegSegments } from './jpeg.ts';
import { readPngChunks } from './png.ts';

/** One TIFF directory entry; `value` is already encoded little-endian. */
interface Entry {
  tag: number;
  type: 2 | 4 | 5; // ASCII, LONG, RATIONAL
  count: number;
  value: Buffer;
}

const ascii = (tag: number, text: string): Entry => ({
  tag,
  type: 2,
  count: text.length + 1,
  value: Buffer.from(`${text}\0`, 'latin1'),
});

const rationals = (tag: number, values: readonly [number, number][]): Entry => {
  const value = Buffer.alloc(values.length * 8);
  values.forEach(([numerator, denominator], index) => {
    value.writeUInt32LE(numerator, index * 8);
    value.writeUInt32LE(denominator, index * 8 + 4);
  });
  return { tag, type: 5, count: values.length, value };
};

const long = (tag: number, number: number): Entry => {
  const value = Buffer.alloc(4);
  value.writeUInt32LE(number);
  return { tag, type: 4, count: 1, value };
};

const ifdSize = (entries: readonly Entry[]) => 2 + entries.length * 12 + 4;

/** A little-endian TIFF block of IFDs in order; values over four bytes go after the last IFD. */
function tiff(ifds: readonly Entry[][]): Buffer {
  const starts: number[] = [];
  let offset = 8;
  for (const entries of ifds) {
    starts.push(offset);
    offset += ifdSize(entries);
  }
  const data: Buffer[] = [];
  let dataOffset = offset;
  const directories = ifds.map((entries) => {
    const ifd = Buffer.alloc(ifdSize(entries));
    ifd.writeUInt16LE(entries.length, 0);
    entries.forEach((entry, index) => {
      const at = 2 + index * 12;
      ifd.writeUInt16LE(entry.tag, at);
      ifd.writeUInt16LE(entry.type, at + 2);
      ifd.writeUInt32LE(entry.count, at + 4);
      if (entry.value.length <= 4) {
        entry.value.copy(ifd, at + 8);
      } else {
        ifd.writeUInt32LE(dataOffset, at + 8);
        const padded = Buffer.concat([entry.value, Buffer.alloc(entry.value.length % 2)]);
        data.push(padded);
        dataOffset += padded.length;
      }
    });
    return ifd;
  });
  return Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), ...directories, ...data]);
}

/** EXIF as a phone writes it: camera, time taken and a GPS position (Almaty's Republic Square). */
export function exifWithGps(): Buffer {
  const ifd0Entries = 4;
  const exifStart = 8 + 2 + ifd0Entries * 12 + 4;
  const exifEntries = [ascii(0x9003, '2022:01:05 14:32:10'), ascii(0x9011, '+06:00')];
  const gpsStart = exifStart + ifdSize(exifEntries);
  const ifd0 = [
    ascii(0x010f, 'Canon'),
    ascii(0x0110, 'Canon EOS 80D'),
    long(0x8769, exifStart),
    long(0x8825, gpsStart),
  ];
  const gps = [
    ascii(0x0001, 'N'),
    rationals(0x0002, [
      [43, 1],
      [14, 1],
      [3600, 100],
    ]),
    ascii(0x0003, 'E'),
    rationals(0x0004, [
      [76, 1],
      [56, 1],
      [4200, 100],
    ]),
  ];
  return tiff([ifd0, exifEntries, gps]);
}

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="43,14.6N" exif:GPSLongitude="76,56.7E"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Witness Name</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`;

function jpegSegment(marker: number, payload: Buffer): Buffer {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/**
 * A JPEG as a phone leaves it: EXIF with GPS, XMP naming the photographer, IPTC, a comment, and a
 * preview appended after the end marker. `plain` is a JPEG from pdftoppm (SOI, JFIF, tables, scan).
 */
export function jpegWithMetadata(plain: Buffer): Buffer {
  const [jfif] = readJpegSegments(plain);
  const afterJfif = 2 + (jfif?.bytes.length ?? 0);
  return Buffer.concat([
    plain.subarray(0, afterJfif),
    jpegSegment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), exifWithGps()])),
    jpegSegment(0xe1, Buffer.from(`http://ns.adobe.com/xap/1.0/\0${XMP}`, 'utf8')),
    jpegSegment(
      0xed,
      Buffer.from('Photoshop 3.0\x008BIM\x04\x04\0\0\0\0\0\x0e\x1c\x02\x50\0\x0aWitness Name', 'latin1'),
    ),
    jpegSegment(0xfe, Buffer.from('Taken by the witness at her home', 'utf8')),
    plain.subarray(afterJfif),
    Buffer.from('appended preview with its own EXIF', 'latin1'),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let crc = index;
  for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

/** CRC-32 as PNG uses it (Node 20's zlib has no crc32 yet). */
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const chunk = Buffer.alloc(body.length + 8);
  chunk.writeUInt32BE(data.length, 0);
  body.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(body), body.length + 4);
  return chunk;
}

/** A PNG with eXIf (GPS), tEXt, iTXt (XMP), zTXt and tIME chunks after IHDR. */
export function pngWithMetadata(plain: Buffer): Buffer {
  const [header] = readPngChunks(plain);
  const afterHeader = 8 + (header?.bytes.length ?? 0);
  const time = Buffer.from([0x07, 0xe6, 1, 5, 14, 32, 10]);
  return Buffer.concat([
    plain.subarray(0, afterHeader),
    pngChunk('eXIf', exifWithGps()),
    pngChunk('tEXt', Buffer.from('Author\0Witness Name', 'latin1')),
    pngChunk('iTXt', Buffer.from(`XML:com.adobe.xmp\0\0\0\0\0${XMP}`, 'utf8')),
    pngChunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0', 'latin1'), deflateSync('Taken at her home')])),
    pngChunk('tIME', time),
    plain.subarray(afterHeader),
  ]);
}

/** The concatenated bytes of all chunks of a type (IDAT: the compressed pixels). */
export function pngChunkData(png: Buffer, type: string): Buffer {
  return Buffer.concat(
    readPngChunks(png)
      .filter((chunk) => chunk.type === type)
      .map((chunk) => chunk.bytes),
  );
}

/** Everything a JPEG decoder reads to make pixels: tables, frame header, scan headers and data. */
export function jpegCodingData(jpeg: Buffer): Buffer {
  return Buffer.concat(
    readJpegSegments(jpeg)
      .filter((segment) => segment.marker < 0xe0 || (segment.marker > 0xef && segment.marker !== 0xfe))
      .flatMap((segment) => (segment.scan ? [segment.bytes, segment.scan] : [segment.bytes])),
  );
}
