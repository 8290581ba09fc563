import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CompiledQuery,
  createQueryId,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  sql,
  type UnknownRow,
} from 'kysely';
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

/** Other processes on the machine skew timings; the load average says how busy it was. */
export function loadAverage(): string {
  return loadavg()
    .map((v) => v.toFixed(2))
    .join(' / ');
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

// ---------------------------------------------------------------------------------------------
// Query plans, of the very queries the operations run

/** Records every query a Kysely instance runs, after the database's own plugins. */
class CaptureQueries implements KyselyPlugin {
  readonly nodes: RootOperationNode[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.nodes.push(args.node);
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** The plan of the first query `run` makes, as the database reports it (with timings on PostgreSQL). */
export async function explainFirstQuery(
  bench: BenchDatabase,
  run: (ctx: OperationContext) => Promise<unknown>,
): Promise<string> {
  const capture = new CaptureQueries();
  await run({ ...bench.ctx, db: bench.database.db.withPlugin(capture) });
  const node = capture.nodes[0];
  if (!node) return '(no query)';
  const db = bench.database.db;
  const compiled = db.getExecutor().compileQuery(node, createQueryId());
  const sqlite = bench.database.dialect === 'sqlite';
  const prefix = sqlite ? 'explain query plan ' : 'explain (analyze, buffers) ';
  const result = await db.executeQuery<Record<string, unknown>>(
    CompiledQuery.raw(prefix + compiled.sql, [...compiled.parameters]),
  );
  const text = compiled.sql.replace(/\s+/g, ' ');
  const params = JSON.stringify(compiled.parameters);
  if (!sqlite) {
    const plan = result.rows.map((r) => `    ${String(Object.values(r)[0])}`).join('\n');
    return `  ${text}\n  params ${params}\n${plan}`;
  }
  // SQLite: rows of (id, parent, detail); indent by depth.
  const depth = new Map<number, number>([[0, 0]]);
  const lines = result.rows.map((r) => {
    const level = (depth.get(Number(r.parent)) ?? 0) + 1;
    depth.set(Number(r.id), level);
    return `  ${'  '.repeat(level)}${String(r.detail)}`;
  });
  return `  ${text}\n  params ${params}\n${lines.join('\n')}`;
}

/** The size of the database on disk. */
export async function sizeOf(bench: BenchDatabase): Promise<string> {
  const query =
    bench.database.dialect === 'sqlite'
      ? sql<{
          bytes: number;
        }>`select page_count * page_size as bytes from pragma_page_count(), pragma_page_size()`
      : sql<{ bytes: string }>`select pg_database_size(current_database()) as bytes`;
  const bytes = Number((await query.execute(bench.database.db)).rows[0]?.bytes ?? 0);
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}
