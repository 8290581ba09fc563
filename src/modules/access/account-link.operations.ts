import { z } from 'zod';
import { inTransaction, nowIso, type OperationContext } from '../../core/context.ts';
import { isDocketError, unauthenticated, validationError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { displayNameSchema, passwordInputSchema, type User } from './access.schema.ts';
import { auditAccount } from './account-audit.ts';
import { redeemRecoveryCode } from './mfa.operations.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { hashSecret } from './secret-tokens.ts';
import { countFailures, recordFailure, throttleProblem } from './sign-in-failures.ts';
import { checkTotp } from './totp.ts';
import { assertPassword } from './user.operations.ts';
import { endAllSessions, findUser, userFromRow } from './user.store.ts';

/**
 * Single-use links: an invitation sets the first password; a reset sets a new one but, for a user
 * with MFA, only with a current TOTP or recovery code too — a stolen mailbox is not enough.
 */

const acceptSchema = z.strictObject({
  token: z.string().max(200),
  password: passwordInputSchema,
  displayName: displayNameSchema.optional(),
});

const resetSchema = z.strictObject({
  token: z.string().max(200),
  password: passwordInputSchema,
  code: z.string().trim().max(20).optional(),
  recoveryCode: z.string().trim().max(40).optional(),
});

const INVALID_LINK = 'This link is not valid: it may have expired or been used already';

async function claimLink(ctx: OperationContext, token: string, purpose: string) {
  const link = await ctx.db
    .selectFrom('account_links')
    .selectAll()
    .where('token_hash', '=', hashSecret(token))
    .where('purpose', '=', purpose)
    .executeTakeFirst();
  if (!link || link.used_at || Date.parse(link.expires_at) <= ctx.clock().getTime()) {
    throw unauthenticated(INVALID_LINK);
  }
  const user = await findUser(ctx.db, link.user_id);
  if (!user || user.disabled_at) throw unauthenticated(INVALID_LINK);
  const claimed = await ctx.db
    .updateTable('account_links')
    .set({ used_at: nowIso(ctx) })
    .where('id', '=', link.id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) throw unauthenticated(INVALID_LINK);
  return user;
}

export async function acceptInvitation(ctx: OperationContext, input: unknown): Promise<User> {
  const data = parseInput(acceptSchema, input);
  assertPassword(data.password);
  const hash = await hashPassword(data.password);
  return inTransaction(ctx, async (trx) => {
    const user = await claimLink(trx, data.token, 'invitation');
    const set = {
      password_hash: hash,
      password_changed_at: nowIso(trx),
      ...(data.displayName ? { display_name: data.displayName } : {}),
    };
    await trx.db.updateTable('users').set(set).where('id', '=', user.id).execute();
    await auditAccount(trx, 'auth.invitation-accepted', user.id);
    return userFromRow({ ...user, ...set });
  });
}

/**
 * A refused code leaves the link usable (the transaction rolls back) but counts as a failed
 * sign-in of the account, so a stolen link cannot be used to guess codes.
 */
export async function resetPassword(
  ctx: OperationContext,
  input: unknown,
  address = 'unknown',
): Promise<User> {
  const data = parseInput(resetSchema, input);
  assertPassword(data.password);
  const hash = await hashPassword(data.password);
  const linked = await ctx.db
    .selectFrom('account_links')
    .innerJoin('users', 'users.id', 'account_links.user_id')
    .select('users.email')
    .where('account_links.token_hash', '=', hashSecret(data.token))
    .executeTakeFirst();
  if (linked) {
    const refused = throttleProblem(await countFailures(ctx, linked.email, address));
    if (refused) throw refused;
  }
  try {
    return await resetWithLink(ctx, data, hash);
  } catch (error) {
    if (linked && isDocketError(error) && error.type === 'validation')
      await recordFailure(ctx, linked.email, address);
    throw error;
  }
}

async function resetWithLink(
  ctx: OperationContext,
  data: z.infer<typeof resetSchema>,
  hash: string,
): Promise<User> {
  return inTransaction(ctx, async (trx) => {
    const user = await claimLink(trx, data.token, 'password-reset');
    if (user.totp_secret) {
      const check = data.code
        ? checkTotp({
            secret: user.totp_secret,
            code: data.code,
            now: trx.clock(),
            lastUsedStep: user.totp_last_step,
          })
        : { ok: false as const };
      const passed =
        check.ok || (data.recoveryCode ? await redeemRecoveryCode(trx, user.id, data.recoveryCode) : false);
      if (!passed)
        throw validationError([
          { path: 'code', message: 'a current authenticator or recovery code is required' },
        ]);
      if (check.ok)
        await trx.db
          .updateTable('users')
          .set({ totp_last_step: check.step })
          .where('id', '=', user.id)
          .execute();
    }
    const set = { password_hash: hash, password_changed_at: nowIso(trx) };
    await trx.db.updateTable('users').set(set).where('id', '=', user.id).execute();
    await endAllSessions(trx.db, user.id);
    await auditAccount(trx, 'auth.password-reset', user.id);
    return userFromRow({ ...user, ...set });
  });
}

const changeSchema = z.strictObject({
  currentPassword: passwordInputSchema,
  newPassword: passwordInputSchema,
});

/** Changes the caller's password; every other session of theirs ends. */
export async function changePassword(
  ctx: OperationContext,
  userId: string,
  currentSessionId: string | null,
  input: unknown,
): Promise<void> {
  const data = parseInput(changeSchema, input);
  const user = await findUser(ctx.db, userId);
  if (!user?.password_hash || !(await verifyPassword(user.password_hash, data.currentPassword))) {
    throw validationError([{ path: 'currentPassword', message: 'is wrong' }]);
  }
  assertPassword(data.newPassword, 'newPassword');
  const hash = await hashPassword(data.newPassword);
  await inTransaction(ctx, async (trx) => {
    await trx.db
      .updateTable('users')
      .set({ password_hash: hash, password_changed_at: nowIso(trx) })
      .where('id', '=', userId)
      .execute();
    let others = trx.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (currentSessionId) others = others.where('id', '!=', currentSessionId);
    await others.execute();
    await auditAccount(trx, 'auth.password-changed', userId);
  });
}
