import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/support/database.ts';
import { buildSignedInApp, type SignedInApp } from '../../../../test/support/signed-in-app.ts';
import { FileStore } from '../../../db/file-store.ts';
import { gradient, pixelAt, pngOf, readPng } from './redaction-fixtures.test-helper.ts';

describeEachDialect('redacted copies over HTTP', (db) => {
  let folder = '';
  // An administrator who uploads and redacts; a partner (read-only token) who may see none of it.
  let admin: SignedInApp;
  let partner: SignedInApp;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'docket-redaction-api-'));
    const options = { database: db(), files: new FileStore(join(folder, 'files')) };
    [admin, partner] = await Promise.all([
      buildSignedInApp(options),
      buildSignedInApp({ ...options, role: 'partner', scope: 'read', email: 'partner@example.org' }),
    ]);
  });
  afterEach(async () => {
    await Promise.all([admin.app.close(), partner.app.close()]);
    await rm(folder, { recursive: true, force: true });
  });

  async function upload(name: string, bytes: Buffer): Promise<string> {
    const response = await admin.app.inject({
      method: 'POST',
      url: `/api/documents?name=${encodeURIComponent(name)}`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: bytes,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ document: { id: string } }>().document.id;
  }

  const redact = (app: SignedInApp, documentId: string, payload: unknown) =>
    app.app.inject({
      method: 'POST',
      url: `/api/documents/${documentId}/redactions`,
      payload: payload as object,
    });

  it('makes a redacted copy of a text, lists it and shows its page with the span masked', async () => {
    const id = await upload('statement.txt', Buffer.from('The witness Ivanov was held.\n'));
    const created = await redact(admin, id, {
      masks: [{ page: 1, kind: 'text', start: 12, end: 18 }],
      note: 'public report',
    });
    expect(created.statusCode, created.body).toBe(201);
    const redaction = created.json<{ id: string; hasImage: boolean }>();
    expect(created.headers.location).toBe(`/api/redactions/${redaction.id}`);
    expect(redaction.hasImage).toBe(false);

    const list = await admin.app.inject({ method: 'GET', url: `/api/documents/${id}/redactions` });
    expect(list.json()).toEqual({ items: [created.json()] });
    const page = await admin.app.inject({ method: 'GET', url: `/api/redactions/${redaction.id}/pages/1` });
    expect(page.json()).toMatchObject({
      text: 'The witness ██████ was held.\n',
      spans: [{ start: 12, end: 18 }],
    });
    const image = await admin.app.inject({ method: 'GET', url: `/api/redactions/${redaction.id}/image` });
    expect(image.statusCode).toBe(404);
  });

  it('answers a mask that does not fit with a problem naming its field', async () => {
    const id = await upload('note.txt', Buffer.from('Short.\n'));
    const past = await redact(admin, id, { masks: [{ page: 1, kind: 'text', start: 0, end: 99 }] });
    expect(past.statusCode).toBe(400);
    expect(past.headers['content-type']).toContain('application/problem+json');
    expect(past.json()).toMatchObject({
      type: expect.stringContaining('validation'),
      errors: [{ path: 'masks.0.end' }],
    });
    const outside = await redact(admin, id, {
      masks: [{ page: 1, kind: 'region', x: 0.5, y: 0, width: 0.6, height: 0.1 }],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toMatchObject({ errors: [{ path: 'masks.0.width' }] });
    const unknown = await redact(admin, id, { masks: [{ page: 1, kind: 'blur' }] });
    expect(unknown.statusCode).toBe(400);
  });

  it('serves the redacted image as a PNG, and hides redactions from those who may not read the document', async () => {
    const id = await upload('photo.png', pngOf(gradient(20, 10)));
    const created = await redact(admin, id, {
      masks: [{ page: 1, kind: 'region', x: 0, y: 0, width: 0.5, height: 1 }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id: redactionId } = created.json<{ id: string }>();
    const image = await admin.app.inject({ method: 'GET', url: `/api/redactions/${redactionId}/image` });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    const pixels = readPng(image.rawPayload);
    expect(pixelAt(pixels, 9, 9)).toEqual([0, 0, 0, 255]);
    expect(pixelAt(pixels, 10, 0)).toEqual(pixelAt(gradient(20, 10), 10, 0));

    for (const url of [
      `/api/documents/${id}/redactions`,
      `/api/redactions/${redactionId}/pages/1`,
      `/api/redactions/${redactionId}/image`,
    ]) {
      expect((await partner.app.inject({ method: 'GET', url })).statusCode).toBe(404);
    }
    const anonymous = await admin.app.inject({
      method: 'GET',
      url: `/api/redactions/${redactionId}/image`,
      headers: { authorization: '' },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
