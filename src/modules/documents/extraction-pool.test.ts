import { afterAll, describe, expect, it } from 'vitest';
import { ExtractionError } from './extract/extract.ts';
import { pdfWithPages } from './extract/fixtures.test-helper.ts';
import { ExtractionPool } from './extraction-pool.ts';

describe('extraction on worker threads', () => {
  const pool = new ExtractionPool(2);
  afterAll(() => pool.close());

  it('gives the same result as this thread, side by side, and the same errors', async () => {
    const pdf = await pdfWithPages(['Первая страница: әділет.', 'Second page.']);
    const [fromPdf, fromText] = await Promise.all([
      pool.extract(pdf, 'two-pages.pdf', { ocr: false }),
      pool.extract(Buffer.from('Письмо из колонии.\n'), 'letter.txt', { ocr: false }),
    ]);
    expect(fromPdf.pages.map((page) => page.text)).toEqual(['Первая страница: әділет.', 'Second page.']);
    expect(fromText).toMatchObject({ kind: 'text', language: null });
    const failure = await pool
      .extract(Buffer.alloc(0), 'empty.pdf', { ocr: false })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExtractionError);
    expect(failure).toMatchObject({ code: 'empty' });
  }, 60_000);
});
