import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { loadDemoDataset } from '../../demo/load-demo.ts';
import { ENGAGEMENT } from '../../demo/refs.ts';
import { expectGolden } from '../../render/golden-files.test-helper.ts';
import { renderDocument } from '../../render/render.ts';
import { draftLetter } from '../letters/letter.operations.ts';
import { briefingMarkdown } from './briefing.markdown.ts';
import { buildBriefing } from './briefing.operations.ts';

/**
 * The briefing and the letter for the demo visit as of 27 February 2023, compared byte for byte
 * with checked-in files (`UPDATE_GOLDEN=1` rewrites them): the same data, day and template must
 * give the same text on either database, and a change to the wording shows as a reviewable diff.
 */
describeEachDialect('the demo visit’s briefing and letter, as of 27 February 2023', (db) => {
  it('match their golden files in Markdown and HTML', async () => {
    const ctx = db().context({ clock: () => new Date('2026-12-01T09:00:00Z') });
    await loadDemoDataset(ctx);
    const { id } = await ctx.db
      .selectFrom('engagements')
      .select('id')
      .where('ref', '=', ENGAGEMENT.secretaryOfStateVisit)
      .executeTakeFirstOrThrow();
    const request = { engagementId: id, asOf: '2023-02-27' };
    const briefing = briefingMarkdown(await buildBriefing(ctx, request));
    expectGolden('demo-briefing-2023-02-27.md', Buffer.from(briefing, 'utf8'));
    const letter = await draftLetter(ctx, request);
    expectGolden('demo-letter-2023-02-27.md', Buffer.from(letter.markdown, 'utf8'));
    const html = await renderDocument(
      letter.markdown,
      { title: letter.title, language: 'en', date: '2023-02-27' },
      'html',
    );
    expectGolden('demo-letter-2023-02-27.html', html);
    expect(html.toString('utf8')).toContain('<html lang="en">');
  });
});
