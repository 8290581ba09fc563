import type { ColumnType } from 'kysely';

/** Kysely types of the accounts tables (migration 0003-access). Timestamps are ISO strings. */

export interface OrgsTable {
  id: string;
  name: string;
  created_at: string;
  created_by: string;
}

export interface UsersTable {
  id: string;
  /** Lower-cased; the sign-in name. */
  email: string;
  display_name: string;
  org_id: string;
  role: string;
  /** The highest sensitivity the user may see (migration 0004-sharing). */
  clearance: ColumnType<string, string | undefined, string>;
  /** Null until an invitation is accepted. */
  password_hash: string | null;
  password_changed_at: string | null;
  totp_secret: string | null;
  /** The last TOTP time step accepted, so a code cannot be used twice. */
  totp_last_step: number | null;
  mfa_enrolled_at: string | null;
  disabled_at: string | null;
  created_at: string;
  created_by: string;
}

export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

export interface SessionsTable {
  /** A public id for listing and ending sessions; the cookie holds a token whose hash is token_hash. */
  id: string;
  token_hash: string;
  user_id: string;
  /** 'mfa' (code awaited), 'enroll' (MFA enrollment required) or 'active'. */
  stage: string;
  csrf_token: string;
  pending_totp_secret: string | null;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  address: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  prefix: string;
  secret_hash: string;
  scope: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AccountLinksTable {
  id: string;
  token_hash: string;
  user_id: string;
  /** 'invitation' or 'password-reset'. */
  purpose: string;
  created_at: string;
  created_by: string;
  expires_at: string;
  used_at: string | null;
}

export interface SignInFailuresTable {
  id: string;
  account: string;
  address: string;
  at: string;
}

export interface AccessSchema {
  orgs: OrgsTable;
  users: UsersTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  account_links: AccountLinksTable;
  sign_in_failures: SignInFailuresTable;
}
