/**
 * The evidence store at scale (issue 3, "Performance"): a deterministic synthetic dataset of
 * BENCH_RECORDS records (default 1,000,000: 100k persons, 300k cases with timelines, 600k citations)
 * loaded into SQLite and PostgreSQL side by side, then
 *   a. the journalist census on 1 December of each year 2018–2025, beside the naive computation in JS;
 *   b. a filtered list page (country + case type + status, 50 rows), beside the unfiltered first page;
 *   c. a single case read through the HTTP API, beside getCase() without HTTP.
 * BENCH_EXPLAIN=1 prints the query plans even when every target is met.
 */
import { loadavg, totalmem } from 'node:os';
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
import type { OperationContext } from '../src/core/context.ts';
import { readJson } from '../src/db/codec.ts';
import { databaseVersion } from '../src/db/database.ts';
import { countCustodyCensus, getCase, listCases } from '../src/modules/cases/case.operations.ts';
import type { CaseFields } from '../src/modules/cases/case.schema.ts';
import { custodyOn, deriveCustody } from '../src/modules/cases/custody.ts';
import { buildApp } from '../src/server/app.ts';
import {
  type BenchDatabase,
  machineLine,
  openBenchDatabases,
  percentile,
  timeEach,
} from './bench-support.ts';
import {
  type DatasetSample,
  DEFAULT_RECORDS,
  type LoadReport,
  loadDataset,
  mulberry32,
  planDataset,
  verifyAgainstStores,
} from './synthetic-dataset.ts';

const RECORDS = Number(process.env.BENCH_RECORDS ?? DEFAULT_RECORDS);
const EXPLAIN_ALWAYS = process.env.BENCH_EXPLAIN === '1';
const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const NAIVE_YEAR = 2022;
const CENSUS_RUNS = 5;
const LIST_QUERIES = 200;
const READS = 1000;
const TARGET = { censusMs: 100, listP95: 30, readP99: 20 };

const out = (line = '') => process.stdout.write(`${line}\n`);
const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const median = (samples: number[]) => percentile(samples, 50);
/** Other processes on the machine skew timings; the load average says how busy it was. */
const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' / ');

interface Cell {
  text: string;
  ok?: boolean;
}
interface Row {
  label: string;
  target: string;
  cells: Cell[];
}

// ---------------------------------------------------------------------------------------------
// Measurements

/** What `countCustodyCensus` answers, computed the naive way: every journalist's case timelines in JS. */
async function naiveCensus(
  ctx: OperationContext,
  day: string,
): Promise<{ certain: number; possible: number }> {
  const rows = await ctx.db
    .selectFrom('cases as c')
    .innerJoin('persons as p', 'p.id', 'c.victim_id')
    .select(['c.victim_id', 'c.body'])
    .where('c.deleted_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('person_occupations as o')
          .select(sql`1`.as('one'))
          .whereRef('o.person_id', '=', 'c.victim_id')
          .where('o.occupation', '=', 'journalist'),
      ),
    )
    .execute();
  const certain = new Set<string>();
  const possible = new Set<string>();
  for (const row of rows) {
    const { timeline } = readJson(row.body) as CaseFields;
    const on = custodyOn(deriveCustody(timeline).intervals, 'deprived', day);
    if (on === 'yes') certain.add(row.victim_id);
    if (on !== 'no') possible.add(row.victim_id);
  }
  return { certain: certain.size, possible: possible.size };
}

interface Measured {
  census: Array<{ year: number; ms: number; certain: number; possible: number }>;
  naive: { ms: number; certain: number; possible: number; sql: { certain: number; possible: number } };
  list: { p50: number; p95: number; rows: number; slowest: Record<string, string> };
  listByTitle: { p50: number; p95: number };
  listBaseline: { p50: number; p95: number };
  http: { p50: number; p95: number; p99: number; failures: number };
  direct: { p50: number; p95: number; p99: number };
}

