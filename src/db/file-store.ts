import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The files behind documents, kept in the data directory by their SHA-256: an original is written
 * once and never changed (read-only on disk), so the evidentiary copy is exactly what came in and
 * the same file twice is stored once. Each file is written to a temporary name, flushed to disk and
 * only then renamed into place, so a crash leaves either the whole file or none of it.
 */

export type FileKind = 'original' | 'working';

/** SHA-256 in hex of bytes, or of text as UTF-8. */
export const sha256Of = (content: Buffer | string): string =>
  createHash('sha256').update(content).digest('hex');

const SHA256 = /^[0-9a-f]{64}$/;

export class FileStore {
  constructor(private readonly root: string) {}

  /** `files/originals/ab/abcdef…`: two-letter folders keep any one folder small. */
  pathOf(kind: FileKind, sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(this.root, kind === 'original' ? 'originals' : 'working', sha256.slice(0, 2), sha256);
  }

  async has(kind: FileKind, sha256: string): Promise<boolean> {
    return stat(this.pathOf(kind, sha256)).then(
      () => true,
      () => false,
    );
  }

  /** Stores the bytes under their SHA-256 (nothing is written when they are already there). */
  async put(kind: FileKind, bytes: Buffer): Promise<string> {
    const sha256 = sha256Of(bytes);
    const path = this.pathOf(kind, sha256);
    if (await this.has(kind, sha256)) return sha256;
    await writeWhole(path, bytes, 0o400);
    return sha256;
  }

  /** The stored bytes, checked against their name: a file changed on disk is refused, not served. */
  async get(kind: FileKind, sha256: string): Promise<Buffer> {
    const bytes = await readFile(this.pathOf(kind, sha256));
    if (sha256Of(bytes) !== sha256) {
      throw new Error(`the stored ${kind} ${sha256.slice(0, 12)}… no longer matches its SHA-256`);
    }
    return bytes;
  }

  /**
   * Where an upload waits until its batch ingests it (`files/spool/BATCH/POSITION`): outside the
   * content-addressed folders, since its hash is not known until it has arrived whole.
   */
  spoolPath(batchId: string, position: number): string {
    if (!/^[0-9a-f-]{36}$/.test(batchId) || !Number.isInteger(position) || position < 0) {
      throw new Error('not a batch file');
    }
    return join(this.root, 'spool', batchId, String(position));
  }

  /** Keeps an upload in the spool, written whole or not at all. */
  async spool(batchId: string, position: number, bytes: Buffer): Promise<void> {
    await writeWhole(this.spoolPath(batchId, position), bytes, 0o600);
  }

  async removeSpool(batchId: string, position: number): Promise<void> {
    await rm(this.spoolPath(batchId, position), { force: true });
  }

  /** Removes a working copy (a purge); originals are removed only by an explicit purge as well. */
  async remove(kind: FileKind, sha256: string): Promise<void> {
    await rm(this.pathOf(kind, sha256), { force: true });
  }
}

/**
 * Writes the bytes to a temporary name beside `path`, flushes them, sets the final mode and renames
 * them into place: a reader, or a crash, sees the whole file or none of it.
 */
async function writeWhole(path: string, bytes: Buffer, mode: number): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.partial`;
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await chmod(temporary, mode);
  await rename(temporary, path);
  await syncDirectory(dirname(path));
}

/** A rename is durable only once its directory is flushed too. */
async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function fileStoreFor(dataDir: string): FileStore {
  return new FileStore(join(dataDir, 'files'));
}
