import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { OperationContext } from '../core/context.ts';
import { type ExportPlan, planExport, writeExport } from '../modules/export/export.operations.ts';
import { exportableTypeNames } from '../modules/export/exportable-types.ts';
import { withOperatorContext } from '../runtime.ts';
import { type AudienceOptions, addAudienceOptions, audienceContext } from './audience.ts';
import { usageError } from './output.ts';

interface ExportCommandOptions extends AudienceOptions {
  type?: string;
  format: string;
  out?: string;
  filter: string[];
}

/** `docket export --type cases --format csv [--out FILE] [--filter key=value …]` */
export function registerExportCommand(program: Command, config: () => Config): void {
  const command = program
    .command('export')
    .description(
      'Export every record of a type that matches the filters, as JSON (re-importable), CSV or XLSX; ' +
        'no row cap, written page by page',
    )
    .option('--type <type>', `the record type: ${exportableTypeNames.join(', ')}`)
    .option('--format <format>', 'json, csv or xlsx', 'json')
    .option(
      '--out <file>',
      'write to this file (replaced only once the export is complete) instead of stdout',
    )
    .option(
      '--filter <key=value>',
      "a filter of the type's list, e.g. country=UZ or inCustodyOn=2022-12-01; repeat for more",
      collectFilter,
      [],
    );
  addAudienceOptions(command).action((options: ExportCommandOptions) => {
    if (!options.type) throw usageError('type', `is required: one of ${exportableTypeNames.join(', ')}`);
    const input = { type: options.type, format: options.format, filters: parseFilters(options.filter) };
    return withOperatorContext(config(), async (operatorCtx) => {
      const ctx = await audienceContext(operatorCtx, options);
      const plan = planExport(ctx, input);
      if (options.out) await exportToFile(ctx, plan, resolve(options.out));
      else await exportToStdout(ctx, plan);
    });
  });
}

function collectFilter(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseFilters(pairs: readonly string[]): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw usageError('filter', `"${pair}" must be key=value, e.g. country=UZ`);
    const key = pair.slice(0, at);
    if (Object.hasOwn(filters, key)) throw usageError('filter', `${key} is given twice`);
    filters[key] = pair.slice(at + 1);
  }
  return filters;
}

async function exportToStdout(ctx: OperationContext, plan: ExportPlan): Promise<void> {
  // The export ends its output; standard output must stay open, so it gets a pipe of its own.
  const body = new PassThrough();
  let isReaderGone = false;
  const onError = (error: NodeJS.ErrnoException) => {
    // `docket export … | head`: the reader left; stop quietly, as other command-line tools do.
    isReaderGone = error.code === 'EPIPE';
    body.destroy(error);
  };
  process.stdout.on('error', onError);
  body.pipe(process.stdout, { end: false });
  try {
    await writeExport(ctx, plan, body);
    await finished(body);
  } catch (error) {
    if (!isReaderGone) throw error;
  } finally {
    process.stdout.off('error', onError);
  }
}

/**
 * Writes beside the target and renames at the end, so FILE is either the previous file or the
 * complete export, never half of one. Progress goes to stderr.
 */
async function exportToFile(ctx: OperationContext, plan: ExportPlan, path: string): Promise<void> {
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const output = createWriteStream(partial, { mode: 0o600 });
  const label = plan.type.name;
  const progress = (written: number) => {
    if (process.stderr.isTTY) process.stderr.write(`\rexporting ${label}: ${written} written`);
  };
  try {
    const { count } = await writeExport(ctx, plan, output, { onProgress: progress });
    await rename(partial, path);
    if (process.stderr.isTTY) process.stderr.write('\n');
    process.stderr.write(`Exported ${count} ${label} to ${path}\n`);
  } catch (error) {
    output.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}
