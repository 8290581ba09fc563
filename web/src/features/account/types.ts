import type { paths } from '../../api/schema.d.ts';
import type { SessionUser } from '../../auth/session.ts';

/** The shapes the account and admin screens read, taken from the generated API types. */
export type Role = SessionUser['role'];
export type Clearance = SessionUser['clearance'];
export type ApiTokenInfo =
  paths['/api/auth/tokens']['get']['responses'][200]['content']['application/json']['items'][number];
export type TokenScope = ApiTokenInfo['scope'];
export type SessionEntry =
  paths['/api/auth/sessions']['get']['responses'][200]['content']['application/json']['items'][number];

export const ROLES: readonly Role[] = ['administrator', 'editor', 'researcher', 'viewer', 'partner'];
export const CLEARANCES: readonly Clearance[] = ['public', 'internal', 'confidential', 'secret'];

/**
 * The widest token scope each role may create, as the server decides (`token.operations.ts`); the
 * form offers only these so nobody picks a scope that is then refused.
 */
export const ROLE_SCOPES: Record<Role, readonly TokenScope[]> = {
  administrator: ['read', 'write', 'admin'],
  editor: ['read', 'write'],
  researcher: ['read', 'write'],
  viewer: ['read'],
  partner: ['read'],
};

/** The server's rule for new passwords (`password.ts`), checked here first for a quick answer. */
export const PASSWORD_MIN_LENGTH = 12;

export const ACCOUNT_KEYS = {
  sessions: ['account', 'sessions'] as const,
  tokens: ['account', 'tokens'] as const,
};
