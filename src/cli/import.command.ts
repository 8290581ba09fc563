import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { exportableTypeNames } from '../modules/export/exportable-types.ts';
import { describeImport, type ImportProgress, importRecords } from '../modules/import/import.operations.ts';
import { withOperatorContext } from '../runtime.ts';
import { usageError } from './output.ts';

interface ImportCommandOptions {
  type?: string;
  format?: string;
  mapping?: string;
  dryRun?: boolean;
}

/**
 * `docket import FILE --type cases [--format csv|json|xlsx] [--mapping mapping.json] [--dry-run]`.
 * Bad rows are printed one per line (`row 7, "Date detained": …`) by the shared error output, and
 * the command exits 2 with nothing written.
 */
export function registerImportCommand(program: Command, config: () => Config): void {
  program
    .command('import')
    .description(
      'Import records of one type from JSON (as exported), CSV or XLSX (first sheet); every row is checked first and ' +
        'the file is written all or nothing; rows match by id or ref, so re-importing changes nothing',
    )
    .argument('<file>', 'the file to import')
    .option('--type <type>', `the record type: ${exportableTypeNames.join(', ')}`)
    .option('--format <format>', 'json, csv or xlsx (default: from the file name)')
    .option('--mapping <file>', 'a JSON mapping of the file’s columns and values to ours')
    .option('--dry-run', 'check every row and print what would change, writing nothing')
    .action(async (file: string, options: ImportCommandOptions) => {
      if (!options.type) throw usageError('type', `is required: one of ${exportableTypeNames.join(', ')}`);
      const format = options.format ?? extname(file).slice(1).toLowerCase();
      if (!format) throw usageError('format', 'is required when the file name has no extension');
      const path = resolve(file);
      const { size } = await stat(path);
      const mapping = options.mapping ? await readMapping(options.mapping) : undefined;
      // The file is streamed: a 100 MB spreadsheet is read a chunk at a time, never held whole.
      const chunks = createReadStream(path, { highWaterMark: 256 * 1024 });
      const input = { type: options.type, format, chunks, mapping, dryRun: options.dryRun === true };
      const progress = progressBar(size);
      try {
        const result = await withOperatorContext(config(), (ctx) =>
          importRecords(ctx, input, { onProgress: progress.update }),
        );
        progress.stop();
        process.stdout.write(`${result.type}: ${describeImport(result)}\n`);
      } finally {
        progress.stop();
        chunks.destroy();
      }
    });
}

/** Files this large show a progress bar (on a terminal): below it an import takes a moment. */
const PROGRESS_FROM_BYTES = 1024 * 1024;

/** A bar of the file's bytes read, with the rows so far, on stderr so stdout stays the result. */
function progressBar(size: number): { update: (progress: ImportProgress) => void; stop: () => void } {
  if (!process.stderr.isTTY || size < PROGRESS_FROM_BYTES) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'importing [{bar}] {percentage}% | {rows} rows | {eta_formatted} left',
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(size, 0, { rows: 0 });
  let running = true;
  return {
    update: ({ rows, bytes }) => bar.update(Math.min(bytes, size), { rows }),
    stop: () => {
      if (running) bar.stop();
      running = false;
    },
  };
}

async function readMapping(path: string): Promise<unknown> {
  const text = await readFile(resolve(path), 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw usageError('mapping', `${path} is not valid JSON: ${error instanceof Error ? error.message : ''}`);
  }
}
