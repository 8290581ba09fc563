import { z } from 'zod';
import type { OperationContext } from '../../core/context.ts';
import { parseInput } from '../../core/validation.ts';
import { CSV_BOM, csvField, csvRow } from '../export/cells.ts';
import { appendAudit, entryOf, readHead, readRows } from './audit.store.ts';
import { type AuditHead, type BrokenLink, type ChainedEntry, ChainVerifier } from './audit-chain.ts';

/** Verification reads the chain this many rows at a time, so memory stays flat. */
const VERIFY_PAGE = 5_000;

export interface VerifyResult {
  count: number;
  head: AuditHead;
  broken: BrokenLink | null;
}

/** Walks the whole chain and compares its end with the signed head; names the first broken link. */
export async function verifyAudit(ctx: OperationContext): Promise<VerifyResult> {
  const head = await readHead(ctx);
  const verifier = new ChainVerifier();
  let after = 0;
  for (;;) {
    const rows = await readRows(ctx, after, VERIFY_PAGE);
    for (const row of rows) verifier.add(row);
    if (rows.length < VERIFY_PAGE || verifier.broken) break;
    after = rows.at(-1)?.seq ?? after;
  }
  const { count, broken } = verifier.finish(head, ctx.auditKey);
  return { count, head, broken };
}

export const auditQuerySchema = z
  .object({
    actor: z.string().max(100).optional().describe('A user id, or operator'),
    action: z.string().max(100).optional().describe('e.g. record.update, auth.sign-in-failed'),
    targetId: z.string().max(100).optional().describe('A record or user id'),
    from: z.iso.datetime({ message: 'must be an ISO date-time' }).optional(),
    to: z.iso.datetime({ message: 'must be an ISO date-time' }).optional(),
    after: z.coerce.number().int().min(0).optional().describe('Continue after this sequence number'),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();

export const auditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string(),
    actorKind: z.string(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    fields: z.array(z.string()),
    detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEntry' });

/** One page of the log, newest last, filtered: what administrators browse and export. */
export async function listAudit(
  ctx: OperationContext,
  input: unknown,
): Promise<{ items: ChainedEntry[]; nextAfter: number | null }> {
  const query = parseInput(auditQuerySchema, input);
  let select = ctx.db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('seq')
    .limit(query.limit + 1);
  if (query.after !== undefined) select = select.where('seq', '>', query.after);
  if (query.actor) select = select.where('actor', '=', query.actor);
  if (query.action) select = select.where('action', '=', query.action);
  if (query.targetId) select = select.where('target_id', '=', query.targetId);
  if (query.from) select = select.where('at', '>=', new Date(query.from).toISOString());
  if (query.to) select = select.where('at', '<=', new Date(query.to).toISOString());
  const rows = (await select.execute()).map(entryOf);
  const items = rows.slice(0, query.limit);
  return { items, nextAfter: rows.length > query.limit ? (items.at(-1)?.seq ?? null) : null };
}

const CSV_COLUMNS = [
  'seq',
  'at',
  'actor',
  'actorKind',
  'action',
  'targetType',
  'targetId',
  'fields',
  'detail',
  'prevHash',
  'hash',
] as const;

/**
 * The log as CSV, every row matching the filters, a page at a time (the `after` and `limit` of the
 * filters are the export's own). Exporting it is itself audited.
 */
export async function* auditCsv(
  ctx: OperationContext,
  input: Record<string, unknown>,
): AsyncGenerator<string> {
  const { after: _after, limit: _limit, ...filters } = input;
  parseInput(auditQuerySchema, filters);
  await appendAudit(ctx, [
    {
      action: 'export',
      targetType: 'audit-log',
      fields: Object.keys(filters).sort(),
      detail: { format: 'csv' },
    },
  ]);
  yield CSV_BOM + csvRow(CSV_COLUMNS.map((column) => csvField(column)));
  let after: number | null = 0;
  while (after !== null) {
    const page: Awaited<ReturnType<typeof listAudit>> = await listAudit(ctx, {
      ...filters,
      after,
      limit: 1000,
    });
    yield page.items
      .map((entry) =>
        csvRow(
          CSV_COLUMNS.map((column) => {
            const value = entry[column];
            return typeof value === 'object'
              ? csvField(JSON.stringify(value), { isJson: true })
              : csvField(value);
          }),
        ),
      )
      .join('');
    after = page.nextAfter;
  }
}
