import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildPersonInput } from '../../../test/support/factories.ts';
import * as http from '../../../test/support/http.ts';
import { buildSignedInApp } from '../../../test/support/signed-in-app.ts';

describeEachDialect('the audit log over HTTP', (db) => {
  let app: FastifyInstance;
  let userId: string;

  beforeEach(async () => {
    ({ app, userId } = await buildSignedInApp({ database: db() }));
  });
  afterEach(async () => {
    await app.close();
  });

  it('lets an administrator browse, filter, export and verify it', async () => {
    const created = await app.inject(
      http.post('/api/persons', buildPersonInput({ whereabouts: 'Safe house 9' })),
    );
    const person = created.json<{ id: string }>();
    await app.inject(http.get(`/api/persons/${person.id}`));

    const page = await app.inject(http.get(`/api/admin/audit?targetId=${person.id}`));
    expect(page.statusCode, page.body).toBe(200);
    const items = page.json<{ items: Array<{ action: string; actor: string; fields: string[] }> }>().items;
    expect(items.map((item) => [item.action, item.actor])).toEqual([
      ['record.create', userId],
      ['record.read-secret', userId],
      ['record.read-secret', userId],
    ]);
    expect(page.body).not.toContain('Safe house 9');

    const csv = await app.inject(http.get(`/api/admin/audit/export?targetId=${person.id}`));
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    // The BOM tells spreadsheets the text is UTF-8.
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('seq,at,actor,actorKind,action,targetType,targetId,fields,detail,prevHash,hash');
    expect(lines).toHaveLength(4);

    const verified = await app.inject(http.get('/api/admin/audit/verify'));
    expect(verified.json()).toMatchObject({ intact: true, broken: null });
    const exported = await app.inject(http.get('/api/admin/audit?action=export'));
    expect(exported.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('is for administrators only', async () => {
    const other = await buildSignedInApp({
      database: db(),
      email: 'editor@example.org',
      role: 'editor',
      scope: 'write',
    });
    try {
      expect((await other.app.inject(http.get('/api/admin/audit'))).statusCode).toBe(403);
    } finally {
      await other.app.close();
    }
  });
});
