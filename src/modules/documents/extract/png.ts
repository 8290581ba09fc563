import { ExtractionError } from './extract-types.ts';
import type { StrippedImage } from './jpeg.ts';

export interface PngChunk {
  type: string;
  /** The whole chunk: length, type, data and CRC. */
  bytes: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Ancillary chunks that only say how to show the pixels (colour, transparency, density, animation).
 * Every other ancillary chunk is dropped: eXIf, tEXt, iTXt, zTXt and tIME by name, and unknown
 * private ones (C2PA manifests, editor data) because they may carry anything.
 */
const SAFE_ANCILLARY = new Set([
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'cICP',
  'mDCv',
  'cLLi',
  'sBIT',
  'bKGD',
  'pHYs',
  'hIST',
  'sPLT',
  'acTL',
  'fcTL',
  'fdAT',
]);

const malformed = (detail: string) =>
  new ExtractionError('malformed', `The PNG image is damaged: ${detail}.`);

/** The chunks from IHDR to IEND; bytes after IEND are not read. */
export function readPngChunks(bytes: Buffer): PngChunk[] {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw malformed('it does not start with the PNG signature');
  const chunks: PngChunk[] = [];
  let offset = 8;
  for (;;) {
    if (offset + 12 > bytes.length) throw malformed('it ends before its IEND chunk');
    const end = offset + 12 + bytes.readUInt32BE(offset);
    if (end > bytes.length) throw malformed('a chunk is cut off');
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (!/^[A-Za-z]{4}$/.test(type)) throw malformed(`byte ${offset} does not start a chunk`);
    chunks.push({ type, bytes: bytes.subarray(offset, end) });
    offset = end;
    if (type === 'IEND') return chunks;
  }
}

/** A chunk is critical when the first letter of its type is upper case; decoders need those. */
const isCritical = (type: string) => type[0] === type[0]?.toUpperCase();

/** The same PNG without text, EXIF or time chunks; IDAT is copied byte for byte. */
export function stripPng(bytes: Buffer): StrippedImage {
  const chunks = readPngChunks(bytes);
  const header = chunks[0];
  if (header?.type !== 'IHDR' || header.bytes.length < 20) throw malformed('it does not begin with IHDR');
  if (!chunks.some((chunk) => chunk.type === 'IDAT')) throw malformed('it has no image data');
  const kept = chunks.filter((chunk) => isCritical(chunk.type) || SAFE_ANCILLARY.has(chunk.type));
  return {
    copy: Buffer.concat([SIGNATURE, ...kept.map((chunk) => chunk.bytes)]),
    width: header.bytes.readUInt32BE(8),
    height: header.bytes.readUInt32BE(12),
  };
}
