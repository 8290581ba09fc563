import type { OperationContext } from '../../core/context.ts';
import { sealedFieldsOf } from '../access/field-levels.ts';
import type { RecordAbilities } from '../access/record.policy.ts';
import {
  type Disclosed,
  type RedactionRules,
  redactRecord,
  redactRevision,
  withheldFields,
} from '../access/redaction.ts';
import type { DisclosedRevision, Revision, StoredRecord } from './record.schema.ts';
import { abilitiesOf } from './record-access.ts';
import type { RecordKind } from './record-kind.ts';
import { openChanges, openRecord } from './sealing.ts';

/**
 * Turns stored records into what the caller may see: every output of a record (API, CLI, export)
 * comes through here. Secret values are decrypted only when the caller may see one of them.
 */

export function redactionRules<F extends object>(kind: RecordKind<F>): RedactionRules<F> {
  return {
    levels: kind.levels ?? {},
    ...(kind.identifying ? { identifying: kind.identifying } : {}),
    ...(kind.hasPublicIdentity ? { hasPublicIdentity: kind.hasPublicIdentity } : {}),
  };
}

/** Whether a caller with these abilities sees any field this record keeps sealed. */
function seesSealedField<F extends object>(
  kind: RecordKind<F>,
  record: StoredRecord<F>,
  abilities: RecordAbilities,
): boolean {
  const withheld = new Set(withheldFields(record, redactionRules(kind), abilities));
  return sealedFieldsOf(kind.levels ?? {}, record).some((field) => !withheld.has(field));
}

/** One record as the caller may see it, with given abilities (the caller must be able to read it). */
export function discloseWith<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  record: StoredRecord<F>,
  abilities: RecordAbilities,
): Disclosed<StoredRecord<F>> {
  const opened =
    record.sealed && seesSealedField(kind, record, abilities) ? openRecord(ctx, kind, record) : record;
  return redactRecord(opened, redactionRules(kind), abilities);
}

/** The records the caller may read, as it may see them; others are dropped (lists never hold them). */
export async function disclose<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  records: readonly StoredRecord<F>[],
): Promise<Disclosed<StoredRecord<F>>[]> {
  const abilities = await abilitiesOf(ctx, kind, records);
  return records.flatMap((record) => {
    const can = abilities.get(record.id);
    return can?.read ? [discloseWith(ctx, kind, record, can)] : [];
  });
}

/** A record's revisions as the caller may see them, oldest first (each judged with the one before it). */
export function discloseRevisions<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  current: StoredRecord<F>,
  abilities: RecordAbilities,
  revisions: readonly Revision[],
): DisclosedRevision[] {
  const rules = redactionRules(kind);
  // Older revisions may hold sealed values the record no longer seals; redaction withholds those
  // unless both the levels then and now allow them, so today's levels decide whether to decrypt.
  const seesSecrets = seesSealedField(kind, current, abilities);
  return revisions.map((revision, i) => {
    const snapshot = revision.snapshot as unknown as StoredRecord<F>;
    const opened = seesSecrets
      ? {
          ...revision,
          snapshot: openRecord(ctx, kind, snapshot) as unknown as Record<string, unknown>,
          changes: openChanges(ctx, kind, current.id, revision.changes),
        }
      : revision;
    return redactRevision(opened, current, rules, abilities, revisions[i - 1]);
  });
}
