import type { Command } from 'commander';
import type { Config } from '../config.ts';
import type { OperationContext } from '../core/context.ts';
import { disclose } from '../modules/records/disclosure.ts';
import type { Page } from '../modules/records/pagination.ts';
import type { StoredRecord } from '../modules/records/record.schema.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { withOperatorContext } from '../runtime.ts';
import { type AudienceOptions, addAudienceOptions, audienceContext } from './audience.ts';
import { table, usageError } from './output.ts';

export interface ListFilter {
  /** commander flag, e.g. `--country <code>` */
  flag: string;
  description: string;
  /** the list query parameter it sets */
  param: string;
}

export interface RecordCommandsSpec<R extends { id: string }> {
  /** plural command name, e.g. `organizations` */
  name: string;
  description: string;
  kind: RecordKind<object>;
  list(ctx: OperationContext, query: unknown): Promise<Page<R>>;
  get(ctx: OperationContext, id: string, options: { includeDeleted?: boolean }): Promise<R>;
  filters: ListFilter[];
  /** table columns for `list`, header → cell; `rows` instead when cells need other records */
  row?(record: R): Record<string, string>;
  rows?(records: R[], ctx: OperationContext): Promise<Record<string, string>[]>;
  /** what the API's responses add to the record (derived values), applied after disclosure as there */
  present?(ctx: OperationContext, record: R): object;
  /** human-readable lines for `show`; JSON when left out */
  describe?(record: R, ctx: OperationContext): Promise<string>;
}

/** `docket <name> list|show`: the pattern every module's commands follow, calling its operations. */
export function registerRecordCommands<R extends { id: string }>(
  program: Command,
  config: () => Config,
  spec: RecordCommandsSpec<R>,
): Command {
  const group = program.command(spec.name).description(spec.description);
  const presented = (ctx: OperationContext, record: R): R => ({
    ...record,
    ...(spec.present ? spec.present(ctx, record) : {}),
  });
  const list = group
    .command('list')
    .description(`List ${spec.name}`)
    .option('-q, --query <text>', 'part of any name or title, any script, any case')
    .option('--limit <n>', 'how many to show', '50')
    .option('--cursor <cursor>', 'continue after a previous page')
    .option('--include-deleted', 'also list deleted records')
    .option('--format <format>', `${OUTPUT_FORMATS.join(' (default) or ')}`)
    .option('--json', 'print JSON instead of a table (the same as --format json)');
  addAudienceOptions(list);
  for (const filter of spec.filters) list.option(filter.flag, filter.description);
  list.action((options: Record<string, string | boolean | undefined>) => {
    const format = outputFormat(options);
    return withOperatorContext(config(), async (operatorCtx) => {
      const ctx = await audienceContext(operatorCtx, options as AudienceOptions);
      const query: Record<string, unknown> = {
        q: options.query,
        limit: options.limit,
        cursor: options.cursor,
        includeDeleted: options.includeDeleted ? 'true' : undefined,
      };
      for (const filter of spec.filters) query[filter.param] = options[optionKey(filter.flag)];
      const listed = await spec.list(ctx, query);
      // Every output passes the one redaction step, the operator's own included.
      const disclosed = (await disclose(
        ctx,
        spec.kind,
        listed.items as unknown as StoredRecord<object>[],
      )) as unknown as R[];
      const page = { ...listed, items: disclosed.map((record) => presented(ctx, record)) };
      if (format === 'json') {
        process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
        return;
      }
      if (page.items.length === 0) {
        process.stdout.write(`No ${spec.name} match.\n`);
        return;
      }
      const rows = spec.rows
        ? await spec.rows(page.items, ctx)
        : page.items.map((record) => spec.row?.(record) ?? { ID: record.id });
      const headers = Object.keys(rows[0] ?? {});
      process.stdout.write(`${table([headers, ...rows.map((r) => headers.map((h) => r[h] ?? ''))])}\n`);
      if (page.nextCursor)
        process.stdout.write(`\nMore: docket ${spec.name} list --cursor ${page.nextCursor}\n`);
    });
  });
  const show = group
    .command('show')
    .description(`Show one of the ${spec.name}`)
    .argument('<id>', 'the record id')
    .option('--format <format>', `${OUTPUT_FORMATS.join(' (readable text, the default) or ')}`)
    .option('--json', 'print JSON (the same as --format json)');
  addAudienceOptions(show).action((id: string, options: FormatOptions & AudienceOptions) => {
    const format = outputFormat(options);
    return withOperatorContext(config(), async (operatorCtx) => {
      const ctx = await audienceContext(operatorCtx, options);
      const stored = await spec.get(ctx, id, { includeDeleted: true });
      const [record] = (await disclose(ctx, spec.kind, [
        stored as unknown as StoredRecord<object>,
      ])) as unknown as R[];
      if (!record) return;
      const text =
        format === 'json' || !spec.describe
          ? JSON.stringify(presented(ctx, record), null, 2)
          : await spec.describe(record, ctx);
      process.stdout.write(`${text}\n`);
    });
  });
  return group;
}

export const OUTPUT_FORMATS = ['table', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

interface FormatOptions {
  format?: string | boolean | undefined;
  json?: string | boolean | undefined;
}

/** `--format table|json`, with `--json` kept as its older spelling of `--format json`. */
export function outputFormat(options: FormatOptions): OutputFormat {
  const format = options.format ?? (options.json ? 'json' : 'table');
  if (!(OUTPUT_FORMATS as readonly unknown[]).includes(format))
    throw usageError('format', `"${String(format)}" is not one of ${OUTPUT_FORMATS.join(', ')}`);
  if (options.json && format !== 'json') throw usageError('json', `contradicts --format ${String(format)}`);
  return format as OutputFormat;
}

/** `--in-custody-on <date>` → `inCustodyOn`, as commander names it. */
function optionKey(flag: string): string {
  const long = /--([a-z0-9-]+)/.exec(flag)?.[1] ?? flag;
  return long.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
