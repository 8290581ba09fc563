import { caseLevels } from '../../../../../src/modules/cases/case.schema.ts';
import { personLevels } from '../../../../../src/modules/persons/person.schema.ts';
import type { AnyRecord, RecordSegment, Sensitivity } from './types.ts';

/** Each type's identifying fields and their default sensitivity, as the API declares them. */
export const FIELD_LEVELS: Partial<Record<RecordSegment, Readonly<Record<string, Sensitivity>>>> = {
  persons: personLevels,
  cases: caseLevels,
};

/** The level a field has on this record: the record's own choice, else the type's default. */
export function fieldLevel(
  segment: RecordSegment,
  record: AnyRecord,
  field: string,
): Sensitivity | undefined {
  return record.fieldSensitivity[field] ?? FIELD_LEVELS[segment]?.[field];
}
