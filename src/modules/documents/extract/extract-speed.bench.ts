/**
 * Informal speed of the extraction library: `npx tsx src/modules/documents/extract/extract-speed.bench.ts`.
 * Prints pages per second of born-digital PDF text (a generated 200-page PDF) and seconds per OCR'd
 * page (full A4 pages of Russian, scanned at 200 dpi, rasterised at 300 dpi for tesseract).
 */
import { cpus } from 'node:os';
import { extractDocument } from './extract.ts';
import { imageOnlyPdf, pdfWithPages, rasterTop } from './fixtures.test-helper.ts';

const PARAGRAPH =
  'Суд Алматы приговорил журналиста к семи годам лишения свободы за публикации о январских событиях. ' +
  'Правозащитники считают приговор политически мотивированным и требуют пересмотра дела. ';

async function textSpeed(pageCount: number): Promise<void> {
  const pdf = await pdfWithPages(
    Array.from({ length: pageCount }, (_, index) => `${index + 1}. ${PARAGRAPH.repeat(12)}`),
  );
  const started = performance.now();
  const result = await extractDocument(pdf, 'long.pdf', { ocr: false });
  const seconds = (performance.now() - started) / 1000;
  const characters = result.pages.reduce((total, page) => total + page.text.length, 0);
  console.log(
    `born-digital PDF: ${pageCount} pages (${(pdf.length / 2 ** 20).toFixed(1)} MiB, ${characters} characters) ` +
      `in ${seconds.toFixed(2)} s = ${(pageCount / seconds).toFixed(0)} pages/s`,
  );
}

async function ocrSpeed(pageCount: number): Promise<void> {
  const page = await pdfWithPages([PARAGRAPH.repeat(14)], {}, 11);
  const scan = imageOnlyPdf(await rasterTop(page, 'jpeg', 842, 200), 200);
  let total = 0;
  for (let index = 0; index < pageCount; index++) {
    const started = performance.now();
    const result = await extractDocument(scan, 'scan.pdf', { ocr: { languages: ['rus', 'kaz', 'eng'] } });
    total += (performance.now() - started) / 1000;
    if (!result.pages[0]?.ocr) throw new Error('the page was not OCR’d');
  }
  console.log(
    `scanned PDF, OCR rus+kaz+eng: ${(total / pageCount).toFixed(2)} s per A4 page (${pageCount} runs)`,
  );
}

console.log(`${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}`);
await textSpeed(200);
await ocrSpeed(3);
