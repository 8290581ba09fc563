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
import { type AuditInput, appendAudit } from '../audit/audit.store.ts';
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

/** The secret fields of this record a caller with these abilities is shown: what must be decrypted. */
function shownSecretFields<F extends object>(
  kind: RecordKind<F>,
  record: StoredRecord<F>,
  abilities: RecordAbilities,
): string[] {
  const withheld = new Set(withheldFields(record, redactionRules(kind), abilities));
  return sealedFieldsOf(kind.levels ?? {}, record).filter((field) => !withheld.has(field));
}

/** Every read of a secret value is audited: which record, which fields, by whom — not the value. */
const secretRead = (kind: { type: string }, id: string, fields: string[], history = false): AuditInput => ({
  action: 'record.read-secret',
  targetType: kind.type,
  targetId: id,
  fields,
  detail: history ? { history: true } : {},
});

function discloseOne<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  record: StoredRecord<F>,
  abilities: RecordAbilities,
  reads: AuditInput[],
): Disclosed<StoredRecord<F>> {
  const shown = record.sealed ? shownSecretFields(kind, record, abilities) : [];
  if (shown.length > 0) reads.push(secretRead(kind, record.id, shown));
  const opened = shown.length > 0 ? openRecord(ctx, kind, record) : record;
  return redactRecord(opened, redactionRules(kind), abilities);
}

/** One record as the caller may see it, with given abilities (the caller must be able to read it). */
export async function discloseWith<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  record: StoredRecord<F>,
  abilities: RecordAbilities,
): Promise<Disclosed<StoredRecord<F>>> {
  const reads: AuditInput[] = [];
  const disclosed = discloseOne(ctx, kind, record, abilities, reads);
  await appendAudit(ctx, reads);
  return disclosed;
}

/** The records the caller may read, as it may see them; others are dropped (lists never hold them). */
export async function disclose<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  records: readonly StoredRecord<F>[],
): Promise<Disclosed<StoredRecord<F>>[]> {
  const abilities = await abilitiesOf(ctx, kind, records);
  const reads: AuditInput[] = [];
  const disclosed = records.flatMap((record) => {
    const can = abilities.get(record.id);
    return can?.read ? [discloseOne(ctx, kind, record, can, reads)] : [];
  });
  await appendAudit(ctx, reads);
  return disclosed;
}

/** A record's revisions as the caller may see them, oldest first (each judged with the one before it). */
export async function discloseRevisions<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  current: StoredRecord<F>,
  abilities: RecordAbilities,
  revisions: readonly Revision[],
): Promise<DisclosedRevision[]> {
  const rules = redactionRules(kind);
  // Older revisions may hold sealed values the record no longer seals; redaction withholds those
  // unless both the levels then and now allow them, so today's levels decide whether to decrypt.
  const shown = shownSecretFields(kind, current, abilities);
  const seesSecrets = shown.length > 0;
  if (seesSecrets) await appendAudit(ctx, [secretRead(kind, current.id, shown, true)]);
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
