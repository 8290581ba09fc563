import type { Kysely } from 'kysely';
import type { FileStore } from '../db/file-store.ts';
import type { Schema } from '../db/schema.ts';
import type { Keyring } from './secret-box.ts';

/**
 * Who performs an operation. The CLI acts as the local operator; the API as a signed-in user, by
 * session or API token, with the user's role and organization and (for a token) its scope.
 */
export interface Actor {
  id: string;
  kind: 'operator' | 'user' | 'system' | 'anonymous';
  role?: string;
  orgId?: string;
  /** The highest sensitivity a user may see (see `access/record.policy.ts`). */
  clearance?: string;
  /** A token's scope — read, write or admin; absent for a session, which has its role's reach. */
  scope?: string;
}

export const operator: Actor = { id: 'operator', kind: 'operator' };
/** Whoever calls the API without signing in: the public. */
export const anonymous: Actor = { id: 'anonymous', kind: 'anonymous' };

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
  /**
   * The keys that seal and open secret field values; absent where no secret is ever touched (an
   * operation that needs one then fails clearly rather than storing a secret in clear).
   */
  keyring?: Keyring;
  /** The key that signs the audit log's head; kept outside the database (see `audit-key.ts`). */
  auditKey?: Buffer;
  /** Where documents' files are kept (see `db/file-store.ts`); absent where no file is touched. */
  files?: FileStore;
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
