import { z } from 'zod';
import { inTransaction, nowIso, type OperationContext } from '../../core/context.ts';
import { DocketError, unauthenticated, validationError } from '../../core/errors.ts';
import { newId } from '../../core/ids.ts';
import { parseInput } from '../../core/validation.ts';
import { MFA_REQUIRED_ROLES, type Role, type SessionStage, type User } from './access.schema.ts';
import { auditAccount } from './account-audit.ts';
import { verifyAgainstNothing, verifyPassword } from './password.ts';
import { hashSecret, newSessionToken } from './secret-tokens.ts';
import { countFailures, type FailureCounts, recordFailure, throttleProblem } from './sign-in-failures.ts';
import { findUserByEmail, type UserRow, userFromRow } from './user.store.ts';

/**
 * Server-side sessions. The cookie holds a random token; the database holds its SHA-256 only, so a
 * copy of the database opens no session. A session is rotated (a new token) at every step up —
 * password, then MFA — and ends after 30 minutes idle or 12 hours in all.
 */

export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 3_600_000;
const LAST_SEEN_RESOLUTION_MS = 60_000;

export interface ClientInfo {
  address: string;
  userAgent?: string;
}

export interface SessionGrant {
  /** The cookie's value; only its hash is stored. */
  token: string;
  sessionId: string;
  stage: SessionStage;
  csrfToken: string;
  expiresAt: string;
  user: User;
}

const signInSchema = z.strictObject({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(1024),
});

/** The one answer to a wrong email or a wrong password, so neither reveals that an account exists. */
const WRONG_CREDENTIALS = 'The email or password is wrong';

export async function signIn(
  ctx: OperationContext,
  input: unknown,
  client: ClientInfo,
  options: { previousToken?: string; failures?: FailureCounts } = {},
): Promise<SessionGrant> {
  const { email, password } = parseInput(signInSchema, input);
  const failures = options.failures ?? (await countFailures(ctx, email, client.address));
  const refused = throttleProblem(failures);
  if (refused) throw refused;
  const user = await findUserByEmail(ctx.db, email);
  const usable = user && !user.disabled_at && user.password_hash;
  const matches = usable
    ? await verifyPassword(user.password_hash ?? '', password)
    : await verifyAgainstNothing(password);
  if (!user || !usable || !matches) {
    await recordFailure(ctx, email, client.address);
    await auditAccount(ctx, 'auth.sign-in-failed', user?.id ?? null, { step: 'password' });
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  return inTransaction(ctx, async (trx) => {
    if (options.previousToken) await endSessionByToken(trx, options.previousToken);
    const stage = stageAfterPassword(user);
    await auditAccount(trx, 'auth.sign-in', user.id, { stage });
    return openSession(trx, user, stage, client);
  });
}

function stageAfterPassword(user: UserRow): SessionStage {
  if (user.mfa_enrolled_at) return 'mfa';
  return MFA_REQUIRED_ROLES.has(user.role as Role) ? 'enroll' : 'active';
}

/** A new session (a new token, so a token seen before signing in is worth nothing after). */
export async function openSession(
  ctx: OperationContext,
  user: UserRow,
  stage: SessionStage,
  client: ClientInfo,
  carried: { createdAt?: string; pendingTotpSecret?: string | null } = {},
): Promise<SessionGrant> {
  const token = newSessionToken();
  const now = nowIso(ctx);
  const createdAt = carried.createdAt ?? now;
  const expiresAt = new Date(Date.parse(createdAt) + ABSOLUTE_TIMEOUT_MS).toISOString();
  const row = {
    id: newId(),
    token_hash: hashSecret(token),
    user_id: user.id,
    stage,
    csrf_token: newSessionToken(),
    pending_totp_secret: carried.pendingTotpSecret ?? null,
    created_at: createdAt,
    last_seen_at: now,
    expires_at: expiresAt,
    address: client.address,
    user_agent: client.userAgent?.slice(0, 500) ?? null,
  };
  await ctx.db.insertInto('sessions').values(row).execute();
  return {
    token,
    sessionId: row.id,
    stage,
    csrfToken: row.csrf_token,
    expiresAt,
    user: userFromRow(user),
  };
}

export interface CurrentSession {
  id: string;
  stage: SessionStage;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  pendingTotpSecret: string | null;
  user: UserRow;
}

/**
 * The session a cookie's token opens, or null: unknown, idle past 30 minutes, past its 12 hours,
 * or of a disabled user (expired ones are deleted as they are met). Touches `last_seen_at`.
 */
export async function findSession(ctx: OperationContext, token: string): Promise<CurrentSession | null> {
  const row = await ctx.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.id as session_id',
      'sessions.stage',
      'sessions.csrf_token',
      'sessions.created_at as session_created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.pending_totp_secret',
    ])
    .where('sessions.token_hash', '=', hashSecret(token))
    .executeTakeFirst();
  if (!row) return null;
  const now = ctx.clock().getTime();
  const idle = now - Date.parse(row.last_seen_at) > IDLE_TIMEOUT_MS;
  if (idle || now >= Date.parse(row.expires_at) || row.disabled_at) {
    await ctx.db.deleteFrom('sessions').where('id', '=', row.session_id).execute();
    return null;
  }
  // Written at most once a minute: idle expiry needs no finer grain, and a read stays a read.
  if (now - Date.parse(row.last_seen_at) >= LAST_SEEN_RESOLUTION_MS) {
    await ctx.db
      .updateTable('sessions')
      .set({ last_seen_at: nowIso(ctx) })
      .where('id', '=', row.session_id)
      .execute();
  }
  const {
    session_id,
    stage,
    csrf_token,
    session_created_at,
    last_seen_at,
    expires_at,
    pending_totp_secret,
    ...user
  } = row;
  return {
    id: session_id,
    stage: stage as SessionStage,
    csrfToken: csrf_token,
    createdAt: session_created_at,
    expiresAt: expires_at,
    pendingTotpSecret: pending_totp_secret,
    user,
  };
}

export async function endSessionByToken(ctx: OperationContext, token: string): Promise<void> {
  await ctx.db.deleteFrom('sessions').where('token_hash', '=', hashSecret(token)).execute();
}

/** Replaces a session by a new one at a new stage: a new token and CSRF token, the same 12 hours. */
export async function advanceSession(
  ctx: OperationContext,
  session: CurrentSession,
  stage: SessionStage,
  client: ClientInfo,
  pendingTotpSecret: string | null = null,
): Promise<SessionGrant> {
  return inTransaction(ctx, async (trx) => {
    await trx.db.deleteFrom('sessions').where('id', '=', session.id).execute();
    return openSession(trx, session.user, stage, client, { createdAt: session.createdAt, pendingTotpSecret });
  });
}

export async function listSessions(ctx: OperationContext, userId: string, currentId?: string) {
  const rows = await ctx.db
    .selectFrom('sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('last_seen_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    address: row.address,
    userAgent: row.user_agent,
    current: row.id === currentId,
  }));
}

/** Ends one of the caller's own sessions; another user's answers 404 like an unknown one. */
export async function endSession(ctx: OperationContext, userId: string, sessionId: string): Promise<void> {
  const result = await ctx.db
    .deleteFrom('sessions')
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) {
    throw new DocketError({ type: 'not-found', title: 'Not found', detail: `No session ${sessionId}` });
  }
}

export function requireStage(session: CurrentSession, stage: SessionStage): void {
  if (session.stage !== stage) {
    throw validationError([{ path: 'session', message: `is not waiting for this step (${session.stage})` }]);
  }
}
