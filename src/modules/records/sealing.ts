import type { OperationContext } from '../../core/context.ts';
import { DocketError } from '../../core/errors.ts';
import { isSealed, type Keyring, open, seal } from '../../core/secret-box.ts';
import { sealedFieldsOf } from '../access/field-levels.ts';
import type { RecordMeta, StoredRecord } from './record.schema.ts';
import type { RecordKind } from './record-kind.ts';
import { type Change, listRevisions, updateRevisionBody } from './revision.store.ts';

/**
 * Secret field values are stored encrypted (AES-256-GCM, `core/secret-box.ts`): a record's secret
 * fields are taken out of the values its store writes (left empty, so they reach no list column or
 * search text) and kept together in its `sealed` column, bound to the record's type and id. Revision
 * snapshots are the stored form, so they hold the same sealed value; a revision's changes to a
 * secret field hold each side sealed.
 */

function keyringOf(ctx: OperationContext): Keyring {
  if (!ctx.keyring) {
    throw new DocketError({
      type: 'internal',
      title: 'No secret key',
      detail: 'This operation needs the secret key (DOCKET_SECRET_KEY or the key file), which was not loaded',
    });
  }
  return ctx.keyring;
}

/** What the AES-GCM tag binds a record's sealed values to, so they cannot be moved to another record. */
export const sealContext = (type: string, id: string) => `${type}:${id}`;

export const isEmptyValue = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/** The empty value a store writes in place of a secret field. */
const blankOf = (value: unknown) => (Array.isArray(value) ? [] : null);

/** The fields as the store writes them, and the record's sealed value (null when nothing is secret). */
export function sealFields<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  meta: Pick<RecordMeta, 'id' | 'sensitivity' | 'fieldSensitivity'>,
  fields: F,
): { stored: F; sealed: string | null } {
  return sealNamed(ctx, kind.type, meta.id, fields, sealedFieldsOf(kind.levels ?? {}, meta));
}

function sealNamed<T extends object>(
  ctx: OperationContext,
  type: string,
  id: string,
  values: T,
  secretFields: readonly string[],
): { stored: T; sealed: string | null } {
  let names = secretFields;
  const source = values as Record<string, unknown>;
  // Nothing to hide in an empty field: a record with no secret value needs no key and no ciphertext.
  names = names.filter((field) => !isEmptyValue(source[field]));
  if (names.length === 0) return { stored: values, sealed: null };
  const stored: Record<string, unknown> = { ...source };
  const hidden: Record<string, unknown> = {};
  for (const field of names) {
    hidden[field] = source[field] ?? null;
    stored[field] = blankOf(source[field]);
  }
  return { stored: stored as T, sealed: seal(keyringOf(ctx), JSON.stringify(hidden), sealContext(type, id)) };
}

/** The record with its secret values put back; unchanged when it has none. */
export function openRecord<F extends object>(
  ctx: OperationContext,
  kind: { type: string },
  record: StoredRecord<F>,
): StoredRecord<F> {
  if (!record.sealed) return record;
  const values = JSON.parse(open(keyringOf(ctx), record.sealed, sealContext(kind.type, record.id))) as object;
  return { ...record, ...values, sealed: null };
}

/** A revision's changes with each side of a change to a secret field sealed. */
export function sealChanges(
  ctx: OperationContext,
  kind: { type: string },
  id: string,
  changes: Change[],
  secretFields: ReadonlySet<string>,
): Change[] {
  if (secretFields.size === 0) return changes;
  const context = sealContext(kind.type, id);
  const sealValue = (value: unknown) =>
    value === null ? null : seal(keyringOf(ctx), JSON.stringify(value), context);
  const sealOnce = (value: unknown) => (isSealed(value) ? value : sealValue(value));
  return changes.map((change) =>
    secretFields.has(change.field)
      ? { field: change.field, from: sealOnce(change.from), to: sealOnce(change.to) }
      : change,
  );
}

/**
 * Seals `fields` in every revision of a record that still holds them in clear: called when a change
 * makes them secret, so no earlier version of a now-secret value stays readable in the database.
 */
export async function resealRevisions(
  ctx: OperationContext,
  kind: RecordKind<object>,
  id: string,
  fields: readonly string[],
): Promise<void> {
  const newlySecret = new Set(fields);
  for (const revision of await listRevisions(ctx.db, kind.type, id)) {
    const snapshot = { fieldSensitivity: {}, ...revision.snapshot } as StoredRecord<object>;
    const opened = openRecord(ctx, kind, snapshot);
    const names = [...new Set([...sealedFieldsOf(kind.levels ?? {}, snapshot), ...fields])].filter(
      (field) => field in opened,
    );
    const { stored, sealed } = sealNamed(ctx, kind.type, id, opened, names);
    await updateRevisionBody(ctx.db, revision.id, {
      snapshot: { ...stored, sealed },
      changes: sealChanges(ctx, kind, id, revision.changes, newlySecret),
    });
  }
}

/** A revision's changes with sealed sides opened. */
export function openChanges(
  ctx: OperationContext,
  kind: { type: string },
  id: string,
  changes: Change[],
): Change[] {
  const context = sealContext(kind.type, id);
  const openValue = (value: unknown) =>
    isSealed(value) ? (JSON.parse(open(keyringOf(ctx), value, context)) as unknown) : value;
  return changes.map((change) => ({ ...change, from: openValue(change.from), to: openValue(change.to) }));
}
