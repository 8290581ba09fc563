import type { Kysely } from 'kysely';
import { groupBy } from '../../core/collections.ts';
import type { Schema } from '../../db/schema.ts';
import type { Sensitivity } from '../records/record.schema.ts';
import type { RecordGrant } from './record.policy.ts';

type Db = Kysely<Schema>;

export interface StoredGrant extends RecordGrant {
  id: string;
  recordType: string;
  recordId: string;
  createdAt: string;
  createdBy: string;
}

function grantFromRow(row: Schema['record_grants']): StoredGrant {
  return {
    id: row.id,
    recordType: row.record_type,
    recordId: row.record_id,
    granteeType: row.grantee_type as RecordGrant['granteeType'],
    granteeId: row.grantee_id,
    access: row.access as RecordGrant['access'],
    clearance: row.clearance as Sensitivity,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/** The grants of these records, by record id, in one query. */
export async function loadGrants(
  db: Db,
  recordType: string,
  ids: readonly string[],
): Promise<Map<string, StoredGrant[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('record_grants')
    .selectAll()
    .where('record_type', '=', recordType)
    .where('record_id', 'in', ids)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return groupBy(rows.map(grantFromRow), (grant) => grant.recordId);
}

export async function findGrant(db: Db, id: string): Promise<StoredGrant | undefined> {
  const row = await db.selectFrom('record_grants').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? grantFromRow(row) : undefined;
}

/** Adds a grant, or changes the access and clearance of the grantee's existing one. */
export async function upsertGrant(db: Db, grant: StoredGrant): Promise<void> {
  await db
    .insertInto('record_grants')
    .values({
      id: grant.id,
      record_type: grant.recordType,
      record_id: grant.recordId,
      grantee_type: grant.granteeType,
      grantee_id: grant.granteeId,
      access: grant.access,
      clearance: grant.clearance,
      created_at: grant.createdAt,
      created_by: grant.createdBy,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['record_type', 'record_id', 'grantee_type', 'grantee_id'])
        .doUpdateSet({ access: grant.access, clearance: grant.clearance }),
    )
    .execute();
}

export async function deleteGrant(db: Db, id: string): Promise<void> {
  await db.deleteFrom('record_grants').where('id', '=', id).execute();
}
