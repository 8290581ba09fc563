import type { OperationContext } from '../../core/context.ts';
import { parseInput } from '../../core/validation.ts';
import { eventKind } from '../events/event.operations.ts';
import { legalInstrumentKind } from '../legal-instruments/legal-instrument.operations.ts';
import { organizationKind } from '../organizations/organization.operations.ts';
import { personKind } from '../persons/person.operations.ts';
import { createRecord, getRecord, updateRecord } from '../records/record.operations.ts';
import type { StoredRecord } from '../records/record.schema.ts';
import { visibilityOf } from '../records/record-access.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { assertReferences, type Reference, sourceReferences } from '../records/references.ts';
import { sourceKind } from '../sources/source.operations.ts';
import {
  type CaseFields,
  caseDefaults,
  caseFieldsSchema,
  caseLevels,
  censusQuerySchema,
  createCaseSchema,
  listCasesQuerySchema,
  updateCaseSchema,
} from './case.schema.ts';
import { caseStore, countInCustody, listCases as listCaseRows } from './case.store.ts';
import { deriveCustody, statusOn } from './custody.ts';

export type Case = StoredRecord<CaseFields>;

/** Every record a case points at must exist: victim, event, perpetrators, courts, assessors, sources. */
function caseReferences(fields: CaseFields): Reference[] {
  const org = organizationKind as RecordKind<object>;
  const source = sourceKind as RecordKind<object>;
  const refs: Reference[] = [
    { path: 'victimId', kind: personKind as RecordKind<object>, id: fields.victimId },
    { path: 'eventId', kind: eventKind as RecordKind<object>, id: fields.eventId },
  ];
  fields.perpetrators.forEach((p, i) => {
    refs.push({ path: `perpetrators.${i}.personId`, kind: personKind as RecordKind<object>, id: p.personId });
    refs.push({ path: `perpetrators.${i}.organizationId`, kind: org, id: p.organizationId });
  });
  fields.timeline.forEach((step, i) => {
    refs.push({ path: `timeline.${i}.courtId`, kind: org, id: step.courtId });
    refs.push(...sourceReferences(source, `timeline.${i}.date`, step.date));
    refs.push(...sourceReferences(source, `timeline.${i}.sentence`, step.sentence ?? []));
  });
  fields.charges.forEach((c, i) => {
    refs.push({
      path: `charges.${i}.instrumentId`,
      kind: legalInstrumentKind as RecordKind<object>,
      id: c.instrumentId,
    });
  });
  fields.assessments.forEach((a, i) => {
    refs.push({ path: `assessments.${i}.assessorId`, kind: org, id: a.assessorId });
  });
  for (const [path, items] of [
    ['perpetrators', fields.perpetrators],
    ['charges', fields.charges],
    ['timeline', fields.timeline],
    ['assessments', fields.assessments],
    ['unDecisions', fields.unDecisions],
  ] as const) {
    refs.push(...sourceReferences(source, path, items));
  }
  return refs;
}

export const caseKind: RecordKind<CaseFields> = {
  type: 'case',
  table: 'cases',
  fieldsSchema: caseFieldsSchema,
  createSchema: createCaseSchema,
  updateSchema: updateCaseSchema,
  defaults: caseDefaults,
  levels: caseLevels,
  citableFields: [
    'victimId',
    'caseType',
    'title',
    'country',
    'eventId',
    'summary',
    'perpetrators',
    'charges',
    'timeline',
    'assessments',
    'unDecisions',
    'witnesses',
  ],
  ...caseStore,
  check: (ctx, fields) => assertReferences(ctx, caseReferences(fields)),
};

/** Adds what the timeline implies, as of the context's clock; never stored in the record itself. */
export function presentCase(ctx: OperationContext, record: Case) {
  const today = ctx.clock().toISOString().slice(0, 10);
  return {
    ...record,
    derived: { status: statusOn(record.timeline, today), custody: deriveCustody(record.timeline).intervals },
  };
}

export function createCase(ctx: OperationContext, input: unknown): Promise<Case> {
  return createRecord(ctx, caseKind, input);
}

export function updateCase(ctx: OperationContext, id: string, input: unknown): Promise<Case> {
  return updateRecord(ctx, caseKind, id, input);
}

export function getCase(ctx: OperationContext, id: string, options: { includeDeleted?: boolean } = {}) {
  return getRecord(ctx, caseKind, id, options);
}

export function listCases(ctx: OperationContext, query: unknown) {
  return listCaseRows(ctx.db, parseInput(listCasesQuerySchema, query), visibilityOf(ctx));
}

export async function countCustodyCensus(ctx: OperationContext, input: unknown) {
  const query = parseInput(censusQuerySchema, input);
  return {
    on: query.on,
    custody: query.custody,
    ...(await countInCustody(ctx.db, query, visibilityOf(ctx))),
  };
}
