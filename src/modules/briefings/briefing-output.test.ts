import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { loadDemoDataset } from '../../demo/load-demo.ts';
import { ENGAGEMENT } from '../../demo/refs.ts';
import { generateBriefing, generateLetter } from './briefing-output.ts';

async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  // Lines are separate text items: compare without whitespace, which a line break may have eaten.
  return pages.join('').replace(/\s+/g, '');
}

const squeezed = (text: string) => text.replace(/\s+/g, '');

/** The demo visit's letter and briefing as files, read back the way a recipient's software reads them. */
describeEachDialect('the demo visit’s documents as files', (db) => {
  const visit = async () => {
    const ctx = db().context({ clock: () => new Date('2026-12-01T09:00:00Z') });
    await loadDemoDataset(ctx);
    const { id } = await ctx.db
      .selectFrom('engagements')
      .select('id')
      .where('ref', '=', ENGAGEMENT.secretaryOfStateVisit)
      .executeTakeFirstOrThrow();
    return { ctx, request: { engagementId: id, asOf: '2023-02-27' } };
  };

  it('reads back from DOCX with its text and its sources as Word footnotes', async () => {
    const { ctx, request } = await visit();
    const docx = await generateLetter(ctx, { ...request, format: 'docx' });
    expect(docx.fileName).toBe('letter-2023-02-27.docx');
    const { value: html } = await mammoth.convertToHtml({ buffer: docx.body });
    expect(html).toContain('Dear Antony Blinken,');
    expect(html).toContain('Otabek Sattoriy: imprisoned as of 27 February 2023');
    // mammoth lists Word footnotes at the end, each with its text.
    expect(html).toMatch(
      /<li id="footnote-\d+">.*Central Asia: United States should raise human rights issues/,
    );
    const again = await generateLetter(ctx, { ...request, format: 'docx' });
    expect(again.body.equals(docx.body)).toBe(true);
  });

  it('reads back from PDF, in Russian too, with the briefing’s table of cases', async () => {
    const { ctx, request } = await visit();
    const letter = await pdfText(
      (await generateLetter(ctx, { ...request, language: 'ru', format: 'pdf' })).body,
    );
    expect(letter).toContain(squeezed('Уважаемый Antony Blinken!'));
    expect(letter).toContain('Узбекистан');
    const briefing = await pdfText((await generateBriefing(ctx, { ...request, format: 'pdf' })).body);
    expect(briefing).toContain(squeezed('Talking points'));
    expect(briefing).toContain(squeezed('Dauletmurat Tazhimuratov'));
    expect(briefing).toContain(squeezed('the UN WGAD found the detention arbitrary'));
  });
});
