import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OperationContext, operator } from '../src/core/context.ts';
import { type DocketDatabase, migrateToLatest, openDatabase } from '../src/db/database.ts';
import { startThrowawayCluster } from '../test/support/postgres-cluster.ts';

/** Shared plumbing for bench scripts: both databases, durable, and a clear printout. */
export interface BenchDatabase {
  label: string;
  database: DocketDatabase;
  ctx: OperationContext;
  dispose(): Promise<void>;
}

export async function openBenchDatabases(): Promise<BenchDatabase[]> {
  const dir = mkdtempSync(join(tmpdir(), 'docket-bench-'));
  const sqlite = openDatabase({ sqlitePath: join(dir, 'bench.sqlite') });
  const result: BenchDatabase[] = [
    wrap('SQLite (file, WAL, synchronous=FULL)', sqlite, async () => rmSync(dir, { recursive: true })),
  ];
  const url = process.env.DOCKET_BENCH_DATABASE_URL;
  try {
    if (url) {
      result.push(wrap('PostgreSQL (DOCKET_BENCH_DATABASE_URL)', openDatabase({ url }), async () => {}));
    } else {
      const cluster = await startThrowawayCluster({ durable: true });
      result.push(
        wrap('PostgreSQL 15 (throwaway, fsync on)', openDatabase({ url: cluster.url }), () => cluster.stop()),
      );
    }
  } catch (error) {
    process.stdout.write(`PostgreSQL unavailable, measuring SQLite only: ${String(error)}\n`);
  }
  for (const bench of result) await migrateToLatest(bench.database);
  return result;
}

function wrap(label: string, database: DocketDatabase, cleanup: () => Promise<void>): BenchDatabase {
  return {
    label,
    database,
    ctx: { actor: operator, db: database.db, dialect: database.dialect, clock: () => new Date() },
    async dispose() {
      await database.close();
      await cleanup();
    },
  };
}

export async function timeEach(count: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    await run(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export function machineLine(): string {
  return `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown cpu'}, node ${process.version}`;
}

/** Deterministic pseudo-random numbers so runs are comparable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}
