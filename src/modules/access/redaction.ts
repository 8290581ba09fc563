import { isSealed } from '../../core/secret-box.ts';
import type { FieldLevels, Revision, StoredRecord } from '../records/record.schema.ts';
import { fieldLevelsOf, hiddenFieldsOf } from './field-levels.ts';
import type { RecordAbilities } from './record.policy.ts';

/**
 * The one redaction step every output goes through: record reads, lists, revisions, exports, CLI
 * output with an audience, and what later outputs add. Pure: given what the caller may do with a
 * record (its abilities, from the record policy), it returns what the caller may see of it.
 *
 * - A declared field above the caller's clearance on the record is withheld: null, and named in
 *   `redacted`, so a reader knows something is there without learning what.
 * - In the public's view (a record seen only because it is published), a record's identifying
 *   fields also need a public basis (a person's consent or public-record status).
 * - The public never sees who in the coalition wrote what, nor which organization owns a record.
 */

export interface RedactionRules<F> {
  /** The fields that can identify someone, with their default levels. */
  levels: FieldLevels;
  /** Fields published only with a public basis (a person's names, birth date, contacts, …). */
  identifying?: readonly string[];
  /** Whether the record's subject may be named in public (a person's consent basis). */
  hasPublicIdentity?(record: F): boolean;
}

export type Disclosed<R> = Omit<R, 'sealed' | 'createdBy' | 'updatedBy' | 'deletedBy' | 'ownerOrgId'> & {
  ownerOrgId: string | null;
  createdBy: string | null;
  updatedBy: string | null;
  deletedBy: string | null;
  abilities: RecordAbilities;
  redacted: string[];
};

/** The fields of this record the caller may not see. */
export function withheldFields<F extends object>(
  record: StoredRecord<F>,
  rules: RedactionRules<F>,
  abilities: RecordAbilities,
): string[] {
  const hidden = new Set(hiddenFieldsOf(rules.levels, record, abilities.clearance));
  if (abilities.publicView && !(rules.hasPublicIdentity?.(record) ?? true)) {
    for (const field of rules.identifying ?? []) hidden.add(field);
  }
  return [...hidden].sort();
}

export function redactRecord<F extends object>(
  record: StoredRecord<F>,
  rules: RedactionRules<F>,
  abilities: RecordAbilities,
): Disclosed<StoredRecord<F>> {
  const redacted = withheldFields(record, rules, abilities);
  const { sealed: _sealed, ...rest } = record;
  const visible: Record<string, unknown> = { ...rest };
  for (const field of redacted) visible[field] = null;
  const isPublic = abilities.publicView;
  return {
    ...(visible as Disclosed<StoredRecord<F>>),
    fieldSensitivity: fieldLevelsOf(rules.levels, record),
    ownerOrgId: isPublic ? null : record.ownerOrgId,
    createdBy: isPublic ? null : record.createdBy,
    updatedBy: isPublic ? null : record.updatedBy,
    deletedBy: isPublic ? null : record.deletedBy,
    abilities,
    redacted,
  };
}

/**
 * A revision as the caller may see it: its snapshot redacted like a record, and the changes of
 * withheld fields emptied. A field counts as withheld if it is withheld under the record's levels
 * now, after this change, or before it (`previous`, the revision before): lowering a level never
 * exposes a value it held while it was higher, in this revision or an older one.
 */
export function redactRevision<F extends object>(
  revision: Revision,
  current: StoredRecord<F>,
  rules: RedactionRules<F>,
  abilities: RecordAbilities,
  previous?: Revision,
): Revision & { redacted: string[] } {
  const levelsOf = (stored: Revision) => {
    const snapshot = stored.snapshot as unknown as StoredRecord<F>;
    return { ...snapshot, fieldSensitivity: snapshot.fieldSensitivity ?? {} };
  };
  const hidden = new Set([
    ...withheldFields(current, rules, abilities),
    ...withheldFields(levelsOf(revision), rules, abilities),
    ...(previous ? withheldFields(levelsOf(previous), rules, abilities) : []),
    // A value still sealed was not opened for this caller: never pass the ciphertext on.
    ...revision.changes.filter((c) => isSealed(c.from) || isSealed(c.to)).map((c) => c.field),
  ]);
  const snapshotOut: Record<string, unknown> = { ...(revision.snapshot as Record<string, unknown>) };
  delete snapshotOut.sealed;
  for (const field of hidden) if (field in snapshotOut) snapshotOut[field] = null;
  return {
    ...revision,
    snapshot: snapshotOut,
    changes: revision.changes.map((change) =>
      hidden.has(change.field) ? { field: change.field, from: null, to: null } : change,
    ),
    redacted: [...hidden].sort(),
  };
}
