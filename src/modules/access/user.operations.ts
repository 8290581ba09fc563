import { z } from 'zod';
import { inTransaction, nowIso, type OperationContext } from '../../core/context.ts';
import { DocketError, forbidden, validationError } from '../../core/errors.ts';
import { newId } from '../../core/ids.ts';
import { parseInput } from '../../core/validation.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { sensitivitySchema } from '../records/record.schema.ts';
import {
  defaultClearance,
  displayNameSchema,
  emailSchema,
  type Org,
  orgInputSchema,
  passwordInputSchema,
  roleSchema,
  type User,
} from './access.schema.ts';
import { auditAccount } from './account-audit.ts';
import { hashPassword, passwordProblem } from './password.ts';
import { hashSecret, newSessionToken } from './secret-tokens.ts';
import { endAllSessions, findOrg, findUser, findUserByEmail, orgFromRow, userFromRow } from './user.store.ts';

/**
 * The coalition's organizations and their users: created by the operator (CLI) or an administrator,
 * invited by a single-use link, disabled (which ends every session) and reset.
 */

export const INVITATION_DAYS = 7;
export const PASSWORD_RESET_HOURS = 24;

export async function createOrg(ctx: OperationContext, input: unknown): Promise<Org> {
  const { name } = parseInput(orgInputSchema, input);
  const row = { id: newId(), name, created_at: nowIso(ctx), created_by: ctx.actor.id };
  try {
    await ctx.db.insertInto('orgs').values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error, 'orgs', 'name')) {
      throw validationError([{ path: 'name', message: `an organization named "${name}" exists` }]);
    }
    throw error;
  }
  return orgFromRow(row);
}

export async function listOrgs(ctx: OperationContext): Promise<Org[]> {
  const rows = await ctx.db.selectFrom('orgs').selectAll().orderBy('name').execute();
  return rows.map(orgFromRow);
}

const newUserSchema = z.strictObject({
  email: emailSchema,
  displayName: displayNameSchema.optional(),
  org: z.string().trim().min(1).describe('The organization, by id or name'),
  role: roleSchema,
  clearance: sensitivitySchema
    .optional()
    .describe('Defaults to confidential for editors, internal otherwise'),
});

/** Checks a new password against the rules, as a field error of `path`. */
export function assertPassword(password: string, path = 'password'): void {
  const problem = passwordProblem(password);
  if (problem) throw validationError([{ path, message: problem }]);
}

async function insertUser(ctx: OperationContext, input: unknown, password: string | null): Promise<User> {
  const data = parseInput(newUserSchema, input);
  const org = await findOrg(ctx.db, data.org);
  if (!org) throw validationError([{ path: 'org', message: `no organization "${data.org}"` }]);
  const now = nowIso(ctx);
  const row = {
    id: newId(),
    email: data.email,
    display_name: data.displayName ?? data.email,
    org_id: org.id,
    role: data.role,
    clearance: data.clearance ?? defaultClearance(data.role),
    password_hash: password === null ? null : await hashPassword(password),
    password_changed_at: password === null ? null : now,
    totp_secret: null,
    totp_last_step: null,
    mfa_enrolled_at: null,
    disabled_at: null,
    created_at: now,
    created_by: ctx.actor.id,
  };
  try {
    await ctx.db.insertInto('users').values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error, 'users', 'email')) {
      throw validationError([{ path: 'email', message: 'a user with this email exists' }]);
    }
    throw error;
  }
  await auditAccount(ctx, 'user.create', row.id, { role: row.role, clearance: row.clearance });
  return userFromRow(row);
}

export const userAccessSchema = z.strictObject({
  role: roleSchema.optional(),
  clearance: sensitivitySchema.optional(),
});

/**
 * Changes a user's role or clearance; it applies from their next request. Nobody changes their own,
 * so an administrator cannot raise their own clearance.
 */
export async function changeUserAccess(
  ctx: OperationContext,
  emailOrId: string,
  input: unknown,
): Promise<User> {
  const data = parseInput(userAccessSchema, input);
  const row = await requireUser(ctx, emailOrId);
  if (row.id === ctx.actor.id) throw forbidden('You cannot change your own role or clearance');
  const changes = {
    ...(data.role ? { role: data.role } : {}),
    ...(data.clearance ? { clearance: data.clearance } : {}),
  };
  if (Object.keys(changes).length > 0) {
    await inTransaction(ctx, async (trx) => {
      await trx.db.updateTable('users').set(changes).where('id', '=', row.id).execute();
      await auditAccount(trx, 'user.change-access', row.id, changes);
    });
  }
  return userFromRow({ ...row, ...changes });
}

