/**
 * The evidence store at scale (issue 3, "Performance"): a deterministic synthetic dataset of
 * BENCH_RECORDS records (default 1,000,000: 100k persons, 300k cases with timelines, 600k citations)
 * loaded into SQLite and PostgreSQL side by side, then
 *   a. the journalist census on 1 December of each year 2018–2025, beside the naive computation in JS;
 *   b. a filtered list page (country + case type + status, 50 rows), beside the unfiltered first page;
 *   c. a single case read through the HTTP API, beside getCase() without HTTP.
 * BENCH_EXPLAIN=1 prints the query plans even when every target is met.
 */
import { totalmem } from 'node:os';
import { sql } from 'kysely';
import type { OperationContext } from '../src/core/context.ts';
import { readJson } from '../src/db/codec.ts';
import { databaseVersion } from '../src/db/database.ts';
import { countCustodyCensus, getCase, listCases } from '../src/modules/cases/case.operations.ts';
import type { CaseFields } from '../src/modules/cases/case.schema.ts';
import { custodyOn, deriveCustody } from '../src/modules/cases/custody.ts';
import { buildApp } from '../src/server/app.ts';
import {
  type BenchDatabase,
  explainFirstQuery,
  loadAverage,
  machineLine,
  openBenchDatabases,
  percentile,
  sizeOf,
  timeEach,
} from './bench-support.ts';
import {
  CENSUS_RUNS,
  LIST_QUERIES,
  type Measured,
  missedTargets,
  NAIVE_YEAR,
  out,
  printLoad,
  printResults,
  READS,
  YEARS,
} from './store-report.ts';
import { type DatasetSample, loadDataset } from './synthetic/bulk-load.ts';
import { DEFAULT_RECORDS, planDataset } from './synthetic/generate.ts';
import { mulberry32 } from './synthetic/random.ts';
import { verifyAgainstStores } from './synthetic/verify.ts';

const RECORDS = Number(process.env.BENCH_RECORDS ?? DEFAULT_RECORDS);
const EXPLAIN_ALWAYS = process.env.BENCH_EXPLAIN === '1';
const median = (samples: number[]) => percentile(samples, 50);

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

const plan = planDataset(RECORDS);
out(
  `${machineLine()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM; load average ${loadAverage()} (1/5/15 min)`,
);
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
    out(`measuring ${bench.label}… (load average ${loadAverage()})`);
    results.push(await measure(bench, dataset.sample));
  }
  out(`done measuring (load average ${loadAverage()})`);
  out();
  printResults(databases, results);
  out();
  for (const [i, bench] of databases.entries()) {
    const m = results[i];
    if (!m) continue;
    const missed = missedTargets(m);
    out(`${bench.label}: ${missed.length === 0 ? 'every target met ✓' : `missed: ${missed.join(', ')} ✗`}`);
    if (missed.length === 0 && !EXPLAIN_ALWAYS) continue;
    if (EXPLAIN_ALWAYS || missed.includes('census')) {
      out(`\n  plan — census ${NAIVE_YEAR}-12-01 (one query, both counts):`);
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
