import { isDeepStrictEqual } from 'node:util';
import { inTransaction, nowIso, type OperationContext } from '../../core/context.ts';
import { DocketError, forbidden, notFound, validationError, versionConflict } from '../../core/errors.ts';
import { newId } from '../../core/ids.ts';
import { parseInput } from '../../core/validation.ts';
import { writeJson } from '../../db/codec.ts';
import { fieldLevelsOf, sealedFieldsOf } from '../access/field-levels.ts';
import { atMost, canCreateRecords, type RecordAbilities } from '../access/record.policy.ts';
import { withheldFields } from '../access/redaction.ts';
import { discloseRevisions, redactionRules } from './disclosure.ts';
import { fieldsOf, splitInput } from './record.row.ts';
import {
  commonDefaults,
  type DisclosedRevision,
  type RecordMeta,
  type Sensitivity,
  type StoredRecord,
} from './record.schema.ts';
import { assertRefFree, claimVersion, guardRef, writeRevision } from './record.write.ts';
import { abilitiesOn, assertAbility, callerOf } from './record-access.ts';
import type { RecordKind } from './record-kind.ts';
import { diffSnapshots, findRevision, listRevisions } from './revision.store.ts';
import { openRecord, resealRevisions, sealFields } from './sealing.ts';

/**
 * The life cycle every record type shares: create, update with optimistic concurrency, soft delete
 * and undelete, restore of an earlier revision, publication. Each change writes its revision in the
 * same transaction, so the history can never disagree with the record. Every operation applies the
 * record policy: a record the caller may not read is "not found", exactly like one that does not
 * exist; one it may read but not change is "not allowed". Results are stored records (secret values
 * sealed); outputs pass them through `disclosure.ts`.
 */

async function loadStored<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
): Promise<StoredRecord<F> | undefined> {
  const [record] = await kind.load(ctx.db, [id]);
  return record;
}

/** A record the caller may read, as stored; "not found" otherwise. */
export async function getRecord<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
  options: { includeDeleted?: boolean } = {},
): Promise<StoredRecord<F>> {
  return (await readableRecord(ctx, kind, id, options)).record;
}

/** A record the caller may read, with its abilities on it. */
export async function readableRecord<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
  options: { includeDeleted?: boolean } = {},
): Promise<{ record: StoredRecord<F>; abilities: RecordAbilities }> {
  const record = await loadStored(ctx, kind, id);
  if (!record || (record.deletedAt && !options.includeDeleted)) throw notFound(kind.type, id);
  const abilities = await abilitiesOn(ctx, kind, record);
  if (!abilities.read) throw notFound(kind.type, id);
  return { record, abilities };
}

export async function createRecord<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  input: unknown,
): Promise<StoredRecord<F>> {
  const { common, fields: fieldInput } = splitInput(
    parseInput(kind.createSchema, input) as Record<string, unknown>,
  );
  const { sensitivity, ownerOrgId } = assertMayCreate(ctx, common);
  const fields = parseInput(kind.fieldsSchema, { ...kind.defaults, ...fieldInput });
  return guardRef(
    kind,
    inTransaction(ctx, async (trx) => {
      await kind.check?.(trx, fields);
      const ref = common.ref ?? null;
      if (ref !== null) await assertRefFree(trx, kind, ref);
      const now = nowIso(trx);
      const meta: RecordMeta = {
        ...commonDefaults,
        ...common,
        sensitivity,
        fieldSensitivity: fieldLevelsOf(kind.levels ?? {}, {
          fieldSensitivity: common.fieldSensitivity ?? {},
        }),
        ref,
        id: newId(),
        version: 1,
        ownerOrgId,
        createdAt: now,
        createdBy: trx.actor.id,
        updatedAt: now,
        updatedBy: trx.actor.id,
        deletedAt: null,
        deletedBy: null,
      };
      const { stored, sealed } = sealFields(trx, kind, meta, fields);
      await kind.insert(trx.db, { ...meta, sealed }, stored);
      const created = (await loadStored(trx, kind, meta.id)) as StoredRecord<F>;
      await writeRevision(trx, kind, 'create', undefined, created);
      return created;
    }),
  );
}

