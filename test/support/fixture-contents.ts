import type { Kysely } from 'kysely';
import type { Schema } from '../../src/db/schema.ts';
import { citableKinds } from '../../src/modules/citations/citable-kinds.ts';
import { citationKind } from '../../src/modules/citations/citation.operations.ts';
import type { RecordKind } from '../../src/modules/records/record-kind.ts';
import { listRevisions } from '../../src/modules/records/revision.store.ts';

/**
 * Everything a schema fixture holds, read through the current stores, in a stable order: every
 * record of every type, and every revision. Compared before and after migrating.
 */
export async function exportFixtureContents(db: Kysely<Schema>) {
  const kinds: RecordKind<object>[] = [...Object.values(citableKinds), citationKind as RecordKind<object>];
  const contents: Record<string, unknown[]> = {};
  const revisions: unknown[] = [];
  for (const kind of kinds) {
    const ids = (await db.selectFrom(kind.table).select('id').orderBy('id').execute()).map((r) => r.id);
    const records = [...(await kind.load(db, ids))].sort((a, b) => a.id.localeCompare(b.id));
    contents[kind.type] = records;
    for (const record of records) revisions.push(...(await listRevisions(db, kind.type, record.id)));
  }
  // Accounts arrived with 0003-access; older fixtures have none, so empty lists are left out.
  const orgs = await db.selectFrom('orgs').selectAll().orderBy('id').execute();
  const users = await db.selectFrom('users').selectAll().orderBy('id').execute();
  const tokens = await db.selectFrom('api_tokens').selectAll().orderBy('id').execute();
  const accounts = orgs.length + users.length + tokens.length > 0 ? { orgs, users, tokens } : {};
  // Grants arrived with 0004-sharing.
  const grants = await db.selectFrom('record_grants').selectAll().orderBy('id').execute();
  return { ...contents, revisions, ...accounts, ...(grants.length > 0 ? { grants } : {}) };
}
