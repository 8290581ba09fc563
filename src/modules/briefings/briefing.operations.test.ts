import { readdir, readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import type { OperationContext } from '../../core/context.ts';
import { loadDemoDataset } from '../../demo/load-demo.ts';
import { ASK, ENGAGEMENT, PERSON } from '../../demo/refs.ts';
import { createOrg } from '../access/user.operations.ts';
import { askKind, updateAsk } from '../asks/ask.operations.ts';
import { createCase } from '../cases/case.operations.ts';
import { draftLetter } from '../letters/letter.operations.ts';
import { BUILT_IN_TEMPLATES_DIR } from '../letters/letter-template.ts';
import { createPerson, getPerson, updatePerson } from '../persons/person.operations.ts';
import { briefingMarkdown } from './briefing.markdown.ts';
import { buildBriefing } from './briefing.operations.ts';

const TODAY = new Date('2026-12-01T09:00:00Z');

async function idOf(ctx: OperationContext, table: 'engagements' | 'asks' | 'persons', ref: string) {
  const row = await ctx.db.selectFrom(table).select('id').where('ref', '=', ref).executeTakeFirstOrThrow();
  return row.id;
}

/** The paragraph of a letter that begins with `start`, and the paragraphs after it up to the next country. */
function section(markdown: string, start: string, end: string): string {
  const from = markdown.indexOf(start);
  const to = markdown.indexOf(end, from + 1);
  expect(from, `a paragraph starting "${start}"`).toBeGreaterThanOrEqual(0);
  return markdown.slice(from, to === -1 ? undefined : to);
}

describeEachDialect('briefings and letters from the demo', (db) => {
  const loaded = async () => {
    const ctx = db().context({ clock: () => TODAY });
    await loadDemoDataset(ctx);
    return { ctx, visit: await idOf(ctx, 'engagements', ENGAGEMENT.secretaryOfStateVisit) };
  };

  it('drafts the 2023 letter as of 27 February 2023 in the shape of the original', async () => {
    const { ctx, visit } = await loaded();
    const { markdown } = await draftLetter(ctx, { engagementId: visit, asOf: '2023-02-27' });
    expect(markdown.startsWith('Antony Blinken  \n')).toBe(true);
    expect(markdown).toContain('Dear Antony Blinken,');
    const kz = section(markdown, 'In Kazakhstan,', 'In Uzbekistan,');
    expect(kz).toContain('accountability for abuses committed during the January 2022 Events');
    expect(kz).toMatch(/deaths: 238\[\^\d+\] \(also reported: 225/);
    expect(kz).toContain('release Zhanbolat Mamay');
    expect(kz).toContain('first detained 25 February 2022');
    const uz = section(markdown, 'In Uzbekistan,', 'More broadly');
    expect(uz).toMatch(
      /Journalists and bloggers in prison: 0 \(2020\)\[\^\d+\]; at least 18 \(February 2023\)/,
    );
    expect(uz).toMatch(/Otabek Sattoriy: imprisoned as of 27 February 2023/);
    expect(uz).toMatch(/The UN WGAD found the detention arbitrary\[\^\d+\]/);
    expect(uz).toContain('roll back the intrusive NGO rules');
    // Nothing after the day: no sentence of Mamay's, no release of Sattoriy's.
    expect(markdown).not.toMatch(/suspended|5 February 2024/);
    // Every footnote used is defined, numbered in order of first use.
    const used = [...new Set([...markdown.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1])))];
    expect(used).toEqual(used.map((_, i) => i + 1));
    for (const n of used) expect(markdown).toMatch(new RegExp(`^\\[\\^${n}\\]: .+`, 'm'));
  });

  it('reflects what happened since when drafted as of today: Mamay’s sentence, Sattoriy’s release', async () => {
    const { ctx, visit } = await loaded();
    const { markdown } = await draftLetter(ctx, { engagementId: visit });
    expect(markdown).toMatch(/Zhanbolat Mamay[^\n]*sentence: suspended sentence/);
    expect(markdown).toMatch(
      /Otabek Sattoriy: correctional labour as of [^\n]*deprived of liberty until 5 February 2024/,
    );
  });

  it('derives talking points by rule and lists cases with their status as of the day', async () => {
    const { ctx, visit } = await loaded();
    const briefing = await buildBriefing(ctx, { engagementId: visit, asOf: '2023-02-27' });
    const uz = briefing.countries.find((c) => c.country === 'UZ');
    const rules = uz?.talkingPoints.map((p) => [p.rule, 'victimName' in p ? p.victimName : null]);
    expect(rules).toContainEqual(['open-ask-in-custody', 'Otabek Sattoriy']);
    expect(rules).toContainEqual(['un-finding-unremedied', 'Otabek Sattoriy']);
    // One point per person, however many asks name them.
    expect(
      rules?.filter(([rule, name]) => rule === 'open-ask-in-custody' && name === 'Otabek Sattoriy'),
    ).toHaveLength(1);
    const kz = briefing.countries.find((c) => c.country === 'KZ');
    expect(kz?.talkingPoints.map((p) => p.rule)).toContain('figure-disputed');
    const markdown = briefingMarkdown(briefing);
    expect(markdown).toContain('## Uzbekistan');
    expect(markdown).toMatch(/\| Otabek Sattoriy\[\^\d+\](\[\^\d+\])* \| imprisoned \|/);
    expect(markdown).toContain('**As of:** 27 February 2023');
  });

  it('changes the letter when the data changes: no name or figure lives in a template', async () => {
    const files = await readdir(BUILT_IN_TEMPLATES_DIR);
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const text = await readFile(`${BUILT_IN_TEMPLATES_DIR}${file}`, 'utf8');
      for (const demo of [
        'Mamay',
        'Sattoriy',
        'Blinken',
        'Kazakhstan',
        'Uzbekistan',
        'Казахстан',
        '238',
        '18',
        '2022',
        '2023',
      ]) {
        expect(text, `${file} holds "${demo}"`).not.toContain(demo);
      }
    }
    const { ctx, visit } = await loaded();
    const mamay = await getPerson(ctx, await idOf(ctx, 'persons', PERSON.mamay));
    await updatePerson(ctx, mamay.id, {
      version: mamay.version,
      names: [{ text: 'Renamed Person', kind: 'primary' }],
    });
    const { markdown } = await draftLetter(ctx, { engagementId: visit, asOf: '2023-02-27', language: 'ru' });
    expect(markdown).toContain('Renamed Person');
    expect(markdown).not.toContain('Zhanbolat Mamay:');
    expect(markdown).toContain('Уважаемый Antony Blinken!');
  });

  it('shows each audience only what all of its readers may see', async () => {
    const { ctx, visit } = await loaded();
    const partner = await createOrg(ctx, { name: 'Partner reading the letter' });
    const confidential = await createPerson(ctx, {
      names: [{ text: 'SENTINEL-CONFIDENTIAL-NAME', kind: 'primary' }],
      sensitivity: 'confidential',
    });
    const internal = await createPerson(ctx, {
      names: [{ text: 'SENTINEL-INTERNAL-NAME', kind: 'primary' }],
      sensitivity: 'internal',
    });
    const cases = await Promise.all(
      [confidential, internal].map((person) =>
        createCase(ctx, {
          victimId: person.id,
          caseType: 'arbitrary-detention',
          country: 'UZ',
          sensitivity: person.sensitivity,
          timeline: [{ kind: 'arrest', date: '2022-05-01' }],
        }),
      ),
    );
    const askId = await idOf(ctx, 'asks', ASK.releaseSattoriy);
    const [ask] = await askKind.load(ctx.db, [askId]);
    await updateAsk(ctx, askId, {
      version: ask?.version,
      caseIds: [...(ask?.caseIds ?? []), ...cases.map((c) => c.id)],
    });

    const letterFor = async (request: Record<string, unknown>) =>
      (await draftLetter(ctx, { engagementId: visit, asOf: '2023-02-27', ...request })).markdown;
    const asOperator = await letterFor({ audience: 'internal' });
    expect(asOperator).toContain('SENTINEL-INTERNAL-NAME');
    expect(asOperator).not.toContain('SENTINEL-CONFIDENTIAL-NAME');
    const asPartner = await letterFor({ audience: 'partner', recipientOrgIds: [partner.id] });
    expect(asPartner).not.toMatch(/SENTINEL/);
    // Nothing of the demo is shared with the new partner, and nothing of it is published.
    expect(asPartner).not.toContain('Otabek Sattoriy');
    const asPublic = await letterFor({ audience: 'public' });
    expect(asPublic).not.toMatch(/SENTINEL|Otabek Sattoriy/);
  });

  it('refuses a request it cannot draft, naming the field', async () => {
    const { ctx } = await loaded();
    await expect(buildBriefing(ctx, {})).rejects.toMatchObject({
      errors: [{ path: 'countries', message: 'name an engagement or countries' }],
    });
    await expect(buildBriefing(ctx, { countries: ['UZ'], audience: 'partner' })).rejects.toMatchObject({
      errors: [{ path: 'recipientOrgIds' }],
    });
    await expect(
      buildBriefing(ctx, {
        countries: ['UZ'],
        audience: 'partner',
        recipientOrgIds: ['01a00000-0000-7000-8000-000000000000'],
      }),
    ).rejects.toMatchObject({ errors: [{ path: 'recipientOrgIds.0', message: 'is not an organization' }] });
    await expect(draftLetter(ctx, { countries: ['UZ'], template: 'no-such-template' })).rejects.toMatchObject(
      {
        errors: [{ path: 'template' }],
      },
    );
  });
});
