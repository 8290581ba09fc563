import { z } from 'zod';
import { inTransaction, nowIso, type OperationContext } from '../../core/context.ts';
import { unauthenticated, validationError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { auditAccount } from './account-audit.ts';
import { svgQr } from './qr.ts';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.ts';
import {
  advanceSession,
  type ClientInfo,
  type CurrentSession,
  requireStage,
  type SessionGrant,
} from './session.operations.ts';
import { countFailures, recordFailure, throttleProblem } from './sign-in-failures.ts';
import { checkTotp, newTotpSecret, totpUri } from './totp.ts';

/**
 * TOTP second factor: enrollment (a secret shown as an otpauth URI and QR code, confirmed by a first
 * code, answered with ten single-use recovery codes) and the code asked after the password. Codes
 * are single use: the last accepted time step is kept and a code of that step or earlier refused.
 */

const codeSchema = z.strictObject({
  code: z.string().trim().max(20).optional(),
  recoveryCode: z.string().trim().max(40).optional(),
});

export interface Enrollment {
  secret: string;
  uri: string;
  qrSvg: string;
}

export interface MfaSetup {
  secret: string;
  uri: string;
  recoveryCodes: string[];
}

/** Step two of sign-in: a TOTP code or a recovery code turns an 'mfa' session into an active one. */
export async function verifyMfa(
  ctx: OperationContext,
  session: CurrentSession,
  input: unknown,
  client: ClientInfo,
): Promise<SessionGrant> {
  requireStage(session, 'mfa');
  const { code, recoveryCode } = parseInput(codeSchema, input);
  if (!code && !recoveryCode) throw validationError([{ path: 'code', message: 'is required' }]);
  const refused = throttleProblem(await countFailures(ctx, session.user.email, client.address));
  if (refused) throw refused;
  const accepted = await inTransaction(ctx, async (trx) =>
    recoveryCode
      ? redeemRecoveryCode(trx, session.user.id, recoveryCode)
      : claimTotpCode(trx, session, code ?? ''),
  );
  const method = recoveryCode ? 'recovery-code' : 'totp';
  if (!accepted) {
    await recordFailure(ctx, session.user.email, client.address);
    await auditAccount(ctx, 'auth.mfa-failed', session.user.id, { method });
    throw unauthenticated('The code is wrong or already used');
  }
  await auditAccount(ctx, 'auth.mfa-verified', session.user.id, { method });
  return advanceSession(ctx, session, 'active', client);
}

async function claimTotpCode(ctx: OperationContext, session: CurrentSession, code: string): Promise<boolean> {
  const { user } = session;
  if (!user.totp_secret) return false;
  const check = checkTotp({
    secret: user.totp_secret,
    code,
    now: ctx.clock(),
    lastUsedStep: user.totp_last_step,
  });
  if (!check.ok) return false;
  // The step is claimed with a guard, so two requests with one code cannot both pass.
  const claimed = await ctx.db
    .updateTable('users')
    .set({ totp_last_step: check.step })
    .where('id', '=', user.id)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', check.step)]))
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

export async function redeemRecoveryCode(
  ctx: OperationContext,
  userId: string,
  code: string,
): Promise<boolean> {
  const used = await ctx.db
    .updateTable('recovery_codes')
    .set({ used_at: nowIso(ctx) })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hashRecoveryCode(code))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(used.numUpdatedRows) === 1;
}

/** Starts enrollment for a session that must enroll: a new secret, kept on the session until confirmed. */
export async function startEnrollment(
  ctx: OperationContext,
  session: CurrentSession,
  client: ClientInfo,
): Promise<{ grant: SessionGrant; enrollment: Enrollment }> {
  requireStage(session, 'enroll');
  const secret = newTotpSecret();
  const grant = await advanceSession(ctx, session, 'enroll', client, secret);
  const uri = totpUri({ secret, account: session.user.email });
  return { grant, enrollment: { secret, uri, qrSvg: await svgQr(uri) } };
}

/** Confirms enrollment with a first code: MFA is on, the recovery codes are shown once. */
export async function confirmEnrollment(
  ctx: OperationContext,
  session: CurrentSession,
  input: unknown,
  client: ClientInfo,
): Promise<{ grant: SessionGrant; recoveryCodes: string[] }> {
  requireStage(session, 'enroll');
  const secret = session.pendingTotpSecret;
  if (!secret) throw validationError([{ path: 'code', message: 'start the enrollment first' }]);
  const { code } = parseInput(codeSchema, input);
  const check = checkTotp({ secret, code: code ?? '', now: ctx.clock(), lastUsedStep: null });
  if (!check.ok) throw validationError([{ path: 'code', message: 'is not the current code of this secret' }]);
  return inTransaction(ctx, async (trx) => {
    const recoveryCodes = await enableTotp(trx, session.user.id, secret, check.step);
    const grant = await advanceSession(trx, session, 'active', client);
    return { grant, recoveryCodes };
  });
}

/** Sets a user's TOTP secret and ten new recovery codes (the operator's enrollment, and confirmation). */
export async function enableTotp(
  ctx: OperationContext,
  userId: string,
  secret: string,
  lastStep: number | null = null,
): Promise<string[]> {
  await ctx.db
    .updateTable('users')
    .set({ totp_secret: secret, totp_last_step: lastStep, mfa_enrolled_at: nowIso(ctx) })
    .where('id', '=', userId)
    .execute();
  await ctx.db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await auditAccount(ctx, 'auth.mfa-enrolled', userId);
  const codes = newRecoveryCodes();
  await ctx.db
    .insertInto('recovery_codes')
    .values(codes.map((code) => ({ user_id: userId, code_hash: hashRecoveryCode(code), used_at: null })))
    .execute();
  return codes;
}

/** The operator enrolls a user from the terminal: the secret and URI to scan, and recovery codes. */
export async function enrollFromTerminal(
  ctx: OperationContext,
  userId: string,
  account: string,
): Promise<MfaSetup> {
  const secret = newTotpSecret();
  const recoveryCodes = await inTransaction(ctx, (trx) => enableTotp(trx, userId, secret));
  return { secret, uri: totpUri({ secret, account }), recoveryCodes };
}
