/**
 * The access issue's "done when", end to end over HTTP on both databases: an editor marks a witness
 * field secret on a case shared with a partner organization; the partner's researcher sees the case
 * but never the witness, through any path; an anonymous visitor sees only published records, and a
 * person's identity only with a consent basis.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { operator } from '../../src/core/context.ts';
import type { Role } from '../../src/modules/access/access.schema.ts';
import { createApiToken } from '../../src/modules/access/token.operations.ts';
import { createOrg, createUserWithPassword } from '../../src/modules/access/user.operations.ts';
import type { Sensitivity } from '../../src/modules/records/record.schema.ts';
import { buildApp } from '../../src/server/app.ts';
import { describeEachDialect, TEST_KEYRING } from '../support/database.ts';
import type { Json } from '../support/http.ts';

const WITNESS = 'Witness-Sentinel-Aigerim-7f3c';
const WITNESS_PHONE = '+7-700-SENTINEL-41';

describeEachDialect('sharing a case with a partner without its witness', (db) => {
  let app: FastifyInstance;
  let tokens: { editor: string; partner: string };
  let partnerOrg: string;

  beforeEach(async () => {
    app = await buildApp({ database: db(), keyring: TEST_KEYRING });
    const ctx = db().context({ actor: operator });
    const coalition = await createOrg(ctx, { name: 'Coalition' });
    partnerOrg = (await createOrg(ctx, { name: 'Partner' })).id;
    const user = async (
      email: string,
      org: string,
      role: Role,
      clearance: Sensitivity,
      scope: 'write' | 'read',
    ) => {
      const made = await createUserWithPassword(
        ctx,
        { email, org, role, clearance },
        'correct horse battery staple',
      );
      return (await createApiToken(ctx, made, { name: 't', scope, expiresInDays: 30 })).token;
    };
    tokens = {
      editor: await user('editor@coalition.example.org', coalition.id, 'editor', 'secret', 'write'),
      // The partner's researcher, cleared up to confidential: a secret field is still beyond them.
      partner: await user(
        'researcher@partner.example.org',
        partnerOrg,
        'researcher',
        'confidential',
        'write',
      ),
    };
  });
  afterEach(async () => {
    await app.close();
  });

  const call = (token: string | null, method: InjectOptions['method'], url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(payload ? { 'content-type': 'application/json' } : {}),
      },
      ...(payload ? { payload } : {}),
    });
  const ok = async (token: string | null, method: InjectOptions['method'], url: string, payload?: object) => {
    const res = await call(token, method, url, payload);
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
    return res;
  };

  it('keeps the witness from the partner on every path, and identities from the public without consent', async () => {
    const victim = (
      await ok(tokens.editor, 'POST', '/api/persons', { names: [{ text: 'Жанболат Мамай' }] })
    ).json<Json>();
    const created = (
      await ok(tokens.editor, 'POST', '/api/cases', {
        victimId: victim.id,
        caseType: 'arbitrary-detention',
        title: 'Detention of a journalist',
        country: 'KZ',
        fieldSensitivity: { witnesses: 'internal' },
        witnesses: [{ name: WITNESS, contact: WITNESS_PHONE, statement: 'Saw the arrest' }],
      })
    ).json<Json>();
    // The editor marks the witnesses secret, then shares the case with the partner organization.
    const marked = (
      await ok(tokens.editor, 'PATCH', `/api/cases/${created.id}`, {
        version: created.version,
        fieldSensitivity: { witnesses: 'secret' },
      })
    ).json<Json>();
    expect(marked.fieldSensitivity).toMatchObject({ witnesses: 'secret' });
    await ok(tokens.editor, 'PUT', `/api/cases/${created.id}/grants`, {
      granteeType: 'org',
      granteeId: partnerOrg,
      access: 'read',
      clearance: 'confidential',
    });

    // The editor still sees the witness; the partner sees the case, but the witness on no path.
    const own = (await ok(tokens.editor, 'GET', `/api/cases/${created.id}`)).json<Json>();
    expect(JSON.stringify(own.witnesses)).toContain(WITNESS);
    const seen = (await ok(tokens.partner, 'GET', `/api/cases/${created.id}`)).json<Json>();
    expect(seen).toMatchObject({ title: 'Detention of a journalist', witnesses: null });
    expect(seen.redacted).toContain('witnesses');
    expect(seen.abilities).toMatchObject({
      read: true,
      write: false,
      share: false,
      clearance: 'confidential',
    });
    const paths = [
      `/api/cases/${created.id}`,
      '/api/cases',
      `/api/cases?q=${encodeURIComponent('Detention')}`,
      `/api/cases/${created.id}/revisions`,
      '/api/export/cases',
      '/api/export/cases?format=csv',
      `/api/citations?recordType=case&recordId=${created.id}`,
    ];
    for (const url of paths) {
      const res = await call(tokens.partner, 'GET', url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body.includes(WITNESS) || res.body.includes(WITNESS_PHONE), url).toBe(false);
    }
    expect((await call(tokens.partner, 'GET', '/api/cases')).json<{ items: Json[] }>().items).toHaveLength(1);
    // The victim's own record was not shared: the partner cannot tell it exists.
    expect((await call(tokens.partner, 'GET', `/api/persons/${victim.id}`)).statusCode).toBe(404);
    // The partner may read, not change, and cannot overwrite what it cannot see.
    expect(
      (await call(tokens.partner, 'PATCH', `/api/cases/${created.id}`, { version: 2, witnesses: [] }))
        .statusCode,
    ).toBe(403);
    // Stored encrypted: the database holds no trace of the witness in clear, revisions included.
    const raw = await sql<{
      text: string;
    }>`select cast(body as text) || coalesce(sealed, '') as text from cases
      union all select cast(snapshot as text) || cast(changes as text) from revisions`.execute(db().db);
    expect(raw.rows.some((row) => row.text.includes(WITNESS) || row.text.includes(WITNESS_PHONE))).toBe(
      false,
    );

    // A citation of the case, published on its own, stays hidden while the case is: it would tell
    // that the case exists.
    const source = (
      await ok(tokens.editor, 'POST', '/api/sources', { kind: 'report', title: 'Monitoring report' })
    ).json<Json>();
    const citation = (
      await ok(tokens.editor, 'POST', '/api/citations', {
        sourceId: source.id,
        recordType: 'case',
        recordId: created.id,
        summary: 'The report describes the detention.',
      })
    ).json<Json>();
    await ok(tokens.editor, 'POST', `/api/citations/${citation.id}/publish`, { version: 1 });
    expect((await call(null, 'GET', `/api/citations/${citation.id}`)).statusCode).toBe(404);
    expect((await call(null, 'GET', '/api/citations')).json<{ items: Json[] }>().items).toEqual([]);

    // The public sees nothing until the editor publishes, then the case without the witness.
    expect((await call(null, 'GET', `/api/cases/${created.id}`)).statusCode).toBe(404);
    expect(
      (await call(tokens.partner, 'POST', `/api/cases/${created.id}/publish`, { version: 2 })).statusCode,
    ).toBe(403);
    await ok(tokens.editor, 'POST', `/api/cases/${created.id}/publish`, { version: 2 });
    await ok(tokens.editor, 'POST', `/api/persons/${victim.id}/publish`, { version: 1 });
    const published = await call(null, 'GET', `/api/cases/${created.id}`);
    expect(published.statusCode).toBe(200);
    expect(published.body.includes(WITNESS)).toBe(false);
    expect(published.json<Json>()).toMatchObject({ createdBy: null, ownerOrgId: null, witnesses: null });
    expect((await call(null, 'GET', `/api/citations/${citation.id}`)).statusCode).toBe(200);
    const history = (await ok(tokens.editor, 'GET', `/api/cases/${created.id}/revisions`)).json<{
      items: Json[];
    }>();
    expect(history.items.map((r) => [r.action, r.actor])).toContainEqual(['publish', expect.any(String)]);

    // A published person without a consent basis is published without their identity.
    const publicPerson = async () => (await ok(null, 'GET', `/api/persons/${victim.id}`)).json<Json>();
    expect(await publicPerson()).toMatchObject({ names: null });
    expect((await publicPerson()).redacted).toContain('names');
    const search = await call(null, 'GET', `/api/persons?q=${encodeURIComponent('Мамай')}`);
    expect(search.json<{ items: Json[] }>().items).toEqual([]);
    await ok(tokens.editor, 'PATCH', `/api/persons/${victim.id}`, {
      version: 2,
      consentBasis: 'public-record',
    });
    expect(JSON.stringify((await publicPerson()).names)).toContain('Жанболат Мамай');
    // Withdrawing consent unpublishes the identity at once.
    await ok(tokens.editor, 'PATCH', `/api/persons/${victim.id}`, { version: 3, consentBasis: 'none' });
    expect(await publicPerson()).toMatchObject({ names: null });
  });
});
