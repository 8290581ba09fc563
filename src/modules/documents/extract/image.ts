import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtractOptions, FormatResult } from './extract-types.ts';
import { readImageMetadata } from './image-metadata.ts';
import { stripJpeg } from './jpeg.ts';
import { openOcr, withTempDir } from './ocr.ts';
import { stripPng } from './png.ts';

/**
 * A JPEG or PNG: its metadata, a working copy without it, and the OCR'd text of the working copy
 * as one page (a photographed document, a screenshot of a post). The orientation tag goes with the
 * EXIF, so `metadata.orientation` tells a viewer how to turn the working copy upright.
 */
export async function extractImage(
  bytes: Buffer,
  mediaType: string,
  options: ExtractOptions,
): Promise<FormatResult> {
  const png = mediaType === 'image/png';
  const { copy, width, height } = png ? stripPng(bytes) : stripJpeg(bytes);
  const metadata = { width, height, ...(await readImageMetadata(bytes)) };
  const text = await recognize(copy, png ? 'png' : 'jpg', options);
  return {
    pages: [{ number: 1, text: text ?? '', ocr: text !== undefined }],
    needsOcr: text === undefined,
    metadata,
    workingCopy: copy,
  };
}

/** The image's text, or undefined when OCR is off, unavailable or failed on it. */
async function recognize(
  image: Buffer,
  extension: string,
  options: ExtractOptions,
): Promise<string | undefined> {
  const engine = await openOcr(options.ocr === false ? false : options.ocr.languages);
  if (!engine) return undefined;
  try {
    return await withTempDir(async (directory) => {
      // The working copy, not the original, goes to disk: the temporary file never holds a position.
      const path = join(directory, `image.${extension}`);
      await writeFile(path, image);
      return await engine.recognize(path, options.signal);
    });
  } catch {
    options.signal?.throwIfAborted();
    return undefined;
  }
}
