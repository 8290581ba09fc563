import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema.ts';

/** Who performs an operation. The CLI acts as the local operator until accounts exist. */
export interface Actor {
  id: string;
  kind: 'operator' | 'user' | 'system';
}

export const operator: Actor = { id: 'operator', kind: 'operator' };

export type Dialect = 'sqlite' | 'postgres';

/**
 * Everything an operation may depend on, passed explicitly: who acts, the database handle (a
 * transaction when inside one) and the clock. No module-level state, no hidden async context.
 */
export interface OperationContext {
  actor: Actor;
  db: Kysely<Schema>;
  dialect: Dialect;
  clock: () => Date;
}

/** Runs `work` in a transaction, reusing the caller's when there already is one. */
export async function inTransaction<T>(
  ctx: OperationContext,
  work: (trx: OperationContext) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx);
  return ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx }));
}

export function nowIso(ctx: OperationContext): string {
  return ctx.clock().toISOString();
}
