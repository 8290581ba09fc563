import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Dialect } from '../../core/context.ts';
import { columnTypes } from '../column-types.ts';

/**
 * Accounts: the coalition's member organizations ("orgs", apart from the organizations that are
 * evidence records), their users, server-side sessions, API tokens, one-time links (invitations and
 * password resets), MFA recovery codes and failed sign-ins for throttling. Secrets are stored only
 * as hashes: session ids, token secrets, link tokens and recovery codes.
 */
export function access(dialect: Dialect) {
  const types = columnTypes(dialect);
  const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('orgs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', types.timestamp, notNull)
        .addColumn('created_by', 'text', notNull)
        .execute();

      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', notNull)
        .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
        .addColumn('role', 'text', notNull)
        .addColumn('password_hash', 'text')
        .addColumn('password_changed_at', types.timestamp)
        .addColumn('totp_secret', 'text')
        .addColumn('totp_last_step', 'integer')
        .addColumn('mfa_enrolled_at', types.timestamp)
        .addColumn('disabled_at', types.timestamp)
        .addColumn('created_at', types.timestamp, notNull)
        .addColumn('created_by', 'text', notNull)
        .execute();
      await db.schema.createIndex('users_org').on('users').columns(['org_id', 'email']).execute();

      await db.schema
        .createTable('recovery_codes')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('code_hash', 'text', notNull)
        .addColumn('used_at', types.timestamp)
        .addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash'])
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('stage', 'text', notNull)
        .addColumn('csrf_token', 'text', notNull)
        .addColumn('pending_totp_secret', 'text')
        .addColumn('created_at', types.timestamp, notNull)
        .addColumn('last_seen_at', types.timestamp, notNull)
        .addColumn('expires_at', types.timestamp, notNull)
        .addColumn('address', 'text')
        .addColumn('user_agent', 'text')
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('name', 'text', notNull)
        .addColumn('prefix', 'text', (c) => c.notNull().unique())
        .addColumn('secret_hash', 'text', notNull)
        .addColumn('scope', 'text', notNull)
        .addColumn('created_at', types.timestamp, notNull)
        .addColumn('expires_at', types.timestamp, notNull)
        .addColumn('last_used_at', types.timestamp)
        .addColumn('revoked_at', types.timestamp)
        .execute();
      await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

      await db.schema
        .createTable('account_links')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('purpose', 'text', notNull)
        .addColumn('created_at', types.timestamp, notNull)
        .addColumn('created_by', 'text', notNull)
        .addColumn('expires_at', types.timestamp, notNull)
        .addColumn('used_at', types.timestamp)
        .execute();

      await db.schema
        .createTable('sign_in_failures')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account', 'text', notNull)
        .addColumn('address', 'text', notNull)
        .addColumn('at', types.timestamp, notNull)
        .execute();
      await db.schema
        .createIndex('sign_in_failures_account')
        .on('sign_in_failures')
        .columns(['account', 'at'])
        .execute();
      await db.schema
        .createIndex('sign_in_failures_address')
        .on('sign_in_failures')
        .columns(['address', 'at'])
        .execute();
    },
  };
}
