import type { Selectable } from 'kysely';
import { z } from 'zod';
import { inTransaction, nowIso, type OperationContext } from '../../core/context.ts';
import { DocketError, forbidden } from '../../core/errors.ts';
import { newId } from '../../core/ids.ts';
import { parseInput } from '../../core/validation.ts';
import type { ApiTokensTable } from '../../db/access-schema.ts';
import { type ApiToken, type Role, type TokenScope, tokenScopeSchema } from './access.schema.ts';
import { auditAccount } from './account-audit.ts';
import { hashSecret, newApiToken, parseApiToken, timingSafeEqualHex } from './secret-tokens.ts';
import { findUser, type UserRow } from './user.store.ts';

/**
 * API tokens for integrations and remote CLI use: scoped, expiring, shown once, stored as a public
 * prefix (to find and list them) and a hash of the whole token, revocable, listed with last use.
 */

export const MAX_TOKEN_DAYS = 365;
/** Last use is written at most this often, so reading through a token is not a write per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

const createTokenSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scope: tokenScopeSchema,
  expiresInDays: z.number().int().min(1).max(MAX_TOKEN_DAYS).default(90),
});

/** The widest scope each role may give a token. */
const ROLE_SCOPES: Record<Role, readonly TokenScope[]> = {
  administrator: ['read', 'write', 'admin'],
  editor: ['read', 'write'],
  researcher: ['read', 'write'],
  viewer: ['read'],
  partner: ['read'],
};

function tokenFromRow(row: Selectable<ApiTokensTable>): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scope: row.scope as TokenScope,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export async function createApiToken(
  ctx: OperationContext,
  user: { id: string; role: Role },
  input: unknown,
): Promise<{ token: string; apiToken: ApiToken }> {
  const data = parseInput(createTokenSchema, input);
  if (!ROLE_SCOPES[user.role].includes(data.scope)) {
    throw forbidden(`A ${user.role} may not create a token with the ${data.scope} scope`);
  }
  const { token, prefix } = newApiToken();
  const now = ctx.clock();
  const row = {
    id: newId(),
    user_id: user.id,
    name: data.name,
    prefix,
    secret_hash: hashSecret(token),
    scope: data.scope,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + data.expiresInDays * 86_400_000).toISOString(),
    last_used_at: null,
    revoked_at: null,
  };
  await inTransaction(ctx, async (trx) => {
    await trx.db.insertInto('api_tokens').values(row).execute();
    await auditAccount(trx, 'token.create', user.id, { tokenId: row.id, scope: row.scope });
  });
  return { token, apiToken: tokenFromRow(row) };
}

export async function listApiTokens(ctx: OperationContext, userId: string): Promise<ApiToken[]> {
  const rows = await ctx.db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(tokenFromRow);
}

export async function revokeApiToken(
  ctx: OperationContext,
  userId: string,
  tokenId: string,
): Promise<ApiToken> {
  const row = await ctx.db
    .selectFrom('api_tokens')
    .selectAll()
    .where('id', '=', tokenId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) throw new DocketError({ type: 'not-found', title: 'Not found', detail: `No token ${tokenId}` });
  const revokedAt = row.revoked_at ?? nowIso(ctx);
  await inTransaction(ctx, async (trx) => {
    await trx.db.updateTable('api_tokens').set({ revoked_at: revokedAt }).where('id', '=', row.id).execute();
    await auditAccount(trx, 'token.revoke', userId, { tokenId: row.id });
  });
  return tokenFromRow({ ...row, revoked_at: revokedAt });
}

/** The user and scope a bearer token stands for, or null: unknown, wrong, revoked, expired or disabled. */
export async function authenticateApiToken(
  ctx: OperationContext,
  text: string,
): Promise<{ user: UserRow; scope: TokenScope } | null> {
  const parsed = parseApiToken(text);
  if (!parsed) return null;
  const row = await ctx.db
    .selectFrom('api_tokens')
    .selectAll()
    .where('prefix', '=', parsed.prefix)
    .executeTakeFirst();
  if (!row || !timingSafeEqualHex(row.secret_hash, hashSecret(text))) return null;
  const now = ctx.clock().getTime();
  if (row.revoked_at || Date.parse(row.expires_at) <= now) return null;
  const user = await findUser(ctx.db, row.user_id);
  if (!user || user.disabled_at) return null;
  if (!row.last_used_at || now - Date.parse(row.last_used_at) >= LAST_USED_RESOLUTION_MS) {
    await ctx.db
      .updateTable('api_tokens')
      .set({ last_used_at: nowIso(ctx) })
      .where('id', '=', row.id)
      .execute();
  }
  return { user, scope: row.scope as TokenScope };
}
