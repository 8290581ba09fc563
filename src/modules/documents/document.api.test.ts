import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildSignedInApp, type SignedInApp } from '../../../test/support/signed-in-app.ts';
import { FileStore } from '../../db/file-store.ts';
import { ExtractionPool } from './extraction-pool.ts';

describeEachDialect('documents over HTTP', (db) => {
  // Worker threads start once for the file, not once per app.
  const extraction = new ExtractionPool();
  afterAll(() => extraction.close());
  let folder = '';
  let admin: SignedInApp;
  let partner: SignedInApp;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'docket-documents-api-'));
    const files = new FileStore(join(folder, 'files'));
    admin = await buildSignedInApp({ database: db(), files, extraction });
    partner = await buildSignedInApp({
      database: db(),
      files,
      extraction,
      role: 'partner',
      scope: 'read',
      email: 'partner@example.org',
    });
  });
  afterEach(async () => {
    await admin.app.close();
    await partner.app.close();
    await rm(folder, { recursive: true, force: true });
  });

  const upload = (app: SignedInApp, name: string, bytes: Buffer) =>
    app.app.inject({
      method: 'POST',
      url: `/api/documents?name=${encodeURIComponent(name)}`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: bytes,
    });

  it('ingests a file sent as the body, recognises it again, and refuses a bad one with its reason', async () => {
    const text = Buffer.from('Приговор оглашён 10 апреля 2023 года.\n');
    const created = await upload(admin, 'приговор.txt', text);
    expect(created.statusCode, created.body).toBe(201);
    const { document } = created.json<{
      document: { id: string; kind: string; pageCount: number; language: string };
    }>();
    expect(document).toMatchObject({ kind: 'text', pageCount: 1 });

    const page = await admin.app.inject({ method: 'GET', url: `/api/documents/${document.id}/pages/1` });
    expect(page.json()).toMatchObject({
      number: 1,
      text: 'Приговор оглашён 10 апреля 2023 года.\n',
      ocr: false,
    });
    const original = await admin.app.inject({ method: 'GET', url: `/api/documents/${document.id}/original` });
    expect(original.rawPayload.equals(text)).toBe(true);
    expect(original.headers['content-disposition']).toContain("filename*=UTF-8''%D0%BF");

    const again = await upload(admin, 'copy.txt', text);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: 'duplicate', document: { id: document.id } });

    const empty = await upload(admin, 'empty.pdf', Buffer.alloc(0));
    expect(empty.statusCode).toBe(422);
    expect(empty.json()).toMatchObject({ code: 'empty', errors: [{ path: 'body' }] });
    expect(
      (await admin.app.inject({ method: 'GET', url: '/api/documents' })).json<{ items: unknown[] }>().items,
    ).toHaveLength(1);
  });

  it('shows a document only to those who may read its source', async () => {
    const created = await upload(admin, 'internal-note.txt', Buffer.from('An internal note.\n'));
    const { document } = created.json<{ document: { id: string } }>();
    expect(
      (await partner.app.inject({ method: 'GET', url: `/api/documents/${document.id}` })).statusCode,
    ).toBe(404);
    expect(
      (await partner.app.inject({ method: 'GET', url: `/api/documents/${document.id}/original` })).statusCode,
    ).toBe(404);
    expect((await partner.app.inject({ method: 'GET', url: '/api/documents' })).json()).toEqual({
      items: [],
    });
    const anonymous = await admin.app.inject({
      method: 'GET',
      url: `/api/documents/${document.id}`,
      headers: { authorization: '' },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
