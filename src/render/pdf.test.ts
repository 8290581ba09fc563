import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it, vi } from 'vitest';
import { readFixture } from './golden-files.test-helper.ts';
import { renderDocument } from './render.ts';

const META = { title: 'Coalition letter', language: 'kk', date: '2024-03-12', author: 'Docket' };

/** Every Kazakh and Uzbek letter beyond Russian's, in both cases, in each font style the PDF embeds. */
const CENTRAL_ASIAN_WORDS = [
  'Әділет',
  'әділет',
  'Ғылым',
  'ғылым',
  'Қоғам',
  'қоғам',
  'Ңң',
  'таңба',
  'Өмір',
  'өмір',
  'Ұлт',
  'ұлт',
  'Үкімет',
  'үкімет',
  'Һәм',
  'һәм',
  'Іс',
  'іс',
  'Ўзбек',
  'ўзбек',
  'Ҳуқуқ',
  'ҳуқуқ',
  'Oʻzbek',
  'oʻzbek',
  'Gʻoya',
  'gʻoya',
];

async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
    );
  }
  await document.destroy();
  return pages.join('\n').replace(/\s+/g, ' ');
}

describe('PDF rendering', () => {
  it('keeps Kazakh and Uzbek letters, Cyrillic and Latin, through copy and search', async () => {
    const line = CENTRAL_ASIAN_WORDS.join(' ');
    const markdown = `# ${line}\n\n${line}\n\n**${line}**\n\n*${line}*\n\n***${line}***\n`;
    const text = await pdfText(await renderDocument(markdown, META, 'pdf'));
    expect(text.split(line).length - 1).toBe(5);
  });

  it('holds the letter’s text, table cells, footnotes and page numbers', async () => {
    const warn = vi.spyOn(console, 'warn');
    const text = await pdfText(await renderDocument(readFixture('sample-letter.md'), META, 'pdf'));
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(text).toContain('Office of the Minister of Justice 1 Example Square Astana 010000');
    expect(text).toContain('Coalition letter: release of detained bloggers');
    for (const cell of [
      'Name',
      'Detained',
      'Status',
      'Блогер А. (fictional)',
      '2022-01-06',
      'in custody',
      'released',
    ]) {
      expect(text).toContain(cell);
    }
    expect(text).toContain('Ескертпелер');
    expect(text).toContain('Demo Partner, Detention monitoring, 2023 (fictional source for this example).');
    expect(text).toContain('Court records summarised by the Demo Partner; see https://example.org/courts.');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toMatch(/1 \/ 2/);
  });

  it('writes the meta date, title, author and language, and the same bytes every time', async () => {
    const first = await renderDocument(readFixture('sample-letter.md'), META, 'pdf');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await renderDocument(readFixture('sample-letter.md'), META, 'pdf');
    expect(second.equals(first)).toBe(true);
    const document = await getDocument({ data: new Uint8Array(first) }).promise;
    const { info } = await document.getMetadata();
    await document.destroy();
    expect(info).toMatchObject({
      Title: 'Coalition letter',
      Author: 'Docket',
      Language: 'kk',
      CreationDate: 'D:20240312000000Z',
      ModDate: 'D:20240312000000Z',
    });
  });
});
