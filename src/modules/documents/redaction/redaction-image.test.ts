import { describe, expect, it } from 'vitest';
import { gradient, pixelAt, readPng } from './redaction-fixtures.test-helper.ts';
import { blackOut, encodePng, type Pixels, pixelBox, upright } from './redaction-image.ts';

/** A 3×2 image whose pixels are numbered 0–5 in their red channel, row by row. */
function numbered(): Pixels {
  const data = Buffer.alloc(3 * 2 * 4);
  for (let n = 0; n < 6; n++) data.set([n, 0, 0, 255], n * 4);
  return { width: 3, height: 2, data };
}
const reds = (image: Pixels) =>
  Array.from({ length: image.width * image.height }, (_, n) => image.data[n * 4]);

describe('redacting pixels', () => {
  it('turns the image upright for each EXIF orientation', () => {
    // Stored:  0 1 2 / 3 4 5. Each expectation is the image as a viewer shows it.
    expect(reds(upright(numbered(), 1))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(reds(upright(numbered(), 2))).toEqual([2, 1, 0, 5, 4, 3]);
    expect(reds(upright(numbered(), 3))).toEqual([5, 4, 3, 2, 1, 0]);
    expect(reds(upright(numbered(), 4))).toEqual([3, 4, 5, 0, 1, 2]);
    expect(reds(upright(numbered(), 5))).toEqual([0, 3, 1, 4, 2, 5]);
    expect(reds(upright(numbered(), 6))).toEqual([3, 0, 4, 1, 5, 2]);
    expect(reds(upright(numbered(), 7))).toEqual([5, 2, 4, 1, 3, 0]);
    expect(reds(upright(numbered(), 8))).toEqual([2, 5, 1, 4, 0, 3]);
    expect(upright(numbered(), 6)).toMatchObject({ width: 2, height: 3 });
    expect(reds(upright(numbered(), 9))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('rounds a region outwards to whole pixels, and paints at least one', () => {
    expect(pixelBox({ width: 10, height: 10 }, { x: 0.15, y: 0.5, width: 0.2, height: 0.5 })).toEqual({
      left: 1,
      top: 5,
      right: 4,
      bottom: 10,
    });
    expect(pixelBox({ width: 10, height: 10 }, { x: 0.5, y: 0.5, width: 1e-6, height: 1e-6 })).toEqual({
      left: 5,
      top: 5,
      right: 6,
      bottom: 6,
    });
  });

  it('paints the region black and leaves every other pixel as it was, through PNG and back', () => {
    const image = gradient(40, 20);
    const before = Buffer.from(image.data);
    blackOut(image, [{ x: 0.25, y: 0.5, width: 0.5, height: 0.5 }]);
    const back = readPng(encodePng(image));
    for (let y = 0; y < 20; y++) {
      for (let x = 0; x < 40; x++) {
        const inside = x >= 10 && x < 30 && y >= 10;
        const was = [...before.subarray((y * 40 + x) * 4, (y * 40 + x) * 4 + 4)];
        expect(pixelAt(back, x, y)).toEqual(inside ? [0, 0, 0, 255] : was);
      }
    }
  });

  it('keeps transparency and greys as they are', () => {
    const image = numbered();
    image.data[3] = 0; // the first pixel transparent
    expect(pixelAt(readPng(encodePng(image)), 0, 0)).toEqual([0, 0, 0, 0]);
    const grey: Pixels = { width: 2, height: 1, data: Buffer.from([9, 9, 9, 255, 200, 200, 200, 255]) };
    expect(readPng(encodePng(grey)).data).toEqual(grey.data);
  });
});
