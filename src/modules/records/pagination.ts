import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import { validationError } from '../../core/errors.ts';

/**
 * Query-string boolean: only `true` and `false`, since `z.coerce.boolean()` reads "false" as true.
 * Accepts an already-parsed boolean too, because routes validate the query and operations parse it
 * again.
 */
export const booleanQuery = z
  .union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')])
  .describe('true or false');

export const pageQueryShape = {
  limit: z.coerce
    .number({ message: 'must be a whole number from 1 to 200' })
    .int('must be a whole number from 1 to 200')
    .min(1, 'must be a whole number from 1 to 200')
    .max(200, 'must be a whole number from 1 to 200')
    .default(50)
    .describe('Items per page, 1–200'),
  cursor: z.string().max(1000).optional().describe('The nextCursor of the previous page'),
  order: z.enum(['asc', 'desc']).default('asc'),
};

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/**
 * Where a page ended: the sort, the order and the id of the last record given. The sort value is
 * not in the cursor but read back from that record when the next page is asked for: a cursor is
 * readable by anyone, and a sort value (a folded name) may be a field the caller may not see.
 */
interface CursorPosition {
  sort: string;
  order: 'asc' | 'desc';
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.sort, position.order, position.id])).toString('base64url');
}

/** A cursor only continues the listing it came from: same sort, same order. */
export function decodeCursor(cursor: string, sort: string, order: 'asc' | 'desc'): CursorPosition {
  const invalid = () =>
    validationError([
      { path: 'cursor', message: 'is not a cursor from this listing; start again without it' },
    ]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const shape = z.tuple([z.literal(sort), z.literal(order), z.string().max(100)]).safeParse(parsed);
  if (!shape.success) throw invalid();
  const [, , id] = shape.data;
  return { sort, order, id };
}

/**
 * Rows strictly after the cursor in (column, id) order, the cursor record's sort value read from
 * `table` (a record that was since deleted still holds its row, so the place is never lost).
 */
export function keysetAfter(
  table: string,
  column: string,
  idColumn: string,
  position: CursorPosition,
): RawBuilder<SqlBool> {
  const op = sql.raw(position.order === 'asc' ? '>' : '<');
  const col = sql.ref(column);
  const bare = sql.ref(`cursor_row.${column.split('.').at(-1) ?? column}`);
  const value = sql`(select ${bare} from ${sql.table(table)} cursor_row where cursor_row.id = ${position.id})`;
  return sql<SqlBool>`(${col} ${op} ${value} or (${col} = ${value} and ${sql.ref(idColumn)} ${op} ${position.id}))`;
}

/** Splits `limit + 1` fetched rows into the page and the cursor for the next one. */
export function toPage<R>(
  rows: R[],
  options: {
    limit: number;
    sort: string;
    order: 'asc' | 'desc';
    key: (row: R) => { id: string };
  },
): { rows: R[]; nextCursor: string | null } {
  const hasMore = rows.length > options.limit;
  const kept = hasMore ? rows.slice(0, options.limit) : rows;
  const last = kept.at(-1);
  const nextCursor =
    hasMore && last ? encodeCursor({ sort: options.sort, order: options.order, ...options.key(last) }) : null;
  return { rows: kept, nextCursor };
}

/** Turns the `limit + 1` (id, sort value) rows of a listing into a page of loaded records, in order. */
export async function loadPage<T extends { id: string }>(
  rows: ReadonlyArray<{ id: string; sort_value: string }>,
  query: { limit: number; sort: string; order: 'asc' | 'desc' },
  load: (ids: string[]) => Promise<T[]>,
): Promise<Page<T>> {
  const page = toPage([...rows], { ...query, key: (row) => ({ id: row.id }) });
  const loaded = new Map((await load(page.rows.map((r) => r.id))).map((record) => [record.id, record]));
  return { items: page.rows.flatMap((r) => loaded.get(r.id) ?? []), nextCursor: page.nextCursor };
}

/**
 * A list endpoint's query: `q` (described per module), the module's filters, deleted records on
 * request, one of its sort orders, and the page.
 */
export function listQuerySchema<F extends z.ZodRawShape, S extends readonly [string, ...string[]]>(options: {
  search: string;
  filters: F;
  sorts: S;
  defaultSort: S[number];
}) {
  return z
    .object({
      q: z.string().trim().min(1).max(200).optional().describe(options.search),
      ...options.filters,
      includeDeleted: booleanQuery.optional(),
      sort: z.enum(options.sorts).default(options.defaultSort),
      ...pageQueryShape,
    })
    .strict();
}
