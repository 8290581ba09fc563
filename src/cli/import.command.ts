import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import { exportableTypeNames } from '../modules/export/exportable-types.ts';
import { describeImport, importRecords } from '../modules/import/import.operations.ts';
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
      const bytes = await readFile(resolve(file));
      const contents = format === 'xlsx' ? { data: bytes } : { text: bytes.toString('utf8') };
      const mapping = options.mapping ? await readMapping(options.mapping) : undefined;
      const input = { type: options.type, format, ...contents, mapping, dryRun: options.dryRun === true };
      const result = await withOperatorContext(config(), (ctx) => importRecords(ctx, input));
      process.stdout.write(`${result.type}: ${describeImport(result)}\n`);
    });
}

async function readMapping(path: string): Promise<unknown> {
  const text = await readFile(resolve(path), 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw usageError('mapping', `${path} is not valid JSON: ${error instanceof Error ? error.message : ''}`);
  }
}
