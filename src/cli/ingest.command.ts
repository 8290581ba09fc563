import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { IngestBatch } from '../modules/documents/document.schema.ts';
import { ocrAvailable } from '../modules/documents/extract/extract.ts';
import { ExtractionPool } from '../modules/documents/extraction-pool.ts';
import { type BatchFile, planBatch, runBatch } from '../modules/documents/ingest-batch.ts';
import { withOperatorContext } from '../runtime.ts';
import { ExitStatus, usageError } from './output.ts';

/**
 * `docket ingest PATH…`: files and folders (walked in name order, hidden files skipped) into
 * Docket as documents. A bar shows progress on a terminal; Ctrl-C stops after the current file,
 * and the same command again resumes. Each bad file is named with its error; the rest go on.
 */

interface IngestOptions {
  ocr: boolean;
  json?: boolean;
}

const OCR_LANGUAGES = ['rus', 'kaz', 'uzb', 'uzb_cyrl', 'eng'];
const POOL_FROM_FILES = 8;

export function registerIngestCommand(program: Command, config: () => Config): void {
  program
    .command('ingest <paths...>')
    .description(
      'Bring files and folders in as documents: fingerprinted, text read or recognised, originals kept',
    )
    .option('--no-ocr', 'do not recognise text in scans and photos (they are marked "needs OCR")')
    .option('--json', 'print the batch as JSON')
    .action((paths: string[], options: IngestOptions) =>
      withOperatorContext(config(), async (ctx) => {
        const files = await filesUnder(paths);
        if (files.length === 0) throw usageError('paths', 'no files there (hidden files are skipped)');
        const ocr = options.ocr ? await ocrLanguages() : false;
        const batchId = await planBatch(ctx, files, 'cli');
        const controller = new AbortController();
        const stop = () => controller.abort();
        process.once('SIGINT', stop);
        const bar = progressBar(files.length);
        // Worker threads take a few seconds to start: worth it for a folder, not for a file or two.
        const extraction = files.length >= POOL_FROM_FILES ? new ExtractionPool() : null;
        try {
          const batch = await runBatch(ctx, batchId, {
            origin: 'cli',
            ocr,
            ...(extraction
              ? { concurrency: extraction.size, extract: (...args) => extraction.extract(...args) }
              : {}),
            signal: controller.signal,
            read: (location) => readFile(location),
            onProgress: (done, _total, item) => bar.update(done, item.name),
          });
          bar.stop();
          report(batch, options.json === true);
          if (batch.status === 'interrupted') {
            process.stderr.write('Interrupted: run the same command again to go on where it stopped.\n');
            throw new ExitStatus(130);
          }
          if (batch.failed > 0) throw new ExitStatus(1);
        } finally {
          bar.stop();
          process.off('SIGINT', stop);
          await extraction?.close();
        }
      }),
    );
}

/** OCR in the languages installed of those Docket's users write in. */
async function ocrLanguages(): Promise<{ languages: string[] } | false> {
  const { available, languages } = await ocrAvailable();
  if (!available) {
    process.stderr.write('tesseract is not installed: scans and photos will be marked "needs OCR".\n');
    return false;
  }
  const wanted = OCR_LANGUAGES.filter((language) => languages.includes(language));
  return wanted.length > 0 ? { languages: wanted } : false;
}

/** Every file under the paths, named relative to the folder given, in a stable order. */
export async function filesUnder(paths: readonly string[]): Promise<BatchFile[]> {
  const files: BatchFile[] = [];
  for (const given of paths) {
    const root = resolve(given);
    const info = await stat(root).catch(() => {
      throw usageError('paths', `${given} does not exist`);
    });
    if (info.isFile()) {
      files.push({ name: basename(root), location: root, sizeBytes: info.size });
      continue;
    }
    const walk = async (folder: string): Promise<void> => {
      const entries = (await readdir(folder, { withFileTypes: true }))
        .filter((entry) => !entry.name.startsWith('.'))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (entry.isFile()) {
          files.push({
            name: join(basename(root), relative(root, path)),
            location: path,
            sizeBytes: (await stat(path)).size,
          });
        }
      }
    };
    await walk(root);
  }
  return files;
}

function progressBar(total: number): { update: (done: number, name: string) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'ingesting [{bar}] {value}/{total} files | {file}',
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(total, 0, { file: '' });
  let running = true;
  return {
    update: (done, file) => bar.update(done, { file }),
    stop: () => {
      if (running) bar.stop();
      running = false;
    },
  };
}

function report(batch: IngestBatch, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(batch, null, 2)}\n`);
    return;
  }
  const count = (status: string) => batch.items.filter((item) => item.status === status).length;
  process.stdout.write(
    `${count('done')} ingested, ${count('duplicate')} already there, ${batch.failed} failed, ` +
      `${count('pending')} to go (batch ${batch.id})\n`,
  );
  for (const item of batch.items.filter((i) => i.status === 'failed')) {
    process.stdout.write(`  ${item.name}: ${item.errorCode} — ${item.errorMessage}\n`);
  }
}
