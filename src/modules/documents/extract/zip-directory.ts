import { ExtractionError } from './extract-types.ts';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;

const truncated = (what: string) =>
  new ExtractionError('malformed', `The ${what} is truncated or damaged: its ZIP directory is incomplete.`);

/**
 * The entries of a ZIP's central directory, read before any part is inflated: a truncated download
 * fails here with a clear message, and the declared sizes let the caller refuse a ZIP bomb.
 */
export function readZipDirectory(bytes: Buffer, what: string): ZipEntry[] {
  const end = findEndOfDirectory(bytes);
  if (end < 0) throw truncated(what);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const start = bytes.readUInt32LE(end + 16);
  if (start + size > end) throw truncated(what);
  const entries: ZipEntry[] = [];
  let offset = start;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > end || bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) throw truncated(what);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    entries.push({
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      encrypted: (bytes.readUInt16LE(offset + 8) & 1) === 1,
      compressedSize: bytes.readUInt32LE(offset + 20),
      uncompressedSize: bytes.readUInt32LE(offset + 24),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(bytes: Buffer): number {
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - END_SEARCH); offset--) {
    if (bytes.readUInt32LE(offset) === END_OF_DIRECTORY) return offset;
  }
  return -1;
}
