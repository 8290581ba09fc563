/**
 * Search at scale (issue "Search", Performance): a deterministic corpus of 200,000 document pages
 * (~300 MB of Cyrillic and Latin text, `bench/search/`) and 1,000,000 records, loaded into SQLite
 * (FTS5) and PostgreSQL (tsvector + GIN) through the index writer the app uses, then searched
 * through the same operation as the API — permission filter, counting, facets, ranking, titles and
 * snippets included — as a partner (grants) and as a coalition member. Beside it, on SQLite, the
 * naive query: FTS5 ranking every match (ORDER BY bm25 LIMIT 20).
 *
 *   npm run bench:search                 the full corpus (loads for about half an hour)
 *   BENCH_PAGES=20000 BENCH_RECORDS=100000 npm run bench:search     a tenth, same ratios
 *
 * The records are stored as rows of the events table (a JSON-document record table) with the
 * corpus's visibility, so titles load and the policy applies as for any record; their index
 * entries keep the corpus's record types and facets.
 */
import { sql } from 'kysely';
import type { Actor, OperationContext } from '../src/core/context.ts';
import { foldText } from '../src/core/fold.ts';
import type { Visibility } from '../src/modules/access/record.policy.ts';
import { visibilityOf } from '../src/modules/records/record-access.ts';
import { parseQuery, toFts5 } from '../src/modules/search/query-syntax.ts';
import { search } from '../src/modules/search/search.operations.ts';
import { type IndexEntry, NO_FACETS } from '../src/modules/search/search-entry.ts';
import { indexTokens, insertEntries } from '../src/modules/search/search-index.store.ts';
import { entryVisibleSql } from '../src/modules/search/search-query.store.ts';
import {
  type BenchDatabase,
  loadAverage,
  machineLine,
  openBenchDatabases,
  percentile,
} from './bench-support.ts';
import {
  CORPUS_ORG_IDS,
  type CorpusDocument,
  type CorpusRecord,
  corpusDocuments,
  corpusGrants,
  corpusPages,
  corpusRecords,
  DEFAULT_PAGES,
  DEFAULT_RECORDS,
  querySets,
} from './search/corpus.ts';

const PAGES = Number(process.env.BENCH_PAGES ?? DEFAULT_PAGES);
const RECORDS = Number(process.env.BENCH_RECORDS ?? DEFAULT_RECORDS);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const SELECTIVE_P95_MS = 50;
const COMMON_P95_MS = 300;
const out = (line = '') => process.stdout.write(`${line}\n`);
const NOW = '2026-12-01T00:00:00.000Z';

const meta = (id: string, sensitivity: string, isPublished: boolean, ownerOrgId: string | null) => ({
  id,
  version: 1,
  created_at: NOW,
  created_by: 'bench',
  updated_at: NOW,
  updated_by: 'bench',
  sensitivity,
  is_published: isPublished,
  owner_org_id: ownerOrgId,
  field_sensitivity: '{}',
});

