import type { Selectable } from 'kysely';
import { readBool, readJson, writeJson } from '../../db/codec.ts';
import type { RecordColumns } from '../../db/schema.ts';
import {
  EDITABLE_META,
  type RecordMeta,
  type Sensitivity,
  type StoredRecord,
  SYSTEM_META,
} from './record.schema.ts';

/** Maps the shared record columns to and from their API names. */
export function metaToRow(meta: RecordMeta) {
  return {
    id: meta.id,
    ref: meta.ref,
    version: meta.version,
    sensitivity: meta.sensitivity,
    is_published: meta.isPublished,
    created_at: meta.createdAt,
    created_by: meta.createdBy,
    updated_at: meta.updatedAt,
    updated_by: meta.updatedBy,
    deleted_at: meta.deletedAt,
    deleted_by: meta.deletedBy,
    owner_org_id: meta.ownerOrgId,
    field_sensitivity: writeJson(meta.fieldSensitivity),
    sealed: meta.sealed ?? null,
  };
}

export function metaFromRow(row: Selectable<RecordColumns>): RecordMeta {
  return {
    id: row.id,
    ref: row.ref,
    version: row.version,
    sensitivity: row.sensitivity as Sensitivity,
    isPublished: readBool(row.is_published),
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    deletedAt: row.deleted_at,
    deletedBy: row.deleted_by,
    ownerOrgId: row.owner_org_id,
    fieldSensitivity: readJson(row.field_sensitivity) as RecordMeta['fieldSensitivity'],
    sealed: row.sealed,
  };
}

const META_KEYS = new Set<string>([...SYSTEM_META, ...EDITABLE_META]);

/** The module's own fields of a stored record, without the shared columns. */
export function fieldsOf<F extends object>(record: StoredRecord<F>): F {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !META_KEYS.has(key))) as F;
}

/** Splits a create or update body into the shared editable columns and the module's fields. */
export function splitInput(input: Record<string, unknown>): {
  common: Partial<Pick<RecordMeta, (typeof EDITABLE_META)[number]>>;
  fields: Record<string, unknown>;
} {
  const common: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || key === 'version') continue;
    if ((EDITABLE_META as readonly string[]).includes(key)) common[key] = value;
    else fields[key] = value;
  }
  return { common, fields };
}
