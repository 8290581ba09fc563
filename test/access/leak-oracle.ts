/**
 * The oracle both leak tests judge outputs by, built from the pure policy and redaction modules
 * only (never from the server's answers): a record's policy facts, and whether a caller may see one
 * of its fields at given levels.
 */
import type { RecordAbilities, RecordFacts, RecordGrant } from '../../src/modules/access/record.policy.ts';
import { type RedactionRules, withheldFields } from '../../src/modules/access/redaction.ts';
import { caseLevels } from '../../src/modules/cases/case.schema.ts';
import { personIdentifyingFields, personLevels } from '../../src/modules/persons/person.schema.ts';
import type { Sensitivity, StoredRecord } from '../../src/modules/records/record.schema.ts';

export type Levels = Partial<Record<string, Sensitivity>>;
export type Fields = Record<string, unknown>;
export type OracleType = 'person' | 'case' | 'citation' | 'source';

/** What the oracle needs to know of a record. */
export interface OracleRecord {
  type: OracleType;
  ownerOrgId: string | null;
  sensitivity: Sensitivity;
  isPublished: boolean;
  grants: RecordGrant[];
  consentBasis?: string;
}

export const LEAK_RULES: Record<OracleType, RedactionRules<Fields>> = {
  person: {
    levels: personLevels,
    identifying: personIdentifyingFields,
    hasPublicIdentity: (record) => record.consentBasis !== 'none',
  },
  case: { levels: caseLevels },
  citation: { levels: {} },
  source: { levels: {} },
};

export function policyFacts(record: OracleRecord): RecordFacts {
  return {
    ownerOrgId: record.ownerOrgId,
    sensitivity: record.sensitivity,
    isPublished: record.isPublished,
    grants: record.grants,
  };
}

/** Whether the caller may see this field of the record were it at these levels. */
export function fieldVisible(
  record: OracleRecord,
  field: string,
  abilities: RecordAbilities,
  levels: Levels,
): boolean {
  if (!abilities.read) return false;
  const rules = LEAK_RULES[record.type];
  if (!(field in rules.levels)) return true;
  const stored = {
    sensitivity: record.sensitivity,
    fieldSensitivity: levels,
    consentBasis: record.consentBasis,
  } as unknown as StoredRecord<Fields>;
  return !withheldFields(stored, rules, abilities).includes(field);
}
