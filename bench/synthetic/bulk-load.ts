/**
 * Writes the synthetic dataset the way the stores do, only in bulk: every row is built by the stores'
 * own row builders (metaToRow, personColumns, personChildRows, sourceColumns, citationColumns,
 * documentColumns with caseDocumentSpec, custodyIntervalRows), so the bench data cannot drift from
 * what createPerson / createCase / citeSource write. ./verify.ts checks a sample against the stores'
 * insert functions themselves.
 */
import { type Insertable, type Kysely, sql } from 'kysely';
import type { DocketDatabase } from '../../src/db/database.ts';
import type { Schema } from '../../src/db/schema.ts';
import type { CaseFields } from '../../src/modules/cases/case.schema.ts';
import { caseDocumentSpec, custodyIntervalRows } from '../../src/modules/cases/case.store.ts';
import type { CitationFields } from '../../src/modules/citations/citation.schema.ts';
import { citationColumns } from '../../src/modules/citations/citation.store.ts';
import type { PersonFields } from '../../src/modules/persons/person.schema.ts';
import {
  personChildRows,
  personColumns,
  personLevelColumns,
} from '../../src/modules/persons/person.store.ts';
import { documentColumns } from '../../src/modules/records/document-store.ts';
import { metaToRow } from '../../src/modules/records/record.row.ts';
import type { SourceFields } from '../../src/modules/sources/source.schema.ts';
import { sourceColumns } from '../../src/modules/sources/source.store.ts';
import {
  chunkCount,
  type DatasetPlan,
  type Generated,
  generateChunk,
  type SyntheticChunk,
  syntheticSources,
} from './generate.ts';

type Db = Kysely<Schema>;

/** Rows per INSERT statement: ~1000, fewer for wide tables so SQLite stays under 32,766 parameters. */
const ROWS_PER_STATEMENT = 1_000;
const MAX_PARAMETERS = 30_000;

// ---------------------------------------------------------------------------------------------
// Rows, exactly as the stores write them

export interface RowBatch {
  sources: Insertable<Schema['sources']>[];
  persons: Insertable<Schema['persons']>[];
  person_names: Insertable<Schema['person_names']>[];
  person_occupations: Insertable<Schema['person_occupations']>[];
  cases: Insertable<Schema['cases']>[];
  custody_intervals: Insertable<Schema['custody_intervals']>[];
  citations: Insertable<Schema['citations']>[];
}
export type BatchTable = keyof RowBatch;
/** Parents before children, so foreign keys hold at every statement. */
export const TABLE_ORDER: readonly BatchTable[] = [
  'sources',
  'persons',
  'person_names',
  'person_occupations',
  'cases',
  'custody_intervals',
  'citations',
];

function emptyBatch(): RowBatch {
  return {
    sources: [],
    persons: [],
    person_names: [],
    person_occupations: [],
    cases: [],
    custody_intervals: [],
    citations: [],
  };
}

function addPersonRows(batch: RowBatch, { meta, fields }: Generated<PersonFields>): void {
  batch.persons.push({ ...metaToRow(meta), ...personColumns(fields), ...personLevelColumns(meta) });
  const children = personChildRows(meta.id, fields);
  batch.person_names.push(...children.names);
  batch.person_occupations.push(...children.occupations);
}

function addCaseRows(batch: RowBatch, { meta, fields }: Generated<CaseFields>): void {
  // documentColumns is typed for any document table (Record<string, ColumnValue>); the self-check
  // in ./verify.ts holds these rows to the ones caseStore.insert writes.
  batch.cases.push({
    ...metaToRow(meta),
    ...documentColumns(caseDocumentSpec, fields),
  } as RowBatch['cases'][number]);
  batch.custody_intervals.push(...custodyIntervalRows(meta.id, fields));
}

function addCitationRow(batch: RowBatch, { meta, fields }: Generated<CitationFields>): void {
  batch.citations.push({ ...metaToRow(meta), ...citationColumns(fields) });
}

function addSourceRow(batch: RowBatch, { meta, fields }: Generated<SourceFields>): void {
  batch.sources.push({ ...metaToRow(meta), ...sourceColumns(fields) });
}

/** The rows of a chunk and (optionally) of sources, in one batch. */
export function chunkRows(chunk: SyntheticChunk, sources: readonly Generated<SourceFields>[] = []): RowBatch {
  const batch = emptyBatch();
  for (const source of sources) addSourceRow(batch, source);
  for (const person of chunk.persons) addPersonRows(batch, person);
  for (const record of chunk.cases) addCaseRows(batch, record);
  for (const citation of chunk.citations) addCitationRow(batch, citation);
  return batch;
}

