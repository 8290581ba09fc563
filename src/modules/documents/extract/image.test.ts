import exifr from 'exifr';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from './extract.ts';
import { garbage, ocrToolsPresent, pdfWithPages, rasterTop, rejection } from './fixtures.test-helper.ts';
import {
  jpegCodingData,
  jpegWithMetadata,
  pngChunkData,
  pngWithMetadata,
} from './image-fixtures.test-helper.ts';
import { readJpegSegments } from './jpeg.ts';
import { readPngChunks } from './png.ts';

const OFF = { ocr: false } as const;
/** Every tag group exifr can read, so "nothing found" means nothing there. */
const EVERYTHING = {
  tiff: true,
  exif: true,
  gps: true,
  xmp: true,
  iptc: true,
  icc: false,
  jfif: false,
  ihdr: false,
};
const present = await ocrToolsPresent();

/** No coordinate may reach the metadata, under any name: only whether there was one. */
function expectNoCoordinates(metadata: Record<string, unknown>): void {
  const names = Object.keys(metadata).filter((name) => /gps|lat|lon|alt|position|location/i.test(name));
  expect(names).toEqual(['hasGps']);
  expect(JSON.stringify(metadata)).not.toMatch(/43\.2|76\.9|Witness/);
}

describe.skipIf(!present)('image working copies', () => {
  let plainJpeg: Buffer;
  let plainPng: Buffer;

  beforeAll(async () => {
    const page = await pdfWithPages(['Фото'], {}, 20);
    plainJpeg = await rasterTop(page, 'jpeg', 40, 72);
    plainPng = await rasterTop(page, 'png', 40, 72);
  });

  it('strips EXIF, GPS, XMP, IPTC, comments and appended data from a JPEG, keeping the scan bytes', async () => {
    const original = jpegWithMetadata(plainJpeg);
    expect(await exifr.gps(original)).toMatchObject({ latitude: expect.closeTo(43.2433, 3) });
    const result = await extractDocument(original, 'IMG_0001.JPG', OFF);
    expect(result.kind).toBe('image');
    expect(result.mediaType).toBe('image/jpeg');
    const copy = result.workingCopy ?? Buffer.alloc(0);
    expect(await exifr.gps(copy)).toBeUndefined();
    expect(await exifr.parse(copy, EVERYTHING)).toBeUndefined();
    expect(readJpegSegments(copy).map((segment) => segment.marker)).not.toEqual(
      expect.arrayContaining([0xe1, 0xed, 0xfe]),
    );
    expect(copy.includes('Witness')).toBe(false);
    expect(copy.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    expect(jpegCodingData(copy)).toEqual(jpegCodingData(original));
    expect(jpegCodingData(copy)).toEqual(jpegCodingData(plainJpeg));
    expect(result.metadata).toMatchObject({
      camera: 'Canon EOS 80D',
      takenAt: '2022-01-05T14:32:10+06:00',
      hasGps: true,
      width: 595,
      height: 40,
    });
    expectNoCoordinates(result.metadata);
  });

  it('strips eXIf, tEXt, iTXt, zTXt and tIME from a PNG, keeping IHDR and IDAT', async () => {
    const original = pngWithMetadata(plainPng);
    expect(await exifr.gps(original)).toMatchObject({ longitude: expect.closeTo(76.945, 3) });
    const result = await extractDocument(original, 'screenshot.png', OFF);
    const copy = result.workingCopy ?? Buffer.alloc(0);
    expect(await exifr.gps(copy)).toBeUndefined();
    const types = readPngChunks(copy).map((chunk) => chunk.type);
    for (const type of ['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']) expect(types).not.toContain(type);
    expect(copy.includes('Witness')).toBe(false);
    expect(pngChunkData(copy, 'IDAT')).toEqual(pngChunkData(original, 'IDAT'));
    expect(pngChunkData(copy, 'IHDR')).toEqual(pngChunkData(plainPng, 'IHDR'));
    expect(copy).toEqual(plainPng);
    expect(result.metadata).toMatchObject({ camera: 'Canon EOS 80D', hasGps: true, width: 595, height: 40 });
    expectNoCoordinates(result.metadata);
  });

  it('says an image without metadata has no GPS, and still needs OCR when OCR is off', async () => {
    const result = await extractDocument(plainJpeg, 'plain.jpg', OFF);
    expect(result.metadata.hasGps).toBe(false);
    expect(result.pages).toEqual([{ number: 1, text: '', ocr: false }]);
    expect(result.needsOcr).toBe(true);
    expect(result.language).toBeNull();
  });

  it('calls truncated JPEG and PNG files and garbage named .jpg malformed', async () => {
    const jpeg = jpegWithMetadata(plainJpeg);
    const cutJpeg = await rejection(extractDocument(jpeg.subarray(0, jpeg.length - 200), 'cut.jpg', OFF));
    expect(cutJpeg.code).toBe('malformed');
    expect(cutJpeg.message).toMatch(/JPEG/);
    const png = pngWithMetadata(plainPng);
    const cutPng = await rejection(extractDocument(png.subarray(0, png.length - 20), 'cut.png', OFF));
    expect(cutPng.code).toBe('malformed');
    expect(cutPng.message).toMatch(/PNG/);
    expect((await rejection(extractDocument(garbage(), 'photo.jpg', OFF))).code).toBe('malformed');
  });
});
