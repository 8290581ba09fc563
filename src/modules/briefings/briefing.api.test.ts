import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildSignedInApp, type SignedInApp } from '../../../test/support/signed-in-app.ts';
import { operator } from '../../core/context.ts';
import { loadDemoDataset } from '../../demo/load-demo.ts';
import { ENGAGEMENT } from '../../demo/refs.ts';

describeEachDialect('briefings and letters over HTTP', (db) => {
  let signedIn: SignedInApp;
  let visit = '';
  beforeEach(async () => {
    const database = db();
    signedIn = await buildSignedInApp({ database });
    const ctx = { actor: operator, db: database.db, dialect: database.dialect, clock: () => new Date() };
    await loadDemoDataset(ctx);
    const row = await database.db
      .selectFrom('engagements')
      .select('id')
      .where('ref', '=', ENGAGEMENT.secretaryOfStateVisit)
      .executeTakeFirstOrThrow();
    visit = row.id;
  });
  afterEach(async () => {
    await signedIn.app.close();
  });

  it('answers a letter as a file in the format asked for, and audits who drafted it for whom', async () => {
    const { app } = signedIn;
    const html = await app.inject({
      method: 'POST',
      url: '/api/letters/draft',
      payload: { engagementId: visit, asOf: '2023-02-27', format: 'html' },
    });
    expect(html.statusCode, html.body).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-disposition']).toBe('attachment; filename="letter-2023-02-27.html"');
    expect(html.body).toContain('Dear Antony Blinken,');

    const preview = await app.inject({
      method: 'POST',
      url: '/api/letters/preview',
      payload: { engagementId: visit, asOf: '2023-02-27', language: 'ru' },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json<{ markdown: string }>().markdown).toContain('Уважаемый Antony Blinken!');

    const audit = await db()
      .db.selectFrom('audit_log')
      .select(['action', 'target_id', 'detail'])
      .where('action', '=', 'letter.generate')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.target_id).toBe(visit);
  });

  it('previews a briefing’s facts, and refuses a bad request with problem+json naming the fields', async () => {
    const { app } = signedIn;
    const preview = await app.inject({
      method: 'POST',
      url: '/api/briefings/preview',
      payload: { engagementId: visit, asOf: '2023-02-27' },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json<{ briefing: { countries: Array<{ country: string }> }; markdown: string }>();
    expect(body.briefing.countries.map((c) => c.country)).toEqual(['KZ', 'UZ']);
    expect(body.markdown).toContain('### Talking points');

    const bad = await app.inject({ method: 'POST', url: '/api/briefings', payload: { format: 'odt' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const paths = bad.json<{ errors: Array<{ path: string }> }>().errors.map((e) => e.path);
    expect(paths).toContain('format');
  });
});
