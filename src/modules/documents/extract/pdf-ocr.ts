import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtractedPage, ExtractOptions } from './extract-types.ts';
import { openOcr, rasterizePdfPage, withTempDir } from './ocr.ts';

const letterCount = (text: string): number => text.replace(/[^\p{L}\p{N}]/gu, '').length;

/**
 * OCRs the scanned pages in place (rasterised one at a time with pdftoppm, so a 500-page scan never
 * sits on disk at once) and returns how many could not be OCR'd: all of them when OCR is off or
 * unavailable, or those where pdftoppm or tesseract failed. An abort is rethrown, not counted.
 */
export async function ocrScannedPages(
  bytes: Buffer,
  pages: ExtractedPage[],
  scanned: readonly number[],
  options: ExtractOptions,
): Promise<number> {
  const engine = await openOcr(options.ocr === false ? false : options.ocr.languages);
  if (!engine) return scanned.length;
  const { signal } = options;
  return withTempDir(async (directory) => {
    const pdfPath = join(directory, 'input.pdf');
    await writeFile(pdfPath, bytes);
    let failed = 0;
    for (const number of scanned) {
      signal?.throwIfAborted();
      const page = pages[number - 1];
      if (!page) continue;
      const prefix = join(directory, `page-${number}`);
      try {
        const text = await engine.recognize(await rasterizePdfPage(pdfPath, number, prefix, signal), signal);
        // Keep a short text layer (a stamped page number) unless OCR found more.
        if (letterCount(text) > letterCount(page.text)) pages[number - 1] = { number, text, ocr: true };
      } catch (error) {
        signal?.throwIfAborted();
        if (isMissingProgram(error)) return scanned.length;
        failed++;
      } finally {
        await rm(`${prefix}.png`, { force: true });
      }
    }
    return failed;
  });
}

function isMissingProgram(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
