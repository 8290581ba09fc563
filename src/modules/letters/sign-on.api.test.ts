import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { shareBriefingRecordsWith } from '../../../test/support/share-demo.ts';
import { buildSignedInApp, type SignedInApp } from '../../../test/support/signed-in-app.ts';
import { operator } from '../../core/context.ts';
import { loadDemoDataset } from '../../demo/load-demo.ts';
import { ENGAGEMENT } from '../../demo/refs.ts';
import { createOrg } from '../access/user.operations.ts';

interface LetterBody {
  id: string;
  version: number;
  status: string;
  markdown: string;
  currentVersion: number;
  finalSha256: string | null;
  standings: Array<{ orgName: string; standing: string }>;
}

describeEachDialect('a letter through sign-on, over HTTP', (db) => {
  let signedIn: SignedInApp;
  let now = new Date('2026-12-01T09:00:00Z');
  let visit = '';
  let partners: { one: string; two: string; other: string };
  beforeEach(async () => {
    const database = db();
    now = new Date('2026-12-01T09:00:00Z');
    signedIn = await buildSignedInApp({ database, clock: () => now });
    const ctx = { actor: operator, db: database.db, dialect: database.dialect, clock: () => now };
    await loadDemoDataset(ctx);
    visit = (
      await database.db
        .selectFrom('engagements')
        .select('id')
        .where('ref', '=', ENGAGEMENT.secretaryOfStateVisit)
        .executeTakeFirstOrThrow()
    ).id;
    partners = {
      one: (await createOrg(ctx, { name: 'Partner One' })).id,
      two: (await createOrg(ctx, { name: 'Partner Two' })).id,
      other: (await createOrg(ctx, { name: 'Not Drafted For' })).id,
    };
    // The coalition shares the demo with both partners, so the letter drafted for them has content.
    for (const org of [partners.one, partners.two]) await shareBriefingRecordsWith(database.db, org);
  });
  afterEach(async () => {
    await signedIn.app.close();
  });

  const call = async (method: 'GET' | 'POST', url: string, payload?: unknown, anonymous = false) =>
    signedIn.app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
      ...(anonymous ? { headers: { authorization: '' } } : {}),
    });

  it('keeps every version, collects signatures through links, asks again after a change, and freezes the final text', async () => {
    const created = await call('POST', '/api/letters', {
      engagementId: visit,
      asOf: '2023-02-27',
      audience: 'partner',
      recipientOrgIds: [partners.one, partners.two],
    });
    expect(created.statusCode, created.body).toBe(201);
    let letter = created.json<LetterBody>();
    expect(letter).toMatchObject({ status: 'draft', version: 1, currentVersion: 1 });
    expect(letter.markdown).toContain('*Signatories are added as organizations sign on.*');

    // Not to an organization the letter was not drafted for: it could show what they may not see.
    const outside = await call('POST', `/api/letters/${letter.id}/circulate`, {
      version: 1,
      orgIds: [partners.one, partners.other],
      deadline: '2026-12-05',
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path)).toEqual([
      'orgIds.1',
    ]);

    const circulated = await call('POST', `/api/letters/${letter.id}/circulate`, {
      version: 1,
      orgIds: [partners.one, partners.two],
      deadline: '2026-12-05',
    });
    expect(circulated.statusCode, circulated.body).toBe(200);
    const { links } = circulated.json<{ links: Array<{ orgName: string; token: string }> }>();
    const link = (name: string) => `/api/sign-on/${links.find((l) => l.orgName === name)?.token}`;

    const view = await call('GET', link('Partner One'), undefined, true);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({
      orgName: 'Partner One',
      isOpen: true,
      standing: { standing: 'invited' },
    });
    expect(view.json<{ markdown: string }>().markdown).toContain('Dear Antony Blinken,');

    const unnamed = await call('POST', link('Partner One'), { decision: 'signed' }, true);
    expect(unnamed.statusCode).toBe(400);
    expect(
      (
        await call(
          'POST',
          link('Partner One'),
          { decision: 'signed', signatory: 'A. Person', title: 'Director' },
          true,
        )
      ).statusCode,
    ).toBe(200);
    expect(
      (await call('POST', link('Partner Two'), { decision: 'signed-anonymously' }, true)).statusCode,
    ).toBe(200);

    letter = (await call('GET', `/api/letters/${letter.id}`)).json<LetterBody>();
    expect(letter.standings.map((s) => [s.orgName, s.standing])).toEqual([
      ['Partner One', 'signed'],
      ['Partner Two', 'signed-anonymously'],
    ]);

    const edited = await call('POST', `/api/letters/${letter.id}/versions`, {
      version: letter.version,
      markdown: letter.markdown.replace('Dear Antony Blinken,', 'Dear Secretary Blinken,'),
      note: 'Salutation',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    letter = edited.json<LetterBody>();
    expect(letter.currentVersion).toBe(2);
    expect(letter.standings.map((s) => s.standing)).toEqual(['needs-confirmation', 'needs-confirmation']);
    const stale = await call('POST', `/api/letters/${letter.id}/versions`, { version: 1, markdown: 'x' });
    expect(stale.statusCode).toBe(409);

    expect(
      (
        await call(
          'POST',
          link('Partner One'),
          { decision: 'signed', signatory: 'A. Person', title: 'Director' },
          true,
        )
      ).statusCode,
    ).toBe(200);
    expect((await call('POST', link('Partner Two'), { decision: 'withdrawn' }, true)).statusCode).toBe(200);
    expect(
      (await call('POST', link('Partner Two'), { decision: 'signed-anonymously' }, true)).statusCode,
    ).toBe(200);

    letter = (await call('GET', `/api/letters/${letter.id}`)).json<LetterBody>();
    const final = await call('POST', `/api/letters/${letter.id}/finalize`, { version: letter.version });
    expect(final.statusCode, final.body).toBe(200);
    letter = final.json<LetterBody>();
    expect(letter).toMatchObject({ status: 'final', currentVersion: 3 });
    // The standings are those on the version signed, not "to confirm" on the frozen copy of it.
    expect(letter.standings.map((s) => [s.orgName, s.standing])).toEqual([
      ['Partner One', 'signed'],
      ['Partner Two', 'signed-anonymously'],
    ]);
    expect(letter.markdown).toContain('Dear Secretary Blinken,');
    expect(letter.markdown).toContain(
      'Partner One, A. Person, Director  \nand 1 organization that cannot be named for their safety',
    );
    expect(letter.finalSha256).toBe(createHash('sha256').update(letter.markdown, 'utf8').digest('hex'));

    // Final means final: no new version, no decision, not even through a link.
    expect(
      (await call('POST', `/api/letters/${letter.id}/versions`, { version: letter.version, markdown: 'x' }))
        .statusCode,
    ).toBe(409);
    expect((await call('POST', link('Partner One'), { decision: 'withdrawn' }, true)).statusCode).toBe(409);
    const docx = await call('GET', `/api/letters/${letter.id}/export?format=docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');

    const audit = await db()
      .db.selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', letter.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'letter.create',
      'letter.circulate',
      'letter.decide',
      'letter.decide',
      'letter.version',
      'letter.decide',
      'letter.decide',
      'letter.decide',
      'letter.finalize',
      'letter.export',
    ]);
  });

  it('closes a link at the end of its deadline, and hides letters from those they are not for', async () => {
    const letter = (
      await call('POST', '/api/letters', {
        engagementId: visit,
        audience: 'partner',
        recipientOrgIds: [partners.one],
      })
    ).json<LetterBody>();
    const { links } = (
      await call('POST', `/api/letters/${letter.id}/circulate`, {
        version: 1,
        orgIds: [partners.one],
        deadline: '2026-12-02',
      })
    ).json<{ links: Array<{ token: string }> }>();
    const url = `/api/sign-on/${links[0]?.token}`;
    now = new Date('2026-12-02T23:59:00Z');
    expect((await call('GET', url, undefined, true)).statusCode).toBe(200);
    now = new Date('2026-12-03T00:00:01Z');
    expect((await call('GET', url, undefined, true)).statusCode).toBe(404);
    expect((await call('GET', '/api/sign-on/not-a-token', undefined, true)).statusCode).toBe(404);
    expect((await call('GET', `/api/letters/${letter.id}`, undefined, true)).statusCode).toBe(401);
  });
});
