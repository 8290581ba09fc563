import { nowIso, type OperationContext } from '../../core/context.ts';
import { DocketError } from '../../core/errors.ts';
import { newId } from '../../core/ids.ts';
import { type SignInThrottle, signInThrottle } from './sign-in-throttle.policy.ts';

/**
 * Failed sign-ins (wrong password, wrong MFA code) per account name and per client address over the
 * last hour, kept in the database so every app instance counts the same failures. The account name
 * is counted whether or not such an account exists, so the limits reveal nothing either.
 */

const WINDOW_MS = 3_600_000;

export interface FailureCounts {
  accountFailures: number;
  addressFailures: number;
}

export async function countFailures(
  ctx: OperationContext,
  account: string,
  address: string,
): Promise<FailureCounts> {
  const since = new Date(ctx.clock().getTime() - WINDOW_MS).toISOString();
  const count = async (column: 'account' | 'address', value: string) => {
    const row = await ctx.db
      .selectFrom('sign_in_failures')
      .select((eb) => eb.fn.countAll().as('n'))
      .where(column, '=', value)
      .where('at', '>', since)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    accountFailures: await count('account', account),
    addressFailures: await count('address', address),
  };
}

export async function recordFailure(ctx: OperationContext, account: string, address: string): Promise<void> {
  await ctx.db
    .insertInto('sign_in_failures')
    .values({ id: newId(), account, address, at: nowIso(ctx) })
    .execute();
  // Old failures count for nothing; drop them as new ones come, so the table stays small.
  const before = new Date(ctx.clock().getTime() - WINDOW_MS).toISOString();
  await ctx.db.deleteFrom('sign_in_failures').where('at', '<=', before).execute();
}

/** The throttle's decision for these counts: a 429 problem when refused, else null. */
export function throttleProblem(counts: FailureCounts): DocketError | null {
  const decision: SignInThrottle = signInThrottle(counts);
  if (decision.allowed) return null;
  return new DocketError({
    type: 'too-many-requests',
    title: 'Too many failed sign-ins',
    detail: 'Too many failed sign-ins for this account or address; try again later',
    extensions: { retryAfterSeconds: decision.retryAfterSeconds ?? 3600 },
  });
}

/** How long to wait before answering a sign-in attempt, growing with recent failures. */
export function signInDelayMs(counts: FailureCounts): number {
  return signInThrottle(counts).delayMs;
}
