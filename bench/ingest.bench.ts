/**
 * Document ingest at scale (issue "Documents in", Performance): deterministic born-digital PDFs of
 * 2,000-character pages (Latin and Cyrillic, DejaVu embedded) and a set of scanned pages, ingested
 * end to end — SHA-256, text extraction, the original written to the file store, source record,
 * pages, search entries and audit row — on SQLite and PostgreSQL in the same run, beside extraction
 * alone (the ceiling the storage costs are measured against) and the search indexing alone (its
 * share). Scans are OCR'd with tesseract when installed.
 *
 *   npm run bench:ingest            BENCH_PDFS (default 40) × BENCH_PAGES (25) pages, BENCH_SCANS (4)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inTransaction, type OperationContext } from '../src/core/context.ts';
import { FileStore } from '../src/db/file-store.ts';
import { extractDocument, ocrAvailable } from '../src/modules/documents/extract/extract.ts';
import {
  imageOnlyPdf,
  pdfWithPages,
  rasterTop,
} from '../src/modules/documents/extract/fixtures.test-helper.ts';
import { ExtractionPool } from '../src/modules/documents/extraction-pool.ts';
import { type BatchFile, planBatch, runBatch } from '../src/modules/documents/ingest-batch.ts';
import { entryRecordOf } from '../src/modules/search/record-entries.ts';
import { deleteEntries } from '../src/modules/search/search-index.store.ts';
import { insertPageEntries } from '../src/modules/search/search-index.ts';
import { sourceKind } from '../src/modules/sources/source.operations.ts';
import { loadAverage, machineLine, openBenchDatabases, seededRandom } from './bench-support.ts';

const PDFS = Number(process.env.BENCH_PDFS ?? 40);
const PAGES = Number(process.env.BENCH_PAGES ?? 25);
const SCANS = Number(process.env.BENCH_SCANS ?? 4);
const TARGET_PAGES_PER_SECOND = 60;
const out = (line = '') => process.stdout.write(`${line}\n`);

const WORDS = [
  'суд',
  'приговор',
  'журналист',
  'задержан',
  'адвокат',
  'колония',
  'свидетель',
  'заявление',
  'sud',
  'hukm',
  'jurnalist',
  'hibsga',
  'olingan',
  'advokat',
  'qamoq',
  'guvoh',
  'court',
  'verdict',
  'detained',
  'lawyer',
  'prison',
  'witness',
  'hearing',
  'appeal',
  'әділет',
  'қоғам',
  'үкімет',
  'oʻzbek',
  'gʻoya',
];

/** A page of about 2,000 characters of mixed Latin and Cyrillic words, the same for the same seed. */
function pageText(random: () => number): string {
  let text = '';
  while (text.length < 2000) text += `${WORDS[Math.floor(random() * WORDS.length)]} `;
  return text.trim();
}

async function makeCorpus(
  folder: string,
): Promise<{ pdfs: BatchFile[]; pooled: BatchFile[]; scans: BatchFile[] }> {
  const random = seededRandom(2024);
  const all: BatchFile[] = [];
  // Twice the PDFs: one half ingested on this thread, the other on the extraction pool.
  for (let i = 0; i < 2 * PDFS; i++) {
    const bytes = await pdfWithPages(Array.from({ length: PAGES }, () => `${i}. ${pageText(random)}`));
    const path = join(folder, `report-${String(i).padStart(3, '0')}.pdf`);
    writeFileSync(path, bytes);
    all.push({ name: `report-${i}.pdf`, location: path, sizeBytes: bytes.length });
  }
  const pdfs = all.slice(0, PDFS);
  const pooled = all.slice(PDFS);
  const scans: BatchFile[] = [];
  for (let i = 0; i < SCANS; i++) {
    const page = await pdfWithPages([`${i}. Заключение суда. ${pageText(random)}`]);
    const bytes = imageOnlyPdf(await rasterTop(page, 'jpeg', 842, 200), 200);
    const path = join(folder, `scan-${i}.pdf`);
    writeFileSync(path, bytes);
    scans.push({ name: `scan-${i}.pdf`, location: path, sizeBytes: bytes.length });
  }
  return { pdfs, pooled, scans };
}

/** Takes every document's pages out of the search index and indexes them again, timed. */
async function reindexPages(ctx: OperationContext): Promise<{ pages: number; ms: number }> {
  const rows = await ctx.db.selectFrom('documents').select(['source_id', 'page_count']).execute();
  const started = performance.now();
  for (const row of rows) {
    await inTransaction(ctx, async (trx) => {
      await deleteEntries(trx.db, trx.dialect, 'source', row.source_id, 'pages');
      const [source] = await sourceKind.load(trx.db, [row.source_id]);
      if (source) await insertPageEntries(trx, entryRecordOf(sourceKind, source));
    });
  }
  const pages = rows.reduce((sum, row) => sum + Number(row.page_count), 0);
  return { pages, ms: performance.now() - started };
}

