import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import type { OperationContext } from '../../core/context.ts';
import { FileStore, sha256Of } from '../../db/file-store.ts';
import { renderDocument } from '../../render/render.ts';
import { getDocument, getDocumentPage, readDocumentFile } from './document.operations.ts';
import { ingestFile } from './ingest.operations.ts';
import { type BatchFile, getBatch, planBatch, runBatch } from './ingest-batch.ts';

const NO_OCR = { origin: 'cli', ocr: false } as const;

describeEachDialect('documents in', (db) => {
  let folder = '';
  let ctx: OperationContext;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'docket-documents-'));
    ctx = {
      ...db().context({ clock: () => new Date('2026-12-01T09:00:00Z') }),
      files: new FileStore(join(folder, 'files')),
    };
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('keeps a PDF’s text per page, its original untouched and read-only, and recognises it the second time', async () => {
    const pdf = await renderDocument(
      '# Отчёт\n\nЗадержан 29 января 2021 года.\n\n***\n\nQamaqqa alındı: әділет, ғылым, қоғам.\n',
      { title: 'Отчёт о задержании', language: 'ru', date: '2024-01-01' },
      'pdf',
    );
    const first = await ingestFile(ctx, { name: 'report.pdf', bytes: pdf }, NO_OCR);
    expect(first.status).toBe('done');
    if (first.status !== 'done') return;
    const document = await getDocument(ctx, first.documentId);
    expect(document).toMatchObject({
      kind: 'pdf',
      fileName: 'report.pdf',
      sha256: sha256Of(pdf),
      status: 'ready',
    });
    expect(document.pageCount).toBeGreaterThanOrEqual(1);
    expect((await getDocumentPage(ctx, first.documentId, 1)).text).toContain('Задержан 29 января 2021 года');
    const original = await readDocumentFile(ctx, first.documentId, 'original');
    expect(original.bytes.equals(pdf)).toBe(true);
    const onDisk = ctx.files?.pathOf('original', document.sha256) ?? '';
    expect((await stat(onDisk)).mode & 0o222).toBe(0);

    expect(await ingestFile(ctx, { name: 'copy of report.pdf', bytes: pdf }, NO_OCR)).toEqual({
      status: 'duplicate',
      documentId: first.documentId,
    });
    const rows = await ctx.db.selectFrom('documents').select('id').execute();
    expect(rows).toHaveLength(1);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('target_id', '=', first.documentId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['document.ingest', 'document.read-original']);
    expect(JSON.stringify(audit)).not.toContain(document.sha256);
  });

  it('names what is wrong with each bad file, stores none of them, and goes on with the batch', async () => {
    const files: Array<[string, Buffer]> = [
      ['a-empty.txt', Buffer.alloc(0)],
      ['b-notes.md', Buffer.from('# Notes\n\nThe hearing was adjourned.\n')],
      ['c-broken.pdf', Buffer.from('%PDF-1.7\nthis is not really a PDF')],
      ['d-letter.txt', Buffer.from('Письмо из колонии.\n')],
    ];
    const batchFiles: BatchFile[] = [];
    for (const [name, bytes] of files) {
      await writeFile(join(folder, name), bytes);
      batchFiles.push({ name, location: join(folder, name), sizeBytes: bytes.length });
    }
    const batchId = await planBatch(ctx, batchFiles, 'cli');
    const batch = await runBatch(ctx, batchId, { ...NO_OCR, read: (path) => readFile(path) });
    expect(batch.items.map((i) => [i.name, i.status, i.errorCode])).toEqual([
      ['a-empty.txt', 'failed', 'empty'],
      ['b-notes.md', 'done', null],
      ['c-broken.pdf', 'failed', 'malformed'],
      ['d-letter.txt', 'done', null],
    ]);
    expect(batch).toMatchObject({ status: 'done', total: 4, done: 4, failed: 2 });
    expect(await readdir(join(folder, 'files', 'originals'))).toHaveLength(2);
  });

  it('resumes an interrupted batch where it stopped, and changes nothing when run again', async () => {
    const batchFiles: BatchFile[] = [];
    for (const n of [1, 2, 3]) {
      const path = join(folder, `note-${n}.txt`);
      await writeFile(path, `Note number ${n} about the trial.\n`);
      batchFiles.push({ name: `note-${n}.txt`, location: path, sizeBytes: (await stat(path)).size });
    }
    const controller = new AbortController();
    const read = (path: string) => readFile(path);
    const batchId = await planBatch(ctx, batchFiles, 'cli');
    const stopped = await runBatch(ctx, batchId, {
      ...NO_OCR,
      read,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(stopped).toMatchObject({ status: 'interrupted', done: 1 });

    const again = await planBatch(ctx, batchFiles, 'cli');
    expect(again).toBe(batchId);
    expect(await runBatch(ctx, again, { ...NO_OCR, read })).toMatchObject({
      status: 'done',
      done: 3,
      failed: 0,
    });
    const count = async () => (await ctx.db.selectFrom('documents').select('id').execute()).length;
    expect(await count()).toBe(3);
    const audited = async () => (await ctx.db.selectFrom('audit_log').select('seq').execute()).length;
    const before = await audited();
    expect(await runBatch(ctx, await planBatch(ctx, batchFiles, 'cli'), { ...NO_OCR, read })).toMatchObject({
      status: 'done',
    });
    expect(await count()).toBe(3);
    expect(await audited()).toBe(before);
    expect((await getBatch(ctx, batchId)).items.every((item) => item.status === 'done')).toBe(true);
  });
});