async function measure(bench: BenchDatabase, sample: DatasetSample): Promise<Measured> {
  const { ctx } = bench;
  const census: Measured['census'] = [];
  for (const year of YEARS) {
    const on = `${year}-12-01`;
    let counts = await countCustodyCensus(ctx, { on, occupation: 'journalist' });
    const samples = await timeEach(CENSUS_RUNS, async () => {
      counts = await countCustodyCensus(ctx, { on, occupation: 'journalist' });
    });
    census.push({ year, ms: median(samples), certain: counts.certain, possible: counts.possible });
  }
  const naiveDay = `${NAIVE_YEAR}-12-01`;
  let naiveCounts = await naiveCensus(ctx, naiveDay);
  const naiveSamples = await timeEach(3, async () => {
    naiveCounts = await naiveCensus(ctx, naiveDay);
  });
  const sqlCounts = census.find((c) => c.year === NAIVE_YEAR) ?? { certain: -1, possible: -1 };

  const random = mulberry32(7);
  const filters = Array.from({ length: LIST_QUERIES }, () => {
    const filter = sample.filters[Math.floor(random() * sample.filters.length)];
    if (!filter) throw new Error('no list filters sampled');
    return filter;
  });
  let returned = 0;
  for (const filter of filters.slice(0, 20)) await listCases(ctx, { ...filter, limit: 50 });
  const list = await timeEach(LIST_QUERIES, async (i) => {
    const page = await listCases(ctx, { ...filters[i], limit: 50 });
    returned += page.items.length;
  });
  const slowestIndex = list.indexOf(Math.max(...list));
  const listByTitle = await timeEach(LIST_QUERIES, (i) =>
    listCases(ctx, { ...filters[i], sort: 'title', limit: 50 }),
  );
  const listBaseline = await timeEach(LIST_QUERIES, () => listCases(ctx, { limit: 50 }));

  const ids = Array.from({ length: READS }, () => {
    const id = sample.caseIds[Math.floor(random() * sample.caseIds.length)];
    if (!id) throw new Error('no case ids sampled');
    return id;
  });
  const app = await buildApp({ database: bench.database });
  let failures = 0;
  try {
    for (const id of ids.slice(0, 50)) await app.inject({ method: 'GET', url: `/api/cases/${id}` });
    const http = await timeEach(READS, async (i) => {
      const res = await app.inject({ method: 'GET', url: `/api/cases/${ids[i]}` });
      if (res.statusCode !== 200) failures++;
    });
    for (const id of ids.slice(0, 50)) await getCase(ctx, id);
    const direct = await timeEach(READS, (i) => getCase(ctx, ids[i] ?? ''));
    const p = (samples: number[]) => ({
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      p99: percentile(samples, 99),
    });
    return {
      census,
      naive: { ms: median(naiveSamples), ...naiveCounts, sql: sqlCounts },
      list: {
        p50: percentile(list, 50),
        p95: percentile(list, 95),
        rows: returned / LIST_QUERIES,
        slowest: { ...(filters[slowestIndex] ?? {}) },
      },
      listByTitle: { p50: percentile(listByTitle, 50), p95: percentile(listByTitle, 95) },
      listBaseline: { p50: percentile(listBaseline, 50), p95: percentile(listBaseline, 95) },
      http: { ...p(http), failures },
      direct: p(direct),
    };
  } finally {
    await app.close();
  }
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

async function explainFirstQuery(
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

async function sizeOf(bench: BenchDatabase): Promise<string> {
  const query =
    bench.database.dialect === 'sqlite'
      ? sql<{
          bytes: number;
        }>`select page_count * page_size as bytes from pragma_page_count(), pragma_page_size()`
      : sql<{ bytes: string }>`select pg_database_size(current_database()) as bytes`;
  const bytes = Number((await query.execute(bench.database.db)).rows[0]?.bytes ?? 0);
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

// ---------------------------------------------------------------------------------------------
// Printing

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  out(line(header));
  out(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) out(line(row));
}

function resultRows(results: Measured[]): Row[] {
  const each = (fn: (m: Measured) => Cell): Cell[] => results.map(fn);
  const rows: Row[] = [];
  for (const [i, year] of YEARS.entries()) {
    rows.push({
      label: `a. census ${year}-12-01, journalists deprived of liberty (median of ${CENSUS_RUNS})`,
      target: `≤ ${TARGET.censusMs} ms`,
      cells: each((m) => {
        const c = m.census[i];
        if (!c) return { text: '–' };
        return {
          text: `${ms(c.ms)}  (certain ${c.certain}, possible ${c.possible})`,
          ok: c.ms <= TARGET.censusMs,
        };
      }),
    });
  }
  rows.push({
    label: `   baseline: naive, all journalists' timelines through deriveCustody in JS, ${NAIVE_YEAR}`,
    target: '',
    cells: each((m) => ({
      text: `${ms(m.naive.ms)}  (certain ${m.naive.certain}, possible ${m.naive.possible}; ${
        m.naive.certain === m.naive.sql.certain && m.naive.possible === m.naive.sql.possible
          ? 'same counts as SQL'
          : 'COUNTS DIFFER FROM SQL'
      })`,
    })),
  });
  rows.push({
    label: 'b. list cases, country + caseType + status, 50 rows (sort createdAt), p50',
    target: '',
    cells: each((m) => ({ text: `${ms(m.list.p50)}  (avg ${m.list.rows.toFixed(1)} rows)` })),
  });
  rows.push({
    label: `   same, p95 over ${LIST_QUERIES} varied filters`,
    target: `≤ ${TARGET.listP95} ms`,
    cells: each((m) => ({ text: ms(m.list.p95), ok: m.list.p95 <= TARGET.listP95 })),
  });
  rows.push({
    label: '   same filters, sort=title (index order), p50 / p95',
    target: '',
    cells: each((m) => ({ text: `${ms(m.listByTitle.p50)} / ${ms(m.listByTitle.p95)}` })),
  });
  rows.push({
    label: '   baseline: unfiltered first page, p50 / p95',
    target: '',
    cells: each((m) => ({ text: `${ms(m.listBaseline.p50)} / ${ms(m.listBaseline.p95)}` })),
  });
  rows.push({
    label: `c. GET /api/cases/:id via app.inject, ${READS} random ids, p50 / p95`,
    target: '',
    cells: each((m) => ({
      text: `${ms(m.http.p50)} / ${ms(m.http.p95)}${m.http.failures ? `  (${m.http.failures} not 200!)` : ''}`,
    })),
  });
  rows.push({
    label: '   same, p99',
    target: `≤ ${TARGET.readP99} ms`,
    cells: each((m) => ({ text: ms(m.http.p99), ok: m.http.p99 <= TARGET.readP99 && m.http.failures === 0 })),
  });
  rows.push({
    label: '   baseline: getCase() without HTTP, p50 / p95 / p99',
    target: '',
    cells: each((m) => ({ text: `${ms(m.direct.p50)} / ${ms(m.direct.p95)} / ${ms(m.direct.p99)}` })),
  });
  return rows;
}

function printLoad(plan: ReturnType<typeof planDataset>, report: LoadReport, databases: BenchDatabase[]) {
  const rows = Object.entries(report.rows)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ');
  out(`rows written to each database: ${rows}`);
  const totalRows = Object.values(report.rows).reduce((a, b) => a + b, 0);
  out(
    `generation (shared, JS): ${(report.generateMs / 1000).toFixed(1)} s for ${plan.records + plan.sources} records`,
  );
  out();
  printTable(
    ['load', ...databases.map((d) => d.label)],
    [
      [
        'bulk insert (1 tx per 2,000-person chunk, ~1,000-row INSERTs)',
        ...report.perDatabase.map(
          (s) => `${(s.loadMs / 1000).toFixed(1)} s  (${Math.round(totalRows / (s.loadMs / 1000))} rows/s)`,
        ),
      ],
      ['ANALYZE', ...report.perDatabase.map((s) => `${(s.analyzeMs / 1000).toFixed(1)} s`)],
    ],
  );
}

// ---------------------------------------------------------------------------------------------

const plan = planDataset(RECORDS);
out(`${machineLine()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; load average ${load()} (1/5/15 min)`);
out(
  `dataset: ${plan.records} records (${plan.persons} persons, ${plan.cases} cases with timelines, ` +
    `${plan.citations} citations) + ${plan.sources} sources; seed ${plan.seed}; BENCH_RECORDS sets the size`,
);
out('revisions are not written by the bulk load (an import, not a million edits): no revision rows');
const verified = await verifyAgainstStores(plan);
out(
  `self-check: ${verified.records} records written through the stores' insert functions and through the ` +
    `bulk loader give identical rows (${verified.rows} rows) ✓`,
);

const databases = await openBenchDatabases();
try {
  for (const bench of databases) out(`${bench.label}: version ${await databaseVersion(bench.database)}`);
  out();
  out('loading…');
  const dataset = await loadDataset(
    databases.map((d) => d.database),
    plan,
    out,
  );
  out();
  printLoad(plan, dataset, databases);
  const sizes = await Promise.all(databases.map(sizeOf));
  out(`database size after load: ${databases.map((d, i) => `${d.label} ${sizes[i]}`).join('; ')}`);
  out();

  const results: Measured[] = [];
  for (const bench of databases) {
    out(`measuring ${bench.label}… (load average ${load()})`);
    results.push(await measure(bench, dataset.sample));
  }
  out(`done measuring (load average ${load()})`);
  out();
  const rows = resultRows(results);
  printTable(
    ['measurement', 'target', ...databases.map((d) => d.label)],
    rows.map((r) => [
      r.label,
      r.target,
      ...r.cells.map((c) => (c.ok === undefined ? c.text : `${mark(c.ok)} ${c.text}`)),
    ]),
  );
  out();
  const slowestCensus = (m: Measured) => Math.max(...m.census.map((c) => c.ms));
  for (const [i, bench] of databases.entries()) {
    const m = results[i];
    if (!m) continue;
    const missed: string[] = [];
    if (slowestCensus(m) > TARGET.censusMs) missed.push('census');
    if (m.list.p95 > TARGET.listP95) missed.push('list');
    if (m.http.p99 > TARGET.readP99) missed.push('read');
    out(`${bench.label}: ${missed.length === 0 ? 'every target met ✓' : `missed: ${missed.join(', ')} ✗`}`);
    if (missed.length === 0 && !EXPLAIN_ALWAYS) continue;
    if (EXPLAIN_ALWAYS || missed.includes('census')) {
      out(`\n  plan — census ${NAIVE_YEAR}-12-01, first of its two counts (certain):`);
      out(
        await explainFirstQuery(bench, (ctx) =>
          countCustodyCensus(ctx, { on: `${NAIVE_YEAR}-12-01`, occupation: 'journalist' }),
        ),
      );
    }
    if (EXPLAIN_ALWAYS || missed.includes('list')) {
      out(`\n  plan — the slowest list query (${JSON.stringify(m.list.slowest)}):`);
      out(await explainFirstQuery(bench, (ctx) => listCases(ctx, { ...m.list.slowest, limit: 50 })));
    }
    if (EXPLAIN_ALWAYS || missed.includes('read')) {
      const id = dataset.sample.caseIds[0] ?? '';
      out('\n  plan — getCase:');
      out(await explainFirstQuery(bench, (ctx) => getCase(ctx, id)));
    }
    out();
  }
} finally {
  for (const bench of databases) await bench.dispose();
}
