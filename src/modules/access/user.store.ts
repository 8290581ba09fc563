import type { Kysely, Selectable } from 'kysely';
import { validationError } from '../../core/errors.ts';
import type { OrgsTable, UsersTable } from '../../db/access-schema.ts';
import type { Schema } from '../../db/schema.ts';
import type { Org, Role, User } from './access.schema.ts';

type Db = Kysely<Schema>;

/**
 * The organizations of these ids, refused with a field error naming each id that is none
 * (`field.N`): letters and briefings name their readers by organization.
 */
export async function existingOrgs(
  db: Db,
  ids: readonly string[],
  field: string,
): Promise<Array<{ id: string; name: string }>> {
  if (ids.length === 0) return [];
  const found = await db.selectFrom('orgs').select(['id', 'name']).where('id', 'in', ids).execute();
  const known = new Set(found.map((org) => org.id));
  const missing = ids.flatMap((id, i) => (known.has(id) ? [] : [i]));
  if (missing.length > 0) {
    throw validationError(missing.map((i) => ({ path: `${field}.${i}`, message: 'is not an organization' })));
  }
  return found;
}
export type UserRow = Selectable<UsersTable>;

export function orgFromRow(row: Selectable<OrgsTable>): Org {
  return { id: row.id, name: row.name, createdAt: row.created_at };
}

export function userFromRow(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    orgId: row.org_id,
    role: row.role as Role,
    clearance: row.clearance as User['clearance'],
    mfaEnrolled: row.mfa_enrolled_at !== null,
    status: row.disabled_at ? 'disabled' : row.password_hash ? 'active' : 'invited',
    createdAt: row.created_at,
  };
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUser(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findOrg(db: Db, idOrName: string): Promise<Selectable<OrgsTable> | undefined> {
  return db
    .selectFrom('orgs')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)]))
    .executeTakeFirst();
}

/** Ends every session of a user: on disabling, a password reset or an MFA reset. */
export async function endAllSessions(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
