import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

/**
 * Regions of an image painted black, in pure JavaScript (no native image library to install).
 * The result is always a fresh PNG of the decoded pixels: only IHDR, IDAT and IEND, so nothing of
 * the source file's metadata can ride along, and the pixels outside the regions are exactly those
 * a decoder reads from the working copy.
 */

/** 8-bit RGBA, row by row from the top left. */
export interface Pixels {
  width: number;
  height: number;
  data: Buffer;
}

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A 48-megapixel phone photo fits; beyond this decoding in JavaScript costs too much memory. */
export const MAX_MEGAPIXELS = 64;

export class ImageRedactionError extends Error {
  override readonly name = 'ImageRedactionError';
}

function decodePng(bytes: Buffer): Pixels {
  // IHDR's size is read before decoding, so a huge image is refused before its pixels are allocated.
  const width = bytes.length >= 24 ? bytes.readUInt32BE(16) : 0;
  const height = bytes.length >= 24 ? bytes.readUInt32BE(20) : 0;
  if (width * height > MAX_MEGAPIXELS * 1e6) {
    throw new ImageRedactionError(`The image is larger than ${MAX_MEGAPIXELS} megapixels.`);
  }
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}

function decodeJpeg(bytes: Buffer): Pixels {
  const image = jpeg.decode(bytes, {
    formatAsRGBA: true,
    maxResolutionInMP: MAX_MEGAPIXELS,
    // Component buffers and the RGBA result of the largest image allowed, with room to spare.
    maxMemoryUsageInMB: 1024,
  });
  return { width: image.width, height: image.height, data: image.data };
}

export function decodeImage(bytes: Buffer, mediaType: string): Pixels {
  try {
    if (mediaType === 'image/png') return decodePng(bytes);
    if (mediaType === 'image/jpeg') return decodeJpeg(bytes);
  } catch (error) {
    if (error instanceof ImageRedactionError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImageRedactionError(`The working copy cannot be decoded: ${reason}`);
  }
  throw new ImageRedactionError(`Images of type ${mediaType} cannot be redacted.`);
}

/**
 * The pixels turned upright by an EXIF orientation (1–8). The working copy has lost its EXIF, so a
 * viewer turns it by `metadata.orientation`; the redacted copy is turned here instead, so it shows
 * as the editor saw it when drawing the regions, in any viewer.
 */
export function upright(image: Pixels, orientation: number): Pixels {
  const { width: w, height: h } = image;
  const swaps = orientation >= 5;
  const width = swaps ? h : w;
  const height = swaps ? w : h;
  // Where the pixel shown at (x, y) is stored, per orientation.
  const source: Record<number, (x: number, y: number) => [number, number]> = {
    2: (x, y) => [w - 1 - x, y],
    3: (x, y) => [w - 1 - x, h - 1 - y],
    4: (x, y) => [x, h - 1 - y],
    5: (x, y) => [y, x],
    6: (x, y) => [y, h - 1 - x],
    7: (x, y) => [w - 1 - y, h - 1 - x],
    8: (x, y) => [w - 1 - y, x],
  };
  const from = source[orientation];
  if (!from) return image; // 1 (already upright), absent or not a valid orientation
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [sx, sy] = from(x, y);
      image.data.copy(data, (y * width + x) * 4, (sy * w + sx) * 4, (sy * w + sx) * 4 + 4);
    }
  }
  return { width, height, data };
}

/**
 * The pixel rectangle a region covers, rounded outwards: a partly covered pixel is painted, since
 * a sliver left in clear can be enough to read a name.
 */
export function pixelBox(image: Pick<Pixels, 'width' | 'height'>, region: Region) {
  const clamp = (value: number, limit: number) => Math.min(Math.max(value, 0), limit);
  const left = clamp(Math.floor(region.x * image.width), image.width);
  const top = clamp(Math.floor(region.y * image.height), image.height);
  const right = clamp(Math.ceil((region.x + region.width) * image.width), image.width);
  const bottom = clamp(Math.ceil((region.y + region.height) * image.height), image.height);
  return { left, top, right: Math.max(right, left + 1), bottom: Math.max(bottom, top + 1) };
}

/** Paints each region opaque black, in place. */
export function blackOut(image: Pixels, regions: readonly Region[]): void {
  const black = Buffer.from([0, 0, 0, 255]);
  for (const region of regions) {
    const box = pixelBox(image, region);
    for (let y = box.top; y < Math.min(box.bottom, image.height); y++) {
      for (let x = box.left; x < Math.min(box.right, image.width); x++) {
        black.copy(image.data, (y * image.width + x) * 4);
      }
    }
  }
}

/**
 * A PNG of the pixels, in the smallest of greyscale, RGB and RGBA that loses nothing (a scanned
 * page is grey; most photos are opaque). Channels are packed here so pngjs stores them as given.
 */
export function encodePng(image: Pixels): Buffer {
  const { data } = image;
  let opaque = true;
  let grey = true;
  for (let at = 0; at < data.length && (opaque || grey); at += 4) {
    if (data[at + 3] !== 255) opaque = false;
    if (data[at] !== data[at + 1] || data[at] !== data[at + 2]) grey = false;
  }
  const channels = !opaque ? 4 : grey ? 1 : 3;
  const colorType = !opaque ? 6 : grey ? 0 : 2;
  let packed = data;
  if (channels < 4) {
    packed = Buffer.alloc(image.width * image.height * channels);
    for (let pixel = 0; pixel < image.width * image.height; pixel++) {
      data.copy(packed, pixel * channels, pixel * 4, pixel * 4 + channels);
    }
  }
  // Sized after construction: given a size, pngjs would allocate a blank RGBA buffer first.
  const png = new PNG();
  png.width = image.width;
  png.height = image.height;
  png.data = packed;
  return PNG.sync.write(png, { colorType, inputColorType: colorType, inputHasAlpha: !opaque });
}
