import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { Pixels } from './redaction-image.ts';

/**
 * Images made in the test: a colour gradient with no black pixel in it, so a black pixel in a
 * redacted copy can only have been painted.
 */
export function gradient(width: number, height: number): Pixels {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      data[at] = 60 + ((x * 7) % 190);
      data[at + 1] = 60 + ((y * 11) % 190);
      data[at + 2] = 60 + (((x + y) * 3) % 190);
      data[at + 3] = 255;
    }
  }
  return { width, height, data };
}

export function pngOf(image: Pixels): Buffer {
  const png = new PNG();
  png.width = image.width;
  png.height = image.height;
  png.data = image.data;
  return PNG.sync.write(png);
}

export function jpegOf(image: Pixels): Buffer {
  return jpeg.encode(image, 92).data;
}

export const readPng = (bytes: Buffer): Pixels => {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
};

export const readJpeg = (bytes: Buffer): Pixels => jpeg.decode(bytes, { formatAsRGBA: true });

/** A JPEG whose EXIF says how to turn it upright (APP1 with one tag: Orientation). */
export function withOrientation(jpegBytes: Buffer, orientation: number): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('II*\0', 0, 'latin1');
  tiff.writeUInt32LE(8, 4); // the first directory follows the header
  tiff.writeUInt16LE(1, 8); // one entry
  tiff.writeUInt16LE(0x0112, 10); // Orientation
  tiff.writeUInt16LE(3, 12); // SHORT
  tiff.writeUInt32LE(1, 14);
  tiff.writeUInt16LE(orientation, 18);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpegBytes.subarray(0, 2), header, payload, jpegBytes.subarray(2)]);
}

/** The RGBA of one pixel, as an array a test can compare. */
export const pixelAt = (image: Pixels, x: number, y: number): number[] => [
  ...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4),
];