const rate = (pages: number, ms: number) => `${((pages * 1000) / ms).toFixed(1)} pages/s`;

async function main(): Promise<void> {
  out(machineLine());
  const folder = mkdtempSync(join(tmpdir(), 'docket-ingest-bench-'));
  try {
    const started = performance.now();
    const { pdfs, pooled, scans } = await makeCorpus(folder);
    out(
      `corpus: ${PDFS} born-digital PDFs × ${PAGES} pages of ~2,000 characters, ${SCANS} scanned pages (made in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    const ocr = await ocrAvailable();
    const ocrOption = ocr.available
      ? { languages: ['rus', 'kaz', 'uzb', 'eng'].filter((l) => ocr.languages.includes(l)) }
      : false;
    out(
      `OCR: ${ocr.available ? `tesseract (${ocr.languages.join(', ')})` : 'not installed — scans are marked "needs OCR"'}`,
    );

    // The ceiling: extraction alone, no hashing, storing or database (after loading pdf.js once).
    const first = pdfs[0];
    if (first) await extractDocument(await readFile(first.location), first.name, { ocr: false });
    const extractStarted = performance.now();
    for (const file of pdfs) await extractDocument(await readFile(file.location), file.name, { ocr: false });
    const extractMs = performance.now() - extractStarted;
    out(
      `extraction alone (no storage):  ${rate(PDFS * PAGES, extractMs)} (${(extractMs / 1000).toFixed(1)} s)`,
    );

    for (const bench of await openBenchDatabases()) {
      const store = mkdtempSync(join(tmpdir(), 'docket-ingest-store-'));
      try {
        const ctx = { ...bench.ctx, files: new FileStore(store) };
        out(`\n== ${bench.label} (load average ${loadAverage()})`);
        const read = (location: string) => readFile(location);
        const t0 = performance.now();
        const batch = await runBatch(ctx, await planBatch(ctx, pdfs, 'cli'), {
          origin: 'cli',
          ocr: false,
          read,
        });
        const ms = performance.now() - t0;
        out(
          `born-digital, one thread:       ${rate(PDFS * PAGES, ms)} (${(ms / 1000).toFixed(1)} s; ${batch.failed} failed)`,
        );
        const extraction = new ExtractionPool();
        try {
          const t2 = performance.now();
          const parallel = await runBatch(ctx, await planBatch(ctx, pooled, 'cli'), {
            origin: 'cli',
            ocr: false,
            read,
            concurrency: extraction.size,
            extract: (...args) => extraction.extract(...args),
          });
          const poolMs = performance.now() - t2;
          const met = (PDFS * PAGES * 1000) / poolMs >= TARGET_PAGES_PER_SECOND ? 'met' : 'not met';
          out(
            `born-digital, ${extraction.size} workers:       ${rate(PDFS * PAGES, poolMs)} (${(poolMs / 1000).toFixed(1)} s; ` +
              `${parallel.failed} failed) — target ≥ ${TARGET_PAGES_PER_SECOND} pages/s: ${met}`,
          );
        } finally {
          await extraction.close();
        }
        // The search index's share of the above: every ingested page taken out and indexed again.
        const indexed = await reindexPages(ctx);
        out(
          `search indexing alone:          ${rate(indexed.pages, indexed.ms)} (${(indexed.ms / 1000).toFixed(1)} s for ${indexed.pages} pages; included in the rates above)`,
        );
        const again = performance.now();
        await runBatch(ctx, await planBatch(ctx, pdfs, 'cli'), { origin: 'cli', ocr: false, read });
        out(`the same batch again:           ${(performance.now() - again).toFixed(0)} ms (nothing to do)`);
        if (SCANS > 0) {
          // Recognition is one tesseract process a page: on the pool, one a core.
          const extraction = new ExtractionPool();
          const t1 = performance.now();
          const scanned = await runBatch(ctx, await planBatch(ctx, scans, 'cli'), {
            origin: 'cli',
            ocr: ocrOption,
            read,
            concurrency: extraction.size,
            extract: (...args) => extraction.extract(...args),
          }).finally(() => extraction.close());
          const scanMs = performance.now() - t1;
          const recognised = await ctx.db
            .selectFrom('document_pages')
            .select('document_id')
            .where('ocr', '=', true)
            .execute();
          out(
            `scanned, with OCR, 2 workers:   ${rate(SCANS, scanMs)} (${(scanMs / SCANS / 1000).toFixed(1)} s a page on average; ${recognised.length} pages recognised, ${scanned.failed} failed)`,
          );
        }
      } finally {
        rmSync(store, { recursive: true, force: true });
        await bench.dispose();
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
