import { sql } from 'kysely';
import { type Actor, inTransaction, type OperationContext } from '../core/context.ts';
import { DocketError, isDocketError } from '../core/errors.ts';
import type { RecordTable } from '../db/schema.ts';
import { findUserByEmail } from '../modules/access/user.store.ts';
import { askKind, createAsk } from '../modules/asks/ask.operations.ts';
import { caseKind, createCase } from '../modules/cases/case.operations.ts';
import { citationKind, citeSource } from '../modules/citations/citation.operations.ts';
import { commitmentKind, createCommitment } from '../modules/commitments/commitment.operations.ts';
import { createEngagement, engagementKind } from '../modules/engagements/engagement.operations.ts';
import { createEvent, eventKind } from '../modules/events/event.operations.ts';
import { createIndicator, indicatorKind } from '../modules/indicators/indicator.operations.ts';
import { createIntervention, interventionKind } from '../modules/interventions/intervention.operations.ts';
import {
  createLegalInstrument,
  legalInstrumentKind,
} from '../modules/legal-instruments/legal-instrument.operations.ts';
import { createOrganization, organizationKind } from '../modules/organizations/organization.operations.ts';
import { createPerson, personKind } from '../modules/persons/person.operations.ts';
import { createProceeding, proceedingKind } from '../modules/proceedings/proceeding.operations.ts';
import { createSource, sourceKind } from '../modules/sources/source.operations.ts';
import { demoBloggerCases } from './bloggers.ts';
import { demoCases } from './cases.ts';
import {
  citationRef,
  DEMO_RECORD_TYPES,
  type DemoBatch,
  type DemoIds,
  type DemoRecordType,
  type DemoUsers,
  mergeBatches,
} from './demo-types.ts';
import { DEMO_ADMIN_EMAIL, DEMO_RESEARCHER_EMAIL } from './demo-users.ts';
import { demoEvents } from './events.ts';
import { demoIndicators, demoLegalInstruments } from './instruments-and-indicators.ts';
import { demoKarakalpakstanCases, demoProceedings } from './karakalpakstan.ts';
import { demoOrganizations } from './organizations.ts';
import { demoPersons } from './persons.ts';
import { demoSources } from './sources.ts';
import { demoAsks, demoEngagements } from './tracker.ts';
import { demoCommitments, demoInterventions } from './tracker-commitments.ts';

/** Who loads the demo when the server finds an empty database; `docket demo` acts as the operator. */
export const demoLoader: Actor = { id: 'demo-loader', kind: 'system' };

interface Stage {
  type: Exclude<DemoRecordType, 'citation'>;
  table: RecordTable;
  create(ctx: OperationContext, input: unknown): Promise<{ id: string }>;
  build(ids: DemoIds, users: DemoUsers): DemoBatch;
}

/** In dependency order: each stage may refer to records of the stages before it. */
const STAGES: Stage[] = [
  { type: 'source', table: sourceKind.table, create: createSource, build: demoSources },
  {
    type: 'organization',
    table: organizationKind.table,
    create: createOrganization,
    build: demoOrganizations,
  },
  { type: 'event', table: eventKind.table, create: createEvent, build: demoEvents },
  {
    type: 'legal-instrument',
    table: legalInstrumentKind.table,
    create: createLegalInstrument,
    build: demoLegalInstruments,
  },
  { type: 'indicator', table: indicatorKind.table, create: createIndicator, build: demoIndicators },
  { type: 'person', table: personKind.table, create: createPerson, build: demoPersons },
  {
    type: 'case',
    table: caseKind.table,
    create: createCase,
    build: (ids) => mergeBatches([demoCases(ids), demoBloggerCases(ids), demoKarakalpakstanCases(ids)]),
  },
  { type: 'proceeding', table: proceedingKind.table, create: createProceeding, build: demoProceedings },
  // The tracker, after the evidence it links to.
  { type: 'ask', table: askKind.table, create: createAsk, build: demoAsks },
  { type: 'engagement', table: engagementKind.table, create: createEngagement, build: demoEngagements },
  { type: 'commitment', table: commitmentKind.table, create: createCommitment, build: demoCommitments },
  {
    type: 'intervention',
    table: interventionKind.table,
    create: createIntervention,
    build: demoInterventions,
  },
];

const TABLES: RecordTable[] = [...STAGES.map((stage) => stage.table), citationKind.table];

export type DemoCounts = Record<DemoRecordType, number>;

export interface DemoLoadResult {
  /** Records created by this load, per type; all zero when the whole dataset was already there. */
  added: DemoCounts;
  total: number;
}

interface ExistingRecord {
  id: string;
  isDeleted: boolean;
}

/** Every record that already carries a demo ref, deleted ones included (their ref is still taken). */
async function existingDemoRecords(ctx: OperationContext): Promise<Map<string, ExistingRecord>> {
  const found = new Map<string, ExistingRecord>();
  for (const table of TABLES) {
    const rows = await sql<{ id: string; ref: string; deleted_at: string | null }>`select id, ref, deleted_at
      from ${sql.table(table)} where ref like ${'demo:%'}`.execute(ctx.db);
    for (const row of rows.rows) found.set(row.ref, { id: row.id, isDeleted: row.deleted_at !== null });
  }
  return found;
}