async function insertRows(
  bench: BenchDatabase,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] ?? {});
  const values = rows.map(
    (row) =>
      sql`(${sql.join(
        columns.map((column) => {
          const value = row[column];
          return typeof value === 'boolean' && bench.database.dialect === 'sqlite' ? (value ? 1 : 0) : value;
        }),
      )})`,
  );
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${sql.join(values)}`.execute(
    bench.ctx.db,
  );
}

function pageEntry(document: CorpusDocument, page: number, text: string): IndexEntry {
  return {
    recordType: 'source',
    recordId: document.sourceId,
    sensitivity: document.sensitivity,
    isPublished: document.isPublished,
    ownerOrgId: document.ownerOrgId,
    facets: {
      ...NO_FACETS,
      countries: document.countries,
      sourceType: document.sourceType,
      dateStart: document.dateStart,
      dateEnd: document.dateEnd,
    },
    part: 'page',
    page,
    fieldLevel: 'public',
    publicBasis: true,
    text,
    keepText: false,
  };
}

function recordEntries(record: CorpusRecord): IndexEntry[] {
  if (record.sensitivity === 'secret') return [];
  return record.texts.map((text) => ({
    recordType: 'event',
    recordId: record.recordId,
    sensitivity: record.sensitivity,
    isPublished: record.isPublished,
    ownerOrgId: record.ownerOrgId,
    facets: record.facets,
    part: text.part,
    page: null,
    fieldLevel: text.fieldLevel,
    publicBasis: text.publicBasis,
    text: text.text,
    keepText: true,
  }));
}

interface LoadStats {
  rawBytes: number;
  tokenizeMs: number;
  writeMs: Map<string, number>;
}

/** Loads the corpus into every database in one pass, normalizing each text once. */
async function load(benches: BenchDatabase[]): Promise<LoadStats> {
  const stats: LoadStats = { rawBytes: 0, tokenizeMs: 0, writeMs: new Map() };
  const write = async (work: (bench: BenchDatabase) => Promise<void>) => {
    for (const bench of benches) {
      const started = performance.now();
      await bench.ctx.db.transaction().execute((trx) => work({ ...bench, ctx: { ...bench.ctx, db: trx } }));
      stats.writeMs.set(bench.label, (stats.writeMs.get(bench.label) ?? 0) + performance.now() - started);
    }
  };
  const normalize = (entries: IndexEntry[]) => {
    const started = performance.now();
    const texts = entries.map((entry) => indexTokens(entry.text));
    stats.tokenizeMs += performance.now() - started;
    for (const entry of entries) stats.rawBytes += Buffer.byteLength(entry.text);
    return texts;
  };
  let pages = 0;
  let lastReport = performance.now();
  for (const document of corpusDocuments({ pages: PAGES })) {
    const texts = [...corpusPages(document, { pages: PAGES })];
    const entries = texts.map((page) => pageEntry(document, page.pageNumber, page.text));
    const indexed = normalize(entries);
    await write(async (bench) => {
      await insertRows(bench, 'sources', [
        {
          ...meta(document.sourceId, document.sensitivity, document.isPublished, document.ownerOrgId),
          kind: 'report',
          title: document.title,
          title_folded: foldText(document.title),
          reliability: 'usually-reliable',
        },
      ]);
      await insertRows(bench, 'documents', [
        {
          id: document.documentId,
          source_id: document.sourceId,
          sha256: document.documentId,
          file_name: `${document.documentId}.pdf`,
          media_type: 'application/pdf',
          kind: 'pdf',
          size_bytes: 0,
          page_count: document.pageCount,
          language: document.language,
          status: 'ready',
          metadata: '{}',
          origin: 'cli',
          created_at: NOW,
          created_by: 'bench',
        },
      ]);
      for (let from = 0; from < texts.length; from += 100) {
        await insertRows(
          bench,
          'document_pages',
          texts.slice(from, from + 100).map((page) => ({
            document_id: document.documentId,
            number: page.pageNumber,
            text: page.text,
            ocr: false,
          })),
        );
      }
      await insertEntries(bench.ctx.db, bench.database.dialect, entries, indexed);
    });
    pages += texts.length;
    if (performance.now() - lastReport > 30_000) {
      lastReport = performance.now();
      out(`  … ${pages.toLocaleString('en')} pages loaded`);
    }
  }
  let batch: CorpusRecord[] = [];
  let records = 0;
  const flush = async () => {
    const entries = batch.flatMap(recordEntries);
    const indexed = normalize(entries);
    const rows = batch.map((record) => {
      const title = record.texts[0]?.text.slice(0, 200) ?? '';
      return {
        ...meta(record.recordId, record.sensitivity, record.isPublished, record.ownerOrgId),
        sort_name: foldText(title),
        search_text: '',
        body: JSON.stringify({ names: [{ text: title, kind: 'primary' }] }),
        kind: 'other',
        country: record.facets.countries[0] ?? null,
        starts_on: record.facets.dateStart,
      };
    });
    await write(async (bench) => {
      for (let from = 0; from < rows.length; from += 100) {
        await insertRows(bench, 'events', rows.slice(from, from + 100));
      }
      await insertEntries(bench.ctx.db, bench.database.dialect, entries, indexed);
    });
    records += batch.length;
    batch = [];
    if (performance.now() - lastReport > 30_000) {
      lastReport = performance.now();
      out(`  … ${records.toLocaleString('en')} records loaded`);
    }
  };
  for (const record of corpusRecords({ count: RECORDS })) {
    batch.push(record);
    if (batch.length === 2000) await flush();
  }
  await flush();
  const grants = corpusGrants({ count: RECORDS });
  await write(async (bench) => {
    for (let from = 0; from < grants.length; from += 500) {
      await insertRows(
        bench,
        'record_grants',
        grants.slice(from, from + 500).map((grant, index) => ({
          id: `g-${from + index}`,
          record_type: 'event',
          record_id: grant.recordId,
          grantee_type: grant.granteeType,
          grantee_id: grant.granteeId,
          access: 'read',
          clearance: grant.clearance,
          created_at: NOW,
          created_by: 'bench',
        })),
      );
    }
  });
  return stats;
}

async function finishLoad(bench: BenchDatabase): Promise<void> {
  if (bench.database.dialect === 'sqlite') {
    // What `docket search-reindex` ends with: the index merged into one b-tree.
    await sql`insert into search_fts (search_fts) values ('optimize')`.execute(bench.ctx.db);
    await sql`analyze`.execute(bench.ctx.db);
  } else {
    await sql`vacuum analyze`.execute(bench.ctx.db);
  }
}

async function indexSize(bench: BenchDatabase): Promise<string> {
  if (bench.database.dialect === 'sqlite') {
    const rows = await sql<{ name: string; bytes: number }>`select name, sum(pgsize) as bytes from dbstat
      where name like 'search_fts%' group by name`.execute(bench.ctx.db);
    const total = rows.rows.reduce((sum, row) => sum + Number(row.bytes), 0);
    return `${mb(total)} (FTS5 tables: ${rows.rows.map((r) => `${r.name} ${mb(Number(r.bytes))}`).join(', ')})`;
  }
  const column = await sql<{
    bytes: string;
  }>`select sum(pg_column_size(tsv)) as bytes from search_entries`.execute(bench.ctx.db);
  const gin = await sql<{ bytes: string }>`select pg_relation_size('search_entries_tsv') as bytes`.execute(
    bench.ctx.db,
  );
  const columnBytes = Number(column.rows[0]?.bytes ?? 0);
  const ginBytes = Number(gin.rows[0]?.bytes ?? 0);
  return `${mb(columnBytes + ginBytes)} (tsvector column ${mb(columnBytes)}, GIN index ${mb(ginBytes)})`;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

const callers: Array<{ label: string; actor: Actor }> = [
  {
    label: 'partner',
    actor: {
      id: 'bench-partner',
      kind: 'user',
      role: 'partner',
      orgId: CORPUS_ORG_IDS[1] ?? 'org-1',
      clearance: 'confidential',
    },
  },
  {
    label: 'member',
    actor: {
      id: 'bench-member',
      kind: 'user',
      role: 'researcher',
      orgId: CORPUS_ORG_IDS[0] ?? 'org-0',
      clearance: 'internal',
    },
  },
];

async function timeQueries(
  ctx: OperationContext,
  queries: readonly string[],
): Promise<{ samples: number[]; hits: number[] }> {
  const samples: number[] = [];
  const hits: number[] = [];
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    for (const q of queries) {
      const started = performance.now();
      const result = await search(ctx, { q, limit: 20 });
      samples.push(performance.now() - started);
      if (repeat === 0) hits.push(result.count);
    }
  }
  return { samples, hits };
}

/** The naive query: FTS5 ranks every match, then the 20 best the caller may see are kept. */
async function naive(
  ctx: OperationContext,
  visibility: Visibility,
  queries: readonly string[],
): Promise<number[]> {
  const samples: number[] = [];
  const visible = entryVisibleSql(visibility);
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    for (const q of queries) {
      const started = performance.now();
      await sql`select e.id from search_fts join search_entries e on e.id = search_fts.rowid
        where search_fts match ${toFts5(parseQuery(q))}${visible ? sql` and ${visible}` : sql``}
        order by bm25(search_fts) limit 20`.execute(ctx.db);
      samples.push(performance.now() - started);
    }
  }
  return samples;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function line(label: string, samples: number[], target?: number, hits?: number[]): string {
  const p95 = percentile(samples, 95);
  const verdict =
    target === undefined ? '' : `  target p95 ≤ ${target} ms: ${p95 <= target ? 'met' : 'NOT met'}`;
  const counts = hits?.length ? `  hits ${Math.min(...hits)}–${Math.max(...hits)}` : '';
  return `  ${label.padEnd(26)} p50 ${ms(percentile(samples, 50)).padStart(9)}  p95 ${ms(p95).padStart(9)}${counts}${verdict}`;
}

async function main(): Promise<void> {
  out(machineLine());
  out(
    `corpus: ${PAGES.toLocaleString('en')} pages, ${RECORDS.toLocaleString('en')} records; ${REPEATS} runs of each query`,
  );
  const benches = await openBenchDatabases();
  try {
    const started = performance.now();
    const stats = await load(benches);
    for (const bench of benches) await finishLoad(bench);
    out(
      `loaded in ${((performance.now() - started) / 1000).toFixed(0)} s: raw text ${mb(stats.rawBytes)}, normalized in ${(stats.tokenizeMs / 1000).toFixed(0)} s`,
    );
    const sets = querySets({ pages: PAGES });
    const categories: Array<[string, string[], number]> = [
      ['rare terms', sets.rare, SELECTIVE_P95_MS],
      ['mid-frequency terms', sets.mid, SELECTIVE_P95_MS],
      ['two-term AND', sets.and.map(([a, b]) => `${a} ${b}`), SELECTIVE_P95_MS],
      ['phrases', sets.phrases.map((phrase) => `"${phrase}"`), SELECTIVE_P95_MS],
      ['prefixes', sets.prefixes.map((prefix) => `${prefix}*`), SELECTIVE_P95_MS],
      ['names (any apostrophe)', sets.names, SELECTIVE_P95_MS],
      ['a term in most pages', [sets.common], COMMON_P95_MS],
    ];
    for (const bench of benches) {
      out(
        `\n== ${bench.label} (load average ${loadAverage()}; writes ${((stats.writeMs.get(bench.label) ?? 0) / 1000).toFixed(0)} s)`,
      );
      out(`  index size: ${await indexSize(bench)}; raw text ${mb(stats.rawBytes)}`);
      for (const caller of callers) {
        const ctx = { ...bench.ctx, actor: caller.actor };
        out(` as a ${caller.label}, with permission filter, counts, facets, titles and snippets:`);
        for (const [label, queries, target] of categories) {
          const { samples, hits } = await timeQueries(ctx, queries);
          out(line(label, samples, target, hits));
        }
        if (bench.database.dialect === 'sqlite') {
          const visibility = visibilityOf(ctx);
          out(line('naive: common, bm25 all', await naive(ctx, visibility, [sets.common])));
          out(line('naive: mid, bm25 all', await naive(ctx, visibility, sets.mid)));
        }
      }
    }
  } finally {
    for (const bench of benches) await bench.dispose();
  }
}

await main();
