import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract.ts';
import { garbage, pdfWithPages, rejection } from './fixtures.test-helper.ts';

const KAZAKH =
  'Әділет министрлігі қоғамдық бірлестіктерді тіркеуден бас тартты. Құқық қорғаушылар үкімет ' +
  'өкілдерімен кездесіп, саяси тұтқындарды босатуды талап етті. Һәм жиһаз, ғылым, ұлт, өмір, таңба, іс.';
const KAZAKH_LETTERS = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'Ә', 'Қ', 'Һ'];
const PAGES = [
  KAZAKH,
  `Janbolat Mamai — Жанболат Мамай. ${KAZAKH}`,
  'Приложение: перечень источников. Appendix: list of sources.',
];

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();
const OFF = { ocr: false } as const;

describe('PDF extraction', () => {
  it('gives born-digital text per page with Kazakh letters intact, metadata and language', async () => {
    const result = await extractDocument(await pdfWithPages(PAGES), 'report.pdf', OFF);
    expect(result.kind).toBe('pdf');
    expect(result.mediaType).toBe('application/pdf');
    expect(result.pages.map((page) => folded(page.text))).toEqual(PAGES.map(folded));
    expect(result.pages.map((page) => [page.number, page.ocr])).toEqual([
      [1, false],
      [2, false],
      [3, false],
    ]);
    for (const letter of KAZAKH_LETTERS) expect(result.pages[0]?.text).toContain(letter);
    expect(result.language).toBe('kk');
    expect(result.needsOcr).toBe(false);
    expect(result.workingCopy).toBeNull();
    expect(result.metadata).toMatchObject({
      title: 'Extraction test',
      author: 'Docket tests',
      createdOn: '2024-03-12T09:30:00.000Z',
      pageCount: 3,
      encrypted: false,
    });
  });

  it('puts a newline where the line changes and a space between words on a line', async () => {
    const lines = ['Первая строка показаний', 'Second line of the statement', 'Үшінші жол'];
    const result = await extractDocument(await pdfWithPages([lines.join('\n')]), 'lines.pdf', OFF);
    expect(result.pages[0]?.text).toBe(lines.join('\n'));
  });

  it('does not take a blank page for a scan', async () => {
    const result = await extractDocument(
      await pdfWithPages(['Text on the first page.', ' ']),
      'blank.pdf',
      OFF,
    );
    expect(result.pages[1]).toEqual({ number: 2, text: '', ocr: false });
    expect(result.needsOcr).toBe(false);
  });

  it('refuses a password-protected PDF and opens one with only an owner password', async () => {
    const locked = await pdfWithPages(['secret'], { userPassword: 'open sesame', ownerPassword: 'owner' });
    expect((await rejection(extractDocument(locked, 'locked.pdf', OFF))).code).toBe('encrypted');
    const restricted = await pdfWithPages(['Copy me if you can.'], { ownerPassword: 'owner' });
    const result = await extractDocument(restricted, 'restricted.pdf', OFF);
    expect(result.pages[0]?.text).toBe('Copy me if you can.');
    expect(result.metadata.encrypted).toBe(true);
  });

  it('calls a truncated PDF, garbage or an HTML page named .pdf malformed', async () => {
    const pdf = await pdfWithPages(PAGES);
    const truncated = await rejection(extractDocument(pdf.subarray(0, pdf.length / 2), 'cut.pdf', OFF));
    expect(truncated.code).toBe('malformed');
    expect(truncated.message).toMatch(/truncated/);
    const noise = await rejection(extractDocument(garbage(), 'noise.pdf', OFF));
    expect(noise.code).toBe('malformed');
    expect(noise.message).toMatch(/named \.pdf/);
    const page = Buffer.from('<!DOCTYPE html><html><body>404 Not Found</body></html>');
    const errorPage = await rejection(extractDocument(page, 'download.pdf', OFF));
    expect(errorPage.code).toBe('malformed');
    expect(errorPage.message).toMatch(/HTML page/);
  });

  it('calls a PDF header over garbage malformed, not a crash', async () => {
    const fake = Buffer.concat([Buffer.from('%PDF-1.7\n'), garbage(2000), Buffer.from('\n%%EOF\n')]);
    expect((await rejection(extractDocument(fake, 'fake.pdf', OFF))).code).toBe('malformed');
  });
});
