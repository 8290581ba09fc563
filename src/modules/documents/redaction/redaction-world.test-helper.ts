import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { TestDatabase } from '../../../../test/support/database.ts';
import { type Actor, type OperationContext, operator } from '../../../core/context.ts';
import { DocketError } from '../../../core/errors.ts';
import { FileStore } from '../../../db/file-store.ts';
import { createOrg } from '../../access/user.operations.ts';
import { ingestFile } from '../ingest.operations.ts';

/**
 * Organization A with an editor, a researcher and a viewer; organization B with an editor; every
 * context sharing one file store in a temporary folder. Documents are ingested by A's editor, so
 * A's source records hold them.
 */
export async function redactionWorld(db: TestDatabase) {
  const folder = await mkdtemp(join(tmpdir(), 'docket-redaction-'));
  const files = new FileStore(join(folder, 'files'));
  const clock = () => new Date('2026-12-01T09:00:00Z');
  const as = (actor: Actor): OperationContext => ({ ...db.context({ actor, clock }), files });
  const setup = as(operator);
  const a = await createOrg(setup, { name: 'Coalition member A' });
  const b = await createOrg(setup, { name: 'Coalition member B' });
  const user = (id: string, role: string, orgId: string): Actor => ({
    id,
    kind: 'user',
    role,
    orgId,
    clearance: 'confidential',
  });
  const editor = as(user('editor-a', 'editor', a.id));
  const world = {
    folder,
    files,
    editor,
    researcher: as(user('researcher-a', 'researcher', a.id)),
    viewer: as(user('viewer-a', 'viewer', a.id)),
    outsider: as(user('editor-b', 'editor', b.id)),
    /** Ingests a file as A's editor, without OCR, and gives its document id. */
    async ingest(name: string, bytes: Buffer): Promise<string> {
      const result = await ingestFile(editor, { name, bytes }, { origin: 'cli', ocr: false });
      if (result.status !== 'done') throw new Error(`ingest of ${name}: ${result.status}`);
      return result.documentId;
    },
    close: () => rm(folder, { recursive: true, force: true }),
  };
  return world;
}

/** The DocketError a promise rejects with; anything else (or success) fails the test. */
export async function problemOf(work: Promise<unknown>): Promise<DocketError> {
  const error = await work.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DocketError);
  return error as DocketError;
}
