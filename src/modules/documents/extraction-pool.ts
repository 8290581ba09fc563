import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  type Extracted,
  ExtractionError,
  type ExtractionErrorCode,
  type ExtractOptions,
} from './extract/extract.ts';

/**
 * Extraction on worker threads, one per core: a batch's files are read, parsed and recognised side
 * by side, and a large PDF never stalls the server's answers. Errors come back as the same
 * `ExtractionError`s; anything else (a worker that died) as an Error.
 */

type Reply = {
  id: number;
  extracted?: Extracted;
  error?: { code: ExtractionErrorCode | null; message: string };
};
interface Job {
  resolve: (value: Extracted) => void;
  reject: (error: Error) => void;
}

class PooledWorker {
  readonly jobs = new Map<number, Job>();
  private readonly worker: Worker;
  readonly ready: Promise<void>;

  constructor(onExit: (self: PooledWorker) => void) {
    this.worker = new Worker(new URL('./extract-worker.mjs', import.meta.url));
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('message', () => resolve());
      this.worker.once('error', reject);
    });
    this.worker.on('message', (reply: Reply & { ready?: boolean }) => {
      if (reply.ready) return;
      const job = this.jobs.get(reply.id);
      if (!job) return;
      this.jobs.delete(reply.id);
      if (reply.extracted) {
        // Buffers come back as plain Uint8Arrays from the structured clone.
        const copy = reply.extracted.workingCopy;
        job.resolve({ ...reply.extracted, workingCopy: copy ? Buffer.from(copy) : null });
      } else if (reply.error?.code) job.reject(new ExtractionError(reply.error.code, reply.error.message));
      else job.reject(new Error(reply.error?.message ?? 'extraction failed'));
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', () => {
      this.failAll(new Error('the extraction worker stopped'));
      onExit(this);
    });
    // An idle pool must not keep the CLI from exiting.
    this.worker.unref();
  }

  private failAll(error: Error): void {
    for (const job of this.jobs.values()) job.reject(error);
    this.jobs.clear();
  }

  async run(
    id: number,
    bytes: Buffer,
    name: string,
    options: Omit<ExtractOptions, 'signal'>,
  ): Promise<Extracted> {
    // Held open while it has work (the start-up included), so the process waits for the answer.
    this.worker.ref();
    const answer = new Promise<Extracted>((resolve, reject) => this.jobs.set(id, { resolve, reject }));
    try {
      await this.ready;
      this.worker.postMessage({ id, bytes, name, options });
      return await answer;
    } finally {
      if (this.jobs.size === 0) this.worker.unref();
    }
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

export class ExtractionPool {
  private workers: PooledWorker[] = [];
  private next = 0;
  private sequence = 0;

  constructor(readonly size = availableParallelism()) {}

  private workerFor(): PooledWorker {
    while (this.workers.length < this.size) {
      this.workers.push(new PooledWorker((dead) => (this.workers = this.workers.filter((w) => w !== dead))));
    }
    // The least busy worker, round robin among equals.
    const sorted = [...this.workers].sort((a, b) => a.jobs.size - b.jobs.size);
    const least = sorted[0]?.jobs.size ?? 0;
    const candidates = this.workers.filter((w) => w.jobs.size === least);
    const chosen = candidates[this.next++ % candidates.length];
    if (!chosen) throw new Error('no extraction worker');
    return chosen;
  }

  async extract(bytes: Buffer, name: string, options: ExtractOptions): Promise<Extracted> {
    const worker = this.workerFor();
    const { signal: _signal, ...rest } = options;
    return worker.run(++this.sequence, bytes, name, rest);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    this.workers = [];
  }
}