/** The demo accounts, when they exist by now, to own the demo's follow-up tasks. */
async function demoUsers(ctx: OperationContext): Promise<DemoUsers> {
  const coordinator = await findUserByEmail(ctx.db, DEMO_ADMIN_EMAIL);
  const researcher = await findUserByEmail(ctx.db, DEMO_RESEARCHER_EMAIL);
  return { coordinatorId: coordinator?.id ?? null, researcherId: researcher?.id ?? null };
}

async function load(ctx: OperationContext): Promise<DemoLoadResult> {
  const existing = await existingDemoRecords(ctx);
  const users = await demoUsers(ctx);
  const idByRef = new Map([...existing].map(([ref, record]) => [ref, record.id]));
  const deleted = new Map([...existing].filter(([, r]) => r.isDeleted).map(([ref, r]) => [r.id, ref]));
  const ids: DemoIds = (ref) => {
    const id = idByRef.get(ref);
    if (id === undefined) throw new Error(`the demo dataset refers to ${ref} before creating it`);
    return id;
  };
  const added = Object.fromEntries(DEMO_RECORD_TYPES.map((type) => [type, 0])) as DemoCounts;
  const seen = new Set<string>();

  const createOnce = async (
    type: DemoRecordType,
    ref: string,
    input: Record<string, unknown>,
    create: Stage['create'],
  ) => {
    if (seen.has(ref)) throw new Error(`the demo dataset uses the ref ${ref} twice`);
    seen.add(ref);
    if (idByRef.has(ref)) return;
    assertNoDeletedReference(input, deleted);
    const created = await create(ctx, { ...input, ref });
    idByRef.set(ref, created.id);
    added[type] += 1;
  };

  const citations: DemoBatch['citations'] = [];
  for (const stage of STAGES) {
    const batch = stage.build(ids, users);
    citations.push(...batch.citations);
    for (const record of batch.records) await createOnce(stage.type, record.ref, record.input, stage.create);
  }
  for (const citation of citations) {
    const input = {
      sourceId: ids(citation.sourceRef),
      recordType: citation.recordType,
      recordId: ids(citation.recordRef),
      field: citation.field,
      summary: citation.summary,
    };
    await createOnce('citation', citationRef(citation), input, citeSource);
  }
  return { added, total: Object.values(added).reduce((sum, n) => sum + n, 0) };
}

/** A demo record someone deleted cannot be linked to again; say which, rather than a bare invalid reference. */
function assertNoDeletedReference(
  input: Record<string, unknown>,
  deleted: ReadonlyMap<string, string>,
): void {
  if (deleted.size === 0) return;
  const text = JSON.stringify(input);
  for (const [id, ref] of deleted) {
    if (!text.includes(id)) continue;
    throw new DocketError({
      type: 'deleted',
      title: 'Demo record deleted',
      detail: `The demo dataset links to ${ref} (${id}), which was deleted; undelete it before loading the demo again`,
    });
  }
}

/**
 * Loads the demo dataset in one transaction, through the same operations as every other write, so
 * validation, revisions and derived custody all happen. Idempotent: a record whose ref exists is
 * reused, so a second load adds nothing.
 */
export async function loadDemoDataset(ctx: OperationContext): Promise<DemoLoadResult> {
  try {
    return await inTransaction(ctx, load);
  } catch (error) {
    // Another process loading at the same moment took a ref first; once it committed, a retry reuses its records.
    if (!ctx.db.isTransaction && isDocketError(error) && error.type === 'duplicate') {
      return inTransaction(ctx, load);
    }
    throw error;
  }
}

/** Nothing recorded yet: no persons, sources, cases or organizations, deleted ones included. */
export async function isDatabaseEmpty(ctx: OperationContext): Promise<boolean> {
  for (const table of ['persons', 'sources', 'cases', 'organizations'] as const) {
    const row = await ctx.db.selectFrom(table).select('id').limit(1).executeTakeFirst();
    if (row) return false;
  }
  return true;
}

const PLURALS: Record<DemoRecordType, [string, string]> = {
  source: ['source', 'sources'],
  organization: ['organization', 'organizations'],
  event: ['event', 'events'],
  'legal-instrument': ['legal instrument', 'legal instruments'],
  indicator: ['indicator', 'indicators'],
  person: ['person', 'persons'],
  case: ['case', 'cases'],
  proceeding: ['proceeding', 'proceedings'],
  ask: ['ask', 'asks'],
  engagement: ['engagement', 'engagements'],
  commitment: ['commitment', 'commitments'],
  intervention: ['intervention', 'interventions'],
  citation: ['citation', 'citations'],
};

/** "Loaded the demo dataset: 28 sources, 16 organizations, …" or that it was already there. */
export function describeDemoLoad(result: DemoLoadResult): string {
  if (result.total === 0) return 'The demo dataset is already loaded.';
  const parts = DEMO_RECORD_TYPES.filter((type) => result.added[type] > 0).map((type) => {
    const n = result.added[type];
    return `${n} ${PLURALS[type][n === 1 ? 0 : 1]}`;
  });
  return `Loaded the demo dataset: ${parts.join(', ')}.`;
}