export async function updateRecord<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
  input: unknown,
): Promise<StoredRecord<F>> {
  const parsed = parseInput(kind.updateSchema, input) as Record<string, unknown> & { version: number };
  const { common, fields: patch } = splitInput(parsed);
  return guardRef(
    kind,
    inTransaction(ctx, async (trx) => {
      const { open, abilities } = await loadForChange(trx, kind, id, parsed.version, 'write');
      const hidden = withheldFields(open, redactionRules(kind), abilities).filter((f) => f in patch);
      if (hidden.length > 0)
        throw forbidden(`You may not change fields you cannot see: ${hidden.join(', ')}`);
      const fieldSensitivity = {
        ...fieldLevelsOf(kind.levels ?? {}, open),
        ...(common.fieldSensitivity ?? {}),
      };
      const sensitivity = (common.sensitivity ?? open.sensitivity) as Sensitivity;
      if (sensitivity !== open.sensitivity || !isDeepStrictEqual(fieldSensitivity, open.fieldSensitivity)) {
        assertAbility(abilities, 'share', kind.type);
        assertWithinClearance(callerOf(trx).clearance, sensitivity);
      }
      const fields = parseInput(kind.fieldsSchema, { ...fieldsOf(open), ...patch });
      const ref = common.ref === undefined ? open.ref : (common.ref ?? null);
      const next = { ...open, ref, sensitivity, fieldSensitivity, ...fields };
      if (diffSnapshots(open, next).length === 0)
        return loadStored(trx, kind, id) as Promise<StoredRecord<F>>;
      await kind.check?.(trx, fields);
      if (next.ref !== null && next.ref !== open.ref) await assertRefFree(trx, kind, next.ref);
      const { stored, sealed } = sealFields(trx, kind, next, fields);
      await claimVersion(trx, kind, open, {
        ref: next.ref,
        sensitivity,
        field_sensitivity: writeJson(fieldSensitivity),
        sealed,
        ...kind.levelColumns?.({ fieldSensitivity }),
      });
      await kind.updateFields(trx.db, id, stored);
      const updated = (await loadStored(trx, kind, id)) as StoredRecord<F>;
      await sealHistoryOfNewSecrets(trx, kind, open, updated);
      await writeRevision(trx, kind, 'update', open, updated);
      return updated;
    }),
  );
}

export async function deleteRecord<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
  version: number,
): Promise<StoredRecord<F>> {
  return inTransaction(ctx, async (trx) => {
    const { open } = await loadForChange(trx, kind, id, version, 'delete');
    await claimVersion(trx, kind, open, { deleted_at: nowIso(trx), deleted_by: trx.actor.id });
    const deleted = (await loadStored(trx, kind, id)) as StoredRecord<F>;
    await writeRevision(trx, kind, 'delete', open, deleted);
    return deleted;
  });
}

export async function undeleteRecord<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
  version: number,
): Promise<StoredRecord<F>> {
  return inTransaction(ctx, async (trx) => {
    const { open } = await loadForChange(trx, kind, id, version, 'delete', { allowDeleted: true });
    if (!open.deletedAt) {
      throw new DocketError({
        type: 'not-deleted',
        title: 'Not deleted',
        detail: `The ${kind.type} ${id} is not deleted`,
      });
    }
    await claimVersion(trx, kind, open, { deleted_at: null, deleted_by: null });
    const restored = (await loadStored(trx, kind, id)) as StoredRecord<F>;
    await writeRevision(trx, kind, 'undelete', open, restored);
    return restored;
  });
}

/**
 * Publishes or unpublishes a record: an editor's explicit act, recorded as its own revision. What
 * the public then sees still passes redaction: public-level fields only, and a person's identifying
 * fields only with a consent basis.
 */
export async function setPublished<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
  version: number,
  published: boolean,
): Promise<StoredRecord<F>> {
  return inTransaction(ctx, async (trx) => {
    const { open } = await loadForChange(trx, kind, id, version, 'publish');
    if (open.isPublished === published) return loadStored(trx, kind, id) as Promise<StoredRecord<F>>;
    await claimVersion(trx, kind, open, { is_published: published });
    const changed = (await loadStored(trx, kind, id)) as StoredRecord<F>;
    await writeRevision(trx, kind, published ? 'publish' : 'unpublish', open, changed);
    return changed;
  });
}

/**
 * Puts the record back as it was at an earlier revision; the restore is itself a new revision.
 * Publication stays as it is (it is its own act), and a restore may not change a field the caller
 * cannot see, so nobody overwrites what they cannot see.
 */
