import exifr from 'exifr';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, ocrAvailable } from './extract.ts';
import { imageOnlyPdf, ocrToolsPresent, pdfWithPages, rasterTop } from './fixtures.test-helper.ts';
import { pngWithMetadata } from './image-fixtures.test-helper.ts';

const RUSSIAN = 'Суд приговорил журналиста к семи годам лишения свободы\nза публикации о событиях в январе';
const KAZAKH = 'Құқық қорғаушылар әділет министрлігіне\nөтініш берді';
const DPI = 200;
const present = await ocrToolsPresent();

/** Share of the expected words (four letters or more) that OCR recovered, ignoring case. */
function recall(expected: string, actual: string): number {
  const words = expected.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  const found = new Set(actual.toLowerCase().match(/\p{L}+/gu) ?? []);
  return words.filter((word) => found.has(word)).length / words.length;
}

describe.skipIf(!present)('OCR', () => {
  let scannedPdf: Buffer;

  beforeAll(async () => {
    // A scanner's output: the printed page as a grey JPEG inside a PDF with no text layer.
    const jpeg = await rasterTop(await pdfWithPages([RUSSIAN], {}, 20), 'jpeg', 120, DPI);
    scannedPdf = imageOnlyPdf(jpeg, DPI);
  });

  it('lists the installed languages', async () => {
    const status = await ocrAvailable();
    expect(status.available).toBe(true);
    expect(status.languages).toEqual(expect.arrayContaining(['rus', 'kaz', 'eng']));
    expect(status.languages).not.toContain('osd');
  });

  it('recovers the Russian text of a scanned PDF page', async () => {
    const result = await extractDocument(scannedPdf, 'scan.pdf', {
      ocr: { languages: ['rus', 'kaz', 'eng'] },
    });
    expect(result.pages).toHaveLength(1);
    expect(result.pages[0]?.ocr).toBe(true);
    expect(recall(RUSSIAN, result.pages[0]?.text ?? '')).toBeGreaterThanOrEqual(0.8);
    expect(result.language).toBe('ru');
    expect(result.needsOcr).toBe(false);
    expect(result.metadata.scannedPages).toBe(1);
  });

  it('marks the scanned page as needing OCR when OCR is off or has none of the languages', async () => {
    for (const ocr of [false as const, { languages: ['klingon'] }]) {
      const result = await extractDocument(scannedPdf, 'scan.pdf', { ocr });
      expect(result.pages).toEqual([{ number: 1, text: '', ocr: false }]);
      expect(result.needsOcr).toBe(true);
      expect(result.language).toBeNull();
    }
  });

  it('reads Kazakh letters from an image, OCRing the working copy', async () => {
    const png = pngWithMetadata(await rasterTop(await pdfWithPages([KAZAKH], {}, 20), 'png', 100, DPI));
    const result = await extractDocument(png, 'photo.png', { ocr: { languages: ['kaz', 'rus'] } });
    expect(result.kind).toBe('image');
    expect(result.pages[0]?.ocr).toBe(true);
    expect(recall(KAZAKH, result.pages[0]?.text ?? '')).toBeGreaterThanOrEqual(0.8);
    expect(result.needsOcr).toBe(false);
    expect(await exifr.gps(result.workingCopy ?? Buffer.alloc(0))).toBeUndefined();
  });

  it('stops when the batch is interrupted, with the abort reason rather than a file error', async () => {
    const controller = new AbortController();
    const running = extractDocument(scannedPdf, 'scan.pdf', {
      ocr: { languages: ['rus'] },
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    await expect(
      extractDocument(scannedPdf, 'scan.pdf', { ocr: { languages: ['rus'] }, signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
