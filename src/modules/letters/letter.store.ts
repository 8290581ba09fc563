import type { Kysely, Selectable } from 'kysely';
import { readJson } from '../../db/codec.ts';
import type { LetterDecisionsTable, LettersTable, Schema } from '../../db/schema.ts';
import type { DecisionRow } from './sign-on.ts';

type Db = Kysely<Schema>;
export type LetterRow = Selectable<LettersTable>;

/** A letter with everything its answers are made from, read in four small queries. */
export interface LetterState {
  row: LetterRow;
  request: Record<string, unknown>;
  versions: Array<{
    number: number;
    sha256: string;
    note: string | null;
    createdAt: string;
    createdBy: string;
  }>;
  recipients: Array<{ orgId: string; orgName: string }>;
  decisions: DecisionRow[];
}

export async function loadLetterState(db: Db, id: string): Promise<LetterState | undefined> {
  const row = await db.selectFrom('letters').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [versions, recipients, decisions] = await Promise.all([
    db
      .selectFrom('letter_versions')
      .select(['number', 'sha256', 'note', 'created_at', 'created_by'])
      .where('letter_id', '=', id)
      .orderBy('number')
      .execute(),
    db
      .selectFrom('letter_recipients')
      .innerJoin('orgs', 'orgs.id', 'letter_recipients.org_id')
      .select(['letter_recipients.org_id', 'orgs.name'])
      .where('letter_recipients.letter_id', '=', id)
      .orderBy('orgs.name')
      .execute(),
    db
      .selectFrom('letter_decisions')
      .selectAll()
      .where('letter_id', '=', id)
      .orderBy('decided_at')
      .orderBy('id')
      .execute(),
  ]);
  return {
    row,
    request: readJson(row.request) as Record<string, unknown>,
    versions: versions.map((v) => ({
      number: v.number,
      sha256: v.sha256,
      note: v.note,
      createdAt: v.created_at,
      createdBy: v.created_by,
    })),
    recipients: recipients.map((r) => ({ orgId: r.org_id, orgName: r.name })),
    decisions: decisions.map(decisionFromRow),
  };
}

function decisionFromRow(row: Selectable<LetterDecisionsTable>): DecisionRow {
  return {
    orgId: row.org_id,
    versionNumber: row.version_number,
    decision: row.decision as DecisionRow['decision'],
    organizationName: row.organization_name,
    signatory: row.signatory,
    signatoryTitle: row.signatory_title,
    decidedAt: row.decided_at,
  };
}

/**
 * The version decisions are taken on: the latest, except on a final letter, whose last version is
 * the frozen text made from the one its signatories signed.
 */
export function signedVersion(state: LetterState): number {
  const latest = state.versions.at(-1)?.number ?? 1;
  return state.row.status === 'final' ? Math.max(1, latest - 1) : latest;
}

export async function versionText(db: Db, letterId: string, number: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('letter_versions')
    .select('markdown')
    .where('letter_id', '=', letterId)
    .where('number', '=', number)
    .executeTakeFirst();
  return row?.markdown;
}

/**
 * Moves the letter from `expected` to the next version, or reports that someone else did first:
 * the update only matches the version read, so of two writers only one wins.
 */
export async function bumpLetter(
  db: Db,
  id: string,
  expected: number,
  changes: Partial<Omit<LetterRow, 'id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('letters')
    .set({ ...changes, version: expected + 1 })
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