export async function restoreRevision<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
  revisionId: string,
  version: number,
): Promise<StoredRecord<F>> {
  return guardRef(
    kind,
    inTransaction(ctx, async (trx) => {
      const { open, abilities } = await loadForChange(trx, kind, id, version, 'write', {
        allowDeleted: true,
      });
      const revision = await findRevision(trx.db, revisionId);
      if (!revision || revision.recordType !== kind.type || revision.recordId !== id) {
        throw notFound(`revision of ${kind.type} ${id}`, revisionId);
      }
      // Snapshots from before field levels existed have none: the defaults apply.
      const snapshot = revision.snapshot as unknown as StoredRecord<F>;
      const target = openRecord(trx, kind, {
        ...snapshot,
        fieldSensitivity: snapshot.fieldSensitivity ?? {},
      });
      const rules = redactionRules(kind);
      const withheld = new Set([
        ...withheldFields(open, rules, abilities),
        ...withheldFields(target, rules, abilities),
      ]);
      const before = open as Record<string, unknown>;
      const after = target as Record<string, unknown>;
      const changesHidden = [...withheld].filter((field) => !isDeepStrictEqual(before[field], after[field]));
      if (changesHidden.length > 0) {
        throw forbidden(`Restoring would change fields you cannot see: ${changesHidden.join(', ')}`);
      }
      const levelsChange =
        target.sensitivity !== open.sensitivity ||
        !isDeepStrictEqual(target.fieldSensitivity, open.fieldSensitivity);
      if (levelsChange) assertAbility(abilities, 'share', kind.type);
      const fields = parseInput(kind.fieldsSchema, fieldsOf(target));
      await kind.check?.(trx, fields);
      if (target.ref !== null && target.ref !== open.ref) await assertRefFree(trx, kind, target.ref);
      const { stored, sealed } = sealFields(trx, kind, { ...target, id }, fields);
      await claimVersion(trx, kind, open, {
        ref: target.ref,
        sensitivity: target.sensitivity,
        field_sensitivity: writeJson(target.fieldSensitivity),
        sealed,
        ...kind.levelColumns?.(target),
        deleted_at: target.deletedAt ? (open.deletedAt ?? nowIso(trx)) : null,
        deleted_by: target.deletedAt ? (open.deletedBy ?? trx.actor.id) : null,
      });
      await kind.updateFields(trx.db, id, stored);
      const restored = (await loadStored(trx, kind, id)) as StoredRecord<F>;
      await sealHistoryOfNewSecrets(trx, kind, open, restored);
      await writeRevision(trx, kind, 'restore', open, restored, revision.id);
      return restored;
    }),
  );
}

/** The revisions of a record the caller may read, oldest first, redacted; the public sees no history. */
export async function listRecordRevisions<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
): Promise<DisclosedRevision[]> {
  const { record, abilities } = await readableRecord(ctx, kind, id, { includeDeleted: true });
  if (abilities.publicView) throw notFound(kind.type, id);
  return discloseRevisions(ctx, kind, record, abilities, await listRevisions(ctx.db, kind.type, id));
}

/**
 * What the record policy asks of a new record: a role that creates, a sensitivity the creator could
 * see, publication by an editor only. Returns the record's sensitivity and owner (the creator's org).
 */
export function assertMayCreate(
  ctx: OperationContext,
  common: { sensitivity?: Sensitivity | undefined; isPublished?: boolean | undefined },
): { sensitivity: Sensitivity; ownerOrgId: string | null } {
  const caller = callerOf(ctx);
  if (!canCreateRecords(caller)) {
    throw forbidden(`Your role (${caller.role ?? 'none'}) may not create records`);
  }
  const sensitivity = common.sensitivity ?? commonDefaults.sensitivity;
  assertWithinClearance(caller.clearance, sensitivity);
  if (common.isPublished && !(caller.kind === 'operator' || caller.role === 'editor')) {
    throw forbidden('Only editors publish records');
  }
  return { sensitivity, ownerOrgId: caller.orgId ?? null };
}

function assertWithinClearance(clearance: Sensitivity, sensitivity: Sensitivity): void {
  if (atMost(sensitivity, clearance)) return;
  throw validationError([
    { path: 'sensitivity', message: `is above your clearance (${clearance}): you could not see the record` },
  ]);
}

/** The record as stored and opened, checked for the version read and the ability the change needs. */
async function loadForChange<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
  version: number,
  ability: 'write' | 'delete' | 'publish',
  options: { allowDeleted?: boolean } = {},
): Promise<{ open: StoredRecord<F>; abilities: RecordAbilities }> {
  const { record: current, abilities } = await readableRecord(ctx, kind, id, { includeDeleted: true });
  assertAbility(abilities, ability, kind.type);
  if (current.version !== version) throw versionConflict(kind.type, id, version, current.version);
  if (current.deletedAt && !options.allowDeleted) {
    throw new DocketError({
      type: 'deleted',
      title: 'Record is deleted',
      detail: `The ${kind.type} ${id} is deleted; undelete it before changing it`,
    });
  }
  return { open: openRecord(ctx, kind, current), abilities };
}

/** When a change makes fields secret, their values in the record's older revisions are sealed too. */
async function sealHistoryOfNewSecrets<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  before: StoredRecord<F>,
  after: StoredRecord<F>,
): Promise<void> {
  const was = new Set(sealedFieldsOf(kind.levels ?? {}, before));
  const added = sealedFieldsOf(kind.levels ?? {}, after).filter((field) => !was.has(field));
  if (added.length > 0) await resealRevisions(ctx, kind, after.id, added);
}
