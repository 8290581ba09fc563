import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildSignedInApp, type SignedInApp } from '../../../test/support/signed-in-app.ts';
import { FileStore } from '../../db/file-store.ts';
import type { IngestBatch } from './document.schema.ts';
import { ExtractionPool } from './extraction-pool.ts';

describeEachDialect('a batch of uploads ingested in the background', (db) => {
  // Worker threads start once for the file, not once per app.
  const extraction = new ExtractionPool();
  afterAll(() => extraction.close());
  let folder = '';
  let signedIn: SignedInApp;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'docket-batches-'));
    signedIn = await buildSignedInApp({
      database: db(),
      files: new FileStore(join(folder, 'files')),
      extraction,
    });
  });
  afterEach(async () => {
    await signedIn.app.close();
    await rm(folder, { recursive: true, force: true });
  });

  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    signedIn.app.inject({ method, url, ...(payload ? { payload } : {}) });
  const send = (id: string, position: number, bytes: Buffer) =>
    signedIn.app.inject({
      method: 'PUT',
      url: `/api/ingest-batches/${id}/files/${position}`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: bytes,
    });
  /** The batch once nothing more is happening to it: the background work has no end to await. */
  const settled = async (id: string, until: (batch: IngestBatch) => boolean) => {
    for (let i = 0; i < 200; i++) {
      const batch = (await call('GET', `/api/ingest-batches/${id}`)).json<IngestBatch>();
      if (until(batch)) return batch;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the batch did not settle');
  };

  it('ingests each file as it arrives, holds on Stop, goes on when resumed, and names a bad file', async () => {
    const files = [
      { name: 'one.txt', bytes: Buffer.from('Первый документ.\n') },
      { name: 'empty.txt', bytes: Buffer.alloc(0) },
      { name: 'three.txt', bytes: Buffer.from('Third document.\n') },
    ];
    const created = await call('POST', '/api/ingest-batches', {
      files: files.map((f) => ({ name: f.name, sizeBytes: f.bytes.length })),
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json<IngestBatch>();

    expect((await send(id, 0, files[0]?.bytes ?? Buffer.alloc(0))).statusCode).toBe(202);
    expect((await send(id, 1, files[1]?.bytes ?? Buffer.alloc(0))).statusCode).toBe(202);
    let batch = await settled(id, (b) => b.done === 2);
    expect(batch.items.map((i) => [i.name, i.status, i.errorCode])).toEqual([
      ['one.txt', 'done', null],
      ['empty.txt', 'failed', 'empty'],
      ['three.txt', 'pending', null],
    ]);
    expect(batch.status).toBe('running');

    expect((await call('POST', `/api/ingest-batches/${id}/stop`)).json()).toMatchObject({
      status: 'interrupted',
    });
    await send(id, 2, files[2]?.bytes ?? Buffer.alloc(0));
    await new Promise((resolve) => setTimeout(resolve, 300));
    batch = (await call('GET', `/api/ingest-batches/${id}`)).json<IngestBatch>();
    expect(batch).toMatchObject({ status: 'interrupted', done: 2 });

    await call('POST', `/api/ingest-batches/${id}/resume`);
    batch = await settled(id, (b) => b.status === 'done');
    expect(batch).toMatchObject({ done: 3, failed: 1 });
    expect(batch.items[2]).toMatchObject({ status: 'done' });

    // The same files listed again are the same batch: nothing more happens.
    const again = await call('POST', '/api/ingest-batches', {
      files: files.map((f) => ({ name: f.name, sizeBytes: f.bytes.length })),
    });
    expect(again.json()).toMatchObject({ id, status: 'done' });
    const bad = await call('POST', '/api/ingest-batches', { files: [] });
    expect(bad.statusCode).toBe(400);
  });
});