/** A user with a password set now (the operator's `users create-admin`, the demo). */
export async function createUserWithPassword(
  ctx: OperationContext,
  input: unknown,
  password: string,
): Promise<User> {
  assertPassword(password);
  return insertUser(ctx, input, password);
}

export interface AccountLink {
  user: User;
  /** The single-use secret to put in the link; only its hash is stored. */
  token: string;
  expiresAt: string;
}

/** Creates an invited user (no password yet) and the single-use link that lets them set one. */
export async function inviteUser(ctx: OperationContext, input: unknown): Promise<AccountLink> {
  return inTransaction(ctx, async (trx) => {
    const user = await insertUser(trx, input, null);
    return issueLink(trx, user, 'invitation', INVITATION_DAYS * 24);
  });
}

async function issueLink(
  ctx: OperationContext,
  user: User,
  purpose: 'invitation' | 'password-reset',
  hours: number,
): Promise<AccountLink> {
  const token = newSessionToken();
  const expiresAt = new Date(ctx.clock().getTime() + hours * 3_600_000).toISOString();
  // A new link replaces any unused one for the same purpose.
  await ctx.db
    .deleteFrom('account_links')
    .where('user_id', '=', user.id)
    .where('purpose', '=', purpose)
    .execute();
  await ctx.db
    .insertInto('account_links')
    .values({
      id: newId(),
      token_hash: hashSecret(token),
      user_id: user.id,
      purpose,
      created_at: nowIso(ctx),
      created_by: ctx.actor.id,
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
  return { user, token, expiresAt };
}

/** A single-use password-reset link; using it still asks for the TOTP code of an enrolled user. */
export async function issuePasswordReset(ctx: OperationContext, email: string): Promise<AccountLink> {
  const user = await requireUser(ctx, email);
  return issueLink(ctx, userFromRow(user), 'password-reset', PASSWORD_RESET_HOURS);
}

export async function listUsers(ctx: OperationContext): Promise<User[]> {
  const rows = await ctx.db.selectFrom('users').selectAll().orderBy('email').execute();
  return rows.map(userFromRow);
}

async function requireUser(ctx: OperationContext, emailOrId: string) {
  const email = emailSchema.safeParse(emailOrId);
  const row = email.success ? await findUserByEmail(ctx.db, email.data) : await findUser(ctx.db, emailOrId);
  if (!row) {
    throw new DocketError({ type: 'not-found', title: 'Not found', detail: `No user ${emailOrId}` });
  }
  return row;
}

/** Disables a user: every session ends now and no sign-in or token works until re-enabled. */
export async function disableUser(ctx: OperationContext, emailOrId: string): Promise<User> {
  return inTransaction(ctx, async (trx) => {
    const row = await requireUser(trx, emailOrId);
    const disabledAt = row.disabled_at ?? nowIso(trx);
    await trx.db.updateTable('users').set({ disabled_at: disabledAt }).where('id', '=', row.id).execute();
    await endAllSessions(trx.db, row.id);
    await auditAccount(trx, 'user.disable', row.id);
    return userFromRow({ ...row, disabled_at: disabledAt });
  });
}

export async function enableUser(ctx: OperationContext, emailOrId: string): Promise<User> {
  const row = await requireUser(ctx, emailOrId);
  await inTransaction(ctx, async (trx) => {
    await trx.db.updateTable('users').set({ disabled_at: null }).where('id', '=', row.id).execute();
    await auditAccount(trx, 'user.enable', row.id);
  });
  return userFromRow({ ...row, disabled_at: null });
}

/** Removes a user's MFA (a lost phone): they enroll again at their next sign-in. */
export async function resetMfa(ctx: OperationContext, emailOrId: string): Promise<User> {
  return inTransaction(ctx, async (trx) => {
    const row = await requireUser(trx, emailOrId);
    const cleared = { totp_secret: null, totp_last_step: null, mfa_enrolled_at: null };
    await trx.db.updateTable('users').set(cleared).where('id', '=', row.id).execute();
    await trx.db.deleteFrom('recovery_codes').where('user_id', '=', row.id).execute();
    await endAllSessions(trx.db, row.id);
    await auditAccount(trx, 'auth.mfa-reset', row.id);
    return userFromRow({ ...row, ...cleared });
  });
}

export const newPasswordSchema = z.strictObject({ password: passwordInputSchema });