export function rowCount(batch: RowBatch): number {
  return TABLE_ORDER.reduce((sum, table) => sum + batch[table].length, 0);
}

/** Multi-row INSERTs of ~1000 rows, in one transaction. */
export async function insertBatch(db: Db, batch: RowBatch): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of TABLE_ORDER) {
      const rows: object[] = batch[table];
      const first = rows[0];
      if (!first) continue;
      const perStatement = Math.min(
        ROWS_PER_STATEMENT,
        Math.floor(MAX_PARAMETERS / Object.keys(first).length),
      );
      for (let i = 0; i < rows.length; i += perStatement) {
        await trx
          .insertInto(table)
          .values(rows.slice(i, i + perStatement) as never)
          .execute();
      }
    }
  });
}

export async function analyzeDatabase(db: Db): Promise<void> {
  await sql`analyze`.execute(db);
}

// ---------------------------------------------------------------------------------------------
// Loading into several databases side by side

export interface DatasetSample {
  /** Every 10th live case id, for single-record reads. */
  caseIds: string[];
  /** (country, caseType, status) of every 10th live case, for realistic list filters. */
  filters: Array<{ country: string; caseType: string; status: string }>;
}

export interface LoadReport {
  generateMs: number;
  rows: Record<BatchTable, number>;
  perDatabase: Array<{ loadMs: number; analyzeMs: number }>;
  sample: DatasetSample;
}

/**
 * Generates the dataset chunk by chunk and writes each chunk to every database in turn (one
 * transaction per chunk per database), timing each database separately; then ANALYZE on each.
 */
export async function loadDataset(
  databases: readonly DocketDatabase[],
  plan: DatasetPlan,
  progress: (message: string) => void = () => {},
): Promise<LoadReport> {
  const rows = Object.fromEntries(TABLE_ORDER.map((t) => [t, 0])) as Record<BatchTable, number>;
  const perDatabase = databases.map(() => ({ loadMs: 0, analyzeMs: 0 }));
  const sample: DatasetSample = { caseIds: [], filters: [] };
  let generateMs = 0;

  const timed = async (index: number, batch: RowBatch) => {
    const database = databases[index];
    const stats = perDatabase[index];
    if (!database || !stats) return;
    const started = performance.now();
    await insertBatch(database.db, batch);
    stats.loadMs += performance.now() - started;
  };
  const count = (batch: RowBatch) => {
    for (const table of TABLE_ORDER) rows[table] += batch[table].length;
  };

  const sources = syntheticSources(plan);
  const sourceBatch = chunkRows({ persons: [], cases: [], citations: [] }, sources);
  count(sourceBatch);
  for (let d = 0; d < databases.length; d++) await timed(d, sourceBatch);
  const sourceIds = sources.map((s) => s.meta.id);

  const chunks = chunkCount(plan);
  let caseOrdinal = 0;
  let reported = 0;
  const began = performance.now();
  for (let chunk = 0; chunk < chunks; chunk++) {
    const started = performance.now();
    const generated = generateChunk(plan, sourceIds, chunk);
    const batch = chunkRows(generated);
    generateMs += performance.now() - started;
    // batch.cases is in generation order.
    for (const row of batch.cases) {
      if (caseOrdinal++ % 10 !== 0 || row.deleted_at) continue;
      sample.caseIds.push(row.id);
      if (row.country)
        sample.filters.push({ country: row.country, caseType: row.case_type, status: row.status });
    }
    count(batch);
    for (let d = 0; d < databases.length; d++) await timed(d, batch);
    const done = Math.floor(((chunk + 1) * 10) / chunks);
    if (done > reported) {
      reported = done;
      const seconds = ((performance.now() - began) / 1000).toFixed(0);
      const each = perDatabase.map((s) => `${(s.loadMs / 1000).toFixed(0)} s`).join(' / ');
      progress(`  loaded ${done * 10}% (${chunk + 1}/${chunks} chunks) after ${seconds} s [${each}]`);
    }
  }
  for (let d = 0; d < databases.length; d++) {
    const database = databases[d];
    const stats = perDatabase[d];
    if (!database || !stats) continue;
    const started = performance.now();
    await analyzeDatabase(database.db);
    stats.analyzeMs = performance.now() - started;
  }
  return { generateMs, rows, perDatabase, sample };
}
