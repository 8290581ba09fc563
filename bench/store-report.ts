/**
 * What bench/store.bench.ts measures, the targets it holds the numbers to (issue 3, "Performance"),
 * and how it prints them: one column per database, side by side.
 */
import type { BenchDatabase } from './bench-support.ts';
import type { LoadReport } from './synthetic/bulk-load.ts';
import type { DatasetPlan } from './synthetic/generate.ts';

export const YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
export const NAIVE_YEAR = 2022;
export const CENSUS_RUNS = 5;
export const LIST_QUERIES = 200;
export const READS = 1000;
export const TARGET = { censusMs: 100, listP95: 30, readP99: 20 };

export interface Measured {
  census: Array<{ year: number; ms: number; certain: number; possible: number }>;
  naive: { ms: number; certain: number; possible: number; sql: { certain: number; possible: number } };
  list: { p50: number; p95: number; rows: number; slowest: Record<string, string> };
  listByTitle: { p50: number; p95: number };
  listBaseline: { p50: number; p95: number };
  http: { p50: number; p95: number; p99: number; failures: number };
  direct: { p50: number; p95: number; p99: number };
}

/** The targets these measurements miss: 'census', 'list', 'read'. */
export function missedTargets(m: Measured): Array<'census' | 'list' | 'read'> {
  const missed: Array<'census' | 'list' | 'read'> = [];
  if (Math.max(...m.census.map((c) => c.ms)) > TARGET.censusMs) missed.push('census');
  if (m.list.p95 > TARGET.listP95) missed.push('list');
  if (m.http.p99 > TARGET.readP99) missed.push('read');
  return missed;
}

export const out = (line = '') => process.stdout.write(`${line}\n`);
const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');

interface Cell {
  text: string;
  ok?: boolean;
}
interface Row {
  label: string;
  target: string;
  cells: Cell[];
}

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

export function printResults(databases: readonly BenchDatabase[], results: Measured[]): void {
  printTable(
    ['measurement', 'target', ...databases.map((d) => d.label)],
    resultRows(results).map((r) => [
      r.label,
      r.target,
      ...r.cells.map((c) => (c.ok === undefined ? c.text : `${mark(c.ok)} ${c.text}`)),
    ]),
  );
}

export function printLoad(plan: DatasetPlan, report: LoadReport, databases: readonly BenchDatabase[]): void {
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
