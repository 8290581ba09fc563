import { readFile, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { OperationContext } from '../../core/context.ts';
import type { ExtractionPool } from './extraction-pool.ts';
import { runBatch } from './ingest-batch.ts';

/** Where an upload of a batch waits: `spool:POSITION`, resolved in the file store's spool folder. */
export const spoolLocation = (position: number) => `spool:${position}`;
const positionOf = (location: string) => Number(location.slice('spool:'.length));

const OCR_LANGUAGES = ['rus', 'kaz', 'uzb', 'uzb_cyrl', 'eng'];

/**
 * Runs uploaded batches in the background of the server process, one pass at a time per batch: each
 * upload that arrives kicks its batch, which ingests every file that has arrived and leaves the rest
 * pending. The batch acts as the user who started it. A stopped batch stays stopped until resumed.
 */
export class BatchRunner {
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();

  constructor(
    private readonly extraction: ExtractionPool,
    private readonly onError: (error: unknown, batchId: string) => void,
  ) {}

  kick(ctx: OperationContext, batchId: string): void {
    if (this.running.has(batchId)) {
      this.again.add(batchId);
      return;
    }
    const files = ctx.files;
    if (!files) throw new Error('uploads need the file store (the data directory) in the context');
    const pathOf = (location: string) => files.spoolPath(batchId, positionOf(location));
    const run = (async () => {
      do {
        this.again.delete(batchId);
        const batch = await runBatch(ctx, batchId, {
          origin: 'web',
          ocr: { languages: OCR_LANGUAGES },
          resume: false,
          concurrency: this.extraction.size,
          extract: (...args) => this.extraction.extract(...args),
          read: (location) => readFile(pathOf(location)),
          isReady: (location) =>
            stat(pathOf(location)).then(
              () => true,
              () => false,
            ),
        });
        // Every file dealt with: their spooled copies are no longer needed.
        if (batch.status === 'done')
          await rm(dirname(files.spoolPath(batchId, 0)), { recursive: true, force: true });
      } while (this.again.has(batchId));
    })()
      .catch((error: unknown) => this.onError(error, batchId))
      .finally(() => this.running.delete(batchId));
    this.running.set(batchId, run);
  }

  /** Resolves once no batch is running: for shutdown, and for tests that wait for the result. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running.values()]);
  }
}
