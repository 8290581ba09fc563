import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import { newId } from '../../core/ids.ts';
import { readJson, writeJson } from '../../db/codec.ts';
import type { RevisionsTable, Schema } from '../../db/schema.ts';
import type { Revision, RevisionAction } from './record.schema.ts';
import { EDITABLE_META, SYSTEM_META } from './record.schema.ts';

export type Change = Revision['changes'][number];

/** Field-level changes between two snapshots; only what a user can edit, plus deletion. */
export function diffSnapshots(before: object | undefined, after: object): Change[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  // Deletion is a change users make; the other system columns only follow from changes.
  const systemKeys = new Set<string>(SYSTEM_META.filter((key) => key !== 'deletedAt'));
  const keys = new Set([...Object.keys(b), ...Object.keys(a)].filter((k) => !systemKeys.has(k)));
  const changes: Change[] = [];
  for (const field of keys) {
    if (before && isDeepStrictEqual(b[field], a[field])) continue;
    if (!before && isEmpty(a[field])) continue;
    changes.push({ field, from: before ? (b[field] ?? null) : null, to: a[field] ?? null });
  }
  return changes.sort((x, y) => order(x.field) - order(y.field) || x.field.localeCompare(y.field));
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

function order(field: string): number {
  return (EDITABLE_META as readonly string[]).includes(field) ? 1 : 0;
}

export interface NewRevision {
  recordType: string;
  recordId: string;
  version: number;
  action: RevisionAction;
  actor: string;
  at: string;
  snapshot: object;
  changes: Change[];
  restoredFrom?: string | null;
}

/** The revisions row for a new revision, with a new id; bulk writers insert many at once. */
export function revisionRow(revision: NewRevision) {
  return {
    id: newId(),
    record_type: revision.recordType,
    record_id: revision.recordId,
    version: revision.version,
    action: revision.action,
    actor: revision.actor,
    at: revision.at,
    snapshot: writeJson(revision.snapshot),
    changes: writeJson(revision.changes),
    restored_from: revision.restoredFrom ?? null,
  };
}

export async function insertRevision(db: Kysely<Schema>, revision: NewRevision): Promise<Revision> {
  const row = revisionRow(revision);
  await db.insertInto('revisions').values(row).execute();
  return revisionFromRow({ ...row, snapshot: revision.snapshot, changes: revision.changes });
}

export async function listRevisions(
  db: Kysely<Schema>,
  recordType: string,
  recordId: string,
): Promise<Revision[]> {
  const rows = await db
    .selectFrom('revisions')
    .selectAll()
    .where('record_type', '=', recordType)
    .where('record_id', '=', recordId)
    .orderBy('version', 'asc')
    .execute();
  return rows.map(revisionFromRow);
}

/** Rewrites how a revision is stored (sealing, key rotation); never what it records. */
export async function updateRevisionBody(
  db: Kysely<Schema>,
  id: string,
  body: { snapshot: object; changes: Change[] },
): Promise<void> {
  await db
    .updateTable('revisions')
    .set({ snapshot: writeJson(body.snapshot), changes: writeJson(body.changes) })
    .where('id', '=', id)
    .execute();
}

export async function findRevision(db: Kysely<Schema>, id: string): Promise<Revision | undefined> {
  const row = await db.selectFrom('revisions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? revisionFromRow(row) : undefined;
}

function revisionFromRow(
  row:
    | RevisionsTable
    | (Omit<RevisionsTable, 'snapshot' | 'changes'> & { snapshot: unknown; changes: unknown }),
): Revision {
  return {
    id: row.id,
    recordType: row.record_type,
    recordId: row.record_id,
    version: row.version,
    action: row.action as RevisionAction,
    actor: row.actor,
    at: row.at,
    changes: readJson(row.changes) as Change[],
    snapshot: readJson(row.snapshot) as Record<string, unknown>,
    restoredFrom: row.restored_from,
  };
}
