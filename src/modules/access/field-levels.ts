import type { FieldLevels, Sensitivity } from '../records/record.schema.ts';
import { atMost } from './record.policy.ts';

/**
 * Field-level sensitivity, pure. A record type declares the fields that can identify someone and a
 * default level for each; a record may override them (`fieldSensitivity`). Other fields follow the
 * record's own sensitivity, which decides who sees the record at all.
 */

export interface LeveledRecord {
  sensitivity: Sensitivity;
  fieldSensitivity: Readonly<Record<string, Sensitivity>>;
}

/** The level of every declared field of this record (records store them all from creation on). */
export function fieldLevelsOf(
  declared: FieldLevels,
  record: Pick<LeveledRecord, 'fieldSensitivity'>,
): Record<string, Sensitivity> {
  return Object.fromEntries(
    Object.entries(declared).map(([field, level]) => [field, record.fieldSensitivity[field] ?? level]),
  );
}

/**
 * The fields whose values are stored encrypted: those marked secret, and every declared field of a
 * secret record. Undeclared fields stay in clear so lists can sort and filter on them.
 */
export function sealedFieldsOf(declared: FieldLevels, record: LeveledRecord): string[] {
  const levels = fieldLevelsOf(declared, record);
  return Object.keys(levels).filter((field) => record.sensitivity === 'secret' || levels[field] === 'secret');
}

/** The declared fields a caller with this clearance on the record may not see. */
export function hiddenFieldsOf(
  declared: FieldLevels,
  record: LeveledRecord,
  clearance: Sensitivity,
): string[] {
  const levels = fieldLevelsOf(declared, record);
  return Object.keys(levels).filter((field) => !atMost(levels[field] as Sensitivity, clearance));
}
