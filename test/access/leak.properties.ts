/**
 * The leak property, shared by the quick run (`leak.property.test.ts`, part of `npm test`) and the
 * long one (`leak.property.deep.test.ts`, `npm run test:deep`).
 *
 * A small random world — persons and cases with random owners, sensitivities, field-level overrides,
 * grants, publication, consent, a later change of values and levels, deletion — whose every
 * withholdable field holds a unique sentinel, is read by random callers through the operations
 * every output uses (no HTTP): a read (`getRecord` + `disclose`), the lists (`listPersons`,
 * `listCases`, walked in small pages, cursors included), the revisions (`listRecordRevisions`) and
 * the JSON export (`exportRecords`). A sentinel must appear exactly where the pure policy
 * (`recordAbilities` + `withheldFields`, applied to the generated world) lets that caller see that
 * field of that record.
 *
 * One in-memory SQLite database serves every run: its records are wiped between runs, its orgs and
 * users stay (grants need them to exist).
 */
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, type OperationContext, operator } from '../../src/core/context.ts';
import { isDocketError } from '../../src/core/errors.ts';
import {
  ANONYMOUS_CALLER,
  type PolicyCaller,
  type RecordAbilities,
  type RecordGrant,
  recordAbilities,
  SENSITIVITIES,
  type Sensitivity,
} from '../../src/modules/access/record.policy.ts';
import { createOrg, createUserWithPassword } from '../../src/modules/access/user.operations.ts';
import { caseKind, createCase, listCases } from '../../src/modules/cases/case.operations.ts';
import { caseLevels } from '../../src/modules/cases/case.schema.ts';
import { exportRecords } from '../../src/modules/export/export.operations.ts';
import { createPerson, listPersons, personKind } from '../../src/modules/persons/person.operations.ts';
import { personLevels } from '../../src/modules/persons/person.schema.ts';
import { disclose } from '../../src/modules/records/disclosure.ts';
import type { Page } from '../../src/modules/records/pagination.ts';
import {
  deleteRecord,
  getRecord,
  listRecordRevisions,
  updateRecord,
} from '../../src/modules/records/record.operations.ts';
import type { StoredRecord } from '../../src/modules/records/record.schema.ts';
import type { RecordKind } from '../../src/modules/records/record-kind.ts';
import { shareRecord } from '../../src/modules/records/sharing.operations.ts';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';
import { TEST_PASSWORD } from '../support/signed-in-app.ts';
import { type Fields, fieldVisible, LEAK_RULES, type Levels, policyFacts } from './leak-oracle.ts';

// --- The generated world --------------------------------------------------------------------------

type RecordType = 'person' | 'case';
const ORGS = ['A', 'B', 'C'] as const;
type OrgName = (typeof ORGS)[number];
const USER_COUNT = 4;
const CONSENT_BASES = ['none', 'consent-recorded', 'public-record'] as const;
const ROLES = ['administrator', 'editor', 'researcher', 'viewer', 'partner'] as const;

/** The fields that hold sentinels; all but a case's title and charges have a level. */
const SENTINEL_FIELDS: Record<RecordType, readonly string[]> = {
  person: ['names', 'biography', 'notes', 'contacts', 'whereabouts'],
  case: ['title', 'summary', 'charges', 'witnesses'],
};
const LEVELED_FIELDS: Record<RecordType, readonly string[]> = {
  person: Object.keys(personLevels),
  case: Object.keys(caseLevels),
};

interface GrantSpec {
  granteeType: 'org' | 'user';
  /** An org (0–2) or a user (0–3) of the pool. */
  grantee: number;
  access: 'read' | 'write';
  clearance: Sensitivity;
}

interface ChangeSpec {
  /** Fields given new sentinel values. */
  fields: string[];
  fieldSensitivity: Levels;
  sensitivity: Sensitivity | null;
  consentBasis: (typeof CONSENT_BASES)[number] | null;
}

interface RecordSpec {
  owner: OrgName | null;
  sensitivity: Sensitivity;
  fieldSensitivity: Levels;
  isPublished: boolean;
  consentBasis: (typeof CONSENT_BASES)[number];
  grants: GrantSpec[];
  change: ChangeSpec | null;
  deleted: boolean;
  /** A case's victim: one of the world's persons if its creator may read it, else a neutral one. */
  victim: number;
}

type CallerSpec =
  | { kind: 'anonymous' }
  | { kind: 'operator' }
  | { kind: 'audience'; clearance: Sensitivity }
  | { kind: 'user'; user: number; org: OrgName; role: (typeof ROLES)[number]; clearance: Sensitivity };

interface WorldSpec {
  persons: RecordSpec[];
  cases: RecordSpec[];
  callers: CallerSpec[];
}

const sensitivity = fc.constantFrom(...SENSITIVITIES);
const levelsOf = (type: RecordType) =>
  fc.record(Object.fromEntries(LEVELED_FIELDS[type].map((field) => [field, sensitivity])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Levels>;

const grantArb: fc.Arbitrary<GrantSpec> = fc.record({
  granteeType: fc.constantFrom('org' as const, 'user' as const),
  grantee: fc.nat({ max: USER_COUNT - 1 }),
  access: fc.constantFrom('read' as const, 'write' as const),
  clearance: sensitivity,
});

const recordArb = (type: RecordType): fc.Arbitrary<RecordSpec> =>
  fc.record({
    owner: fc.constantFrom<OrgName | null>('A', 'B', null),
    sensitivity,
    fieldSensitivity: levelsOf(type),
    isPublished: fc.boolean(),
    consentBasis: fc.constantFrom(...CONSENT_BASES),
    grants: fc.array(grantArb, { maxLength: 3 }),
    change: fc.option(
      fc.record({
        fields: fc.subarray([...SENTINEL_FIELDS[type]]),
        fieldSensitivity: levelsOf(type),
        sensitivity: fc.option(sensitivity, { nil: null }),
        consentBasis: fc.option(fc.constantFrom(...CONSENT_BASES), { nil: null }),
      }),
      { nil: null },
    ),
    deleted: fc.nat({ max: 4 }).map((n) => n === 0),
    victim: fc.nat({ max: 3 }),
  });

const callerArb: fc.Arbitrary<CallerSpec> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'anonymous' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'operator' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('audience' as const), clearance: sensitivity }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('user' as const),
      user: fc.nat({ max: USER_COUNT - 1 }),
      org: fc.constantFrom(...ORGS),
      role: fc.constantFrom(...ROLES),
      clearance: sensitivity,
    }),
  },
);

const worldArb: fc.Arbitrary<WorldSpec> = fc.record({
  persons: fc.array(recordArb('person'), { minLength: 2, maxLength: 4 }),
  cases: fc.array(recordArb('case'), { minLength: 2, maxLength: 4 }),
  callers: fc.array(callerArb, { minLength: 3, maxLength: 5 }),
});

// --- The model: what was written, and the policy's oracle over it ----------------------------------

interface ModelRecord {
  type: RecordType;
  key: string;
  id: string;
  ownerOrgId: string | null;
  sensitivity: Sensitivity;
  isPublished: boolean;
  grants: RecordGrant[];
  fieldSensitivity: Levels;
  consentBasis: string;
  deleted: boolean;
  levelsChanged: boolean;
}

interface Sentinel {
  value: string;
  record: ModelRecord;
  field: string;
  current: boolean;
  /** The record's level overrides in every state in which it held this value. */
  heldUnder: Levels[];
}

function abilitiesFor(caller: PolicyCaller, record: ModelRecord): RecordAbilities {
  return recordAbilities(caller, policyFacts(record));
}

/** `now`: in reads, lists and exports; `history`: in revisions (today's levels and those it was held under). */
function oracle(caller: PolicyCaller, sentinel: Sentinel) {
  const { record, field } = sentinel;
  const abilities = abilitiesFor(caller, record);
  const today = fieldVisible(record, field, abilities, record.fieldSensitivity);
  return {
    now: sentinel.current && today,
    history:
      today &&
      !abilities.publicView &&
      sentinel.heldUnder.some((levels) => fieldVisible(record, field, abilities, levels)),
  };
}

// --- Building the world through the operations ------------------------------------------------------

interface Pool {
  orgIds: Record<OrgName, string>;
  userIds: string[];
}

interface Built {
  records: ModelRecord[];
  sentinels: Sentinel[];
  callers: Array<{ spec: CallerSpec; actor: Actor; policy: PolicyCaller }>;
}

const kindOf = (type: RecordType) =>
  (type === 'person' ? personKind : caseKind) as unknown as RecordKind<object>;

/** Only a world's own records go: the pool of orgs and users stays. */
async function wipe(database: TestDatabase): Promise<void> {
  for (const table of [
    'record_grants',
    'revisions',
    'custody_intervals',
    'cases',
    'person_names',
    'person_occupations',
    'persons',
  ] as const) {
    await database.db.deleteFrom(table).execute();
  }
}

/** The actor a caller acts as, and the policy's view of it, written out independently of `policyCallerOf`. */
function callerFrom(pool: Pool, spec: CallerSpec): { actor: Actor; policy: PolicyCaller } {
  if (spec.kind === 'anonymous')
    return { actor: { id: 'anonymous', kind: 'anonymous' }, policy: ANONYMOUS_CALLER };
  if (spec.kind === 'operator') return { actor: operator, policy: { kind: 'operator', clearance: 'secret' } };
  if (spec.kind === 'audience') {
    // The operator's CLI output for a readership; for the public, the public's view.
    return {
      actor: { ...operator, clearance: spec.clearance },
      policy:
        spec.clearance === 'public' ? ANONYMOUS_CALLER : { kind: 'audience', clearance: spec.clearance },
    };
  }
  const userId = pool.userIds[spec.user] as string;
  const orgId = pool.orgIds[spec.org];
  return {
    actor: { id: userId, kind: 'user', role: spec.role, orgId, clearance: spec.clearance },
    policy: { kind: 'user', userId, orgId, role: spec.role, clearance: spec.clearance },
  };
}

async function build(database: TestDatabase, pool: Pool, world: WorldSpec, run: number): Promise<Built> {
  const ctxOf = (actor: Actor): OperationContext => database.context({ actor });
  /** Records are created and changed by a secret-cleared editor of their owner, or the operator. */
  const creatorOf = (owner: OrgName | null): Actor =>
    owner === null
      ? operator
      : {
          id: `editor-${owner}`,
          kind: 'user',
          role: 'editor',
          orgId: pool.orgIds[owner],
          clearance: 'secret',
        };
  let count = 0;
  const sentinels: Sentinel[] = [];
  const fresh = (record: ModelRecord, field: string): string => {
    count += 1;
    const value = `SNTL-${run}-${String(count).padStart(3, '0')}-${field}-END`;
    sentinels.push({ value, record, field, current: true, heldUnder: [{ ...record.fieldSensitivity }] });
    return value;
  };
  const valuesFor = (record: ModelRecord, fields: readonly string[]): Fields => {
    const out: Fields = {};
    for (const field of fields) {
      if (field === 'names') out.names = [{ text: fresh(record, 'names'), kind: 'primary' }];
      if (field === 'biography') out.biography = { en: fresh(record, 'biography') };
      if (field === 'notes') out.notes = fresh(record, 'notes');
      if (field === 'contacts') out.contacts = [{ kind: 'email', value: fresh(record, 'contacts') }];
      if (field === 'whereabouts') out.whereabouts = fresh(record, 'whereabouts');
      if (field === 'title') out.title = fresh(record, 'title');
      if (field === 'summary') out.summary = { en: fresh(record, 'summary') };
      if (field === 'charges') out.charges = [{ article: fresh(record, 'charges') }];
      if (field === 'witnesses') {
        out.witnesses = [
          {
            name: fresh(record, 'witnesses'),
            contact: fresh(record, 'witnesses'),
            statement: fresh(record, 'witnesses'),
          },
        ];
      }
    }
    return out;
  };

  const neutral = await createPerson(ctxOf(operator), {
    names: [{ text: 'Neutral victim', kind: 'primary' }],
  });
  const records: ModelRecord[] = [];
  const specs = new Map<ModelRecord, RecordSpec>();
  for (const [type, list] of [
    ['person', world.persons],
    ['case', world.cases],
  ] as const) {
    for (const [index, spec] of list.entries()) {
      const record: ModelRecord = {
        type,
        key: `${type} ${index}`,
        id: '',
        ownerOrgId: spec.owner === null ? null : pool.orgIds[spec.owner],
        sensitivity: spec.sensitivity,
        isPublished: spec.isPublished,
        grants: [],
        fieldSensitivity: { ...spec.fieldSensitivity },
        consentBasis: type === 'person' ? spec.consentBasis : 'none',
        deleted: false,
        levelsChanged: false,
      };
      const common = {
        sensitivity: spec.sensitivity,
        fieldSensitivity: spec.fieldSensitivity,
        isPublished: spec.isPublished,
      };
      const ctx = ctxOf(creatorOf(spec.owner));
      if (type === 'person') {
        const values = valuesFor(record, SENTINEL_FIELDS.person);
        record.id = (await createPerson(ctx, { ...common, ...values, consentBasis: spec.consentBasis })).id;
      } else {
        const persons = records.filter((r) => r.type === 'person');
        const victim = persons[spec.victim % persons.length] as ModelRecord;
        const readable = victim.ownerOrgId === null || victim.ownerOrgId === record.ownerOrgId;
        const values = valuesFor(record, SENTINEL_FIELDS.case);
        const created = await createCase(ctx, {
          ...common,
          ...values,
          victimId: readable || spec.owner === null ? victim.id : neutral.id,
          caseType: 'prosecution',
        });
        record.id = created.id;
      }
      records.push(record);
      specs.set(record, spec);
    }
  }

  for (const record of records) {
    const spec = specs.get(record) as RecordSpec;
    for (const grant of spec.grants) {
      const granteeId =
        grant.granteeType === 'org'
          ? pool.orgIds[ORGS[grant.grantee % ORGS.length] as OrgName]
          : (pool.userIds[grant.grantee] as string);
      await shareRecord(ctxOf(operator), kindOf(record.type), record.id, {
        granteeType: grant.granteeType,
        granteeId,
        access: grant.access,
        clearance: grant.clearance,
      });
      // A second grant to the same grantee changes the first.
      record.grants = [
        ...record.grants.filter((g) => !(g.granteeType === grant.granteeType && g.granteeId === granteeId)),
        { granteeType: grant.granteeType, granteeId, access: grant.access, clearance: grant.clearance },
      ];
    }
  }

  // Changes first, deletions last (a case's change checks that its victim still exists).
  for (const record of records) {
    const spec = specs.get(record) as RecordSpec;
    if (spec.change) await change(record, spec, spec.change);
  }
  for (const record of records) {
    const spec = specs.get(record) as RecordSpec;
    if (!spec.deleted) continue;
    const ctx = ctxOf(creatorOf(spec.owner));
    const kind = kindOf(record.type);
    const current = await getRecord(ctx, kind, record.id);
    await deleteRecord(ctx, kind, record.id, current.version);
    record.deleted = true;
  }

  /** New values for some fields, new levels, a new consent basis: one update, as the creator. */
  async function change(record: ModelRecord, spec: RecordSpec, change: ChangeSpec): Promise<void> {
    const consentChange = record.type === 'person' && change.consentBasis !== null;
    const levelsGiven = Object.keys(change.fieldSensitivity).length > 0;
    if (change.fields.length === 0 && !levelsGiven && change.sensitivity === null && !consentChange) return;
    const ctx = ctxOf(creatorOf(spec.owner));
    const kind = kindOf(record.type);
    const current = await getRecord(ctx, kind, record.id);
    const held = sentinels.filter((s) => s.record === record && s.current);
    const before = record.fieldSensitivity;
    const after = { ...before, ...change.fieldSensitivity };
    // New values are held under the new levels.
    record.fieldSensitivity = after;
    const values = valuesFor(record, change.fields);
    await updateRecord(ctx, kind, record.id, {
      version: current.version,
      ...values,
      ...(levelsGiven ? { fieldSensitivity: change.fieldSensitivity } : {}),
      ...(change.sensitivity ? { sensitivity: change.sensitivity } : {}),
      ...(consentChange ? { consentBasis: change.consentBasis } : {}),
    });
    for (const sentinel of held) {
      if (change.fields.includes(sentinel.field)) sentinel.current = false;
      else sentinel.heldUnder.push({ ...after });
    }
    const defaults = LEAK_RULES[record.type].levels;
    const levelOf = (levels: Levels, field: string) => levels[field] ?? defaults[field];
    if (
      Object.keys(defaults).some((field) => levelOf(before, field) !== levelOf(after, field)) ||
      (change.sensitivity !== null && change.sensitivity !== record.sensitivity)
    ) {
      record.levelsChanged = true;
    }
    if (change.sensitivity) record.sensitivity = change.sensitivity;
    if (consentChange && change.consentBasis) record.consentBasis = change.consentBasis;
  }

  const callers = world.callers.map((spec) => ({ spec, ...callerFrom(pool, spec) }));
  return { records, sentinels, callers };
}

// --- Reading it back --------------------------------------------------------------------------------

const isNotFound = (error: unknown) => isDocketError(error) && error.status === 404;

async function orNothing<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

interface Outputs {
  /** Per record id. */
  reads: Map<string, string>;
  revisions: Map<string, string>;
  /** Per record type. */
  lists: Map<RecordType, string>;
  cursors: Map<RecordType, string>;
  exports: Map<RecordType, string>;
}

/** Which outputs a property reads: reads, lists and exports; list cursors; revisions. */
type Family = 'current' | 'cursors' | 'revisions';

/** The outputs of one family as this caller receives them (only those, so each property stays quick). */
async function readAll(
  ctx: OperationContext,
  records: readonly ModelRecord[],
  family: Family,
): Promise<Outputs> {
  const outputs: Outputs = {
    reads: new Map(),
    revisions: new Map(),
    lists: new Map(),
    cursors: new Map(),
    exports: new Map(),
  };
  for (const record of records) {
    const kind = kindOf(record.type);
    if (family === 'current') {
      const read = await orNothing(async () =>
        disclose(ctx, kind, [await getRecord(ctx, kind, record.id, { includeDeleted: true })]),
      );
      outputs.reads.set(record.id, JSON.stringify(read ?? null));
    }
    if (family === 'revisions') {
      const revisions = await orNothing(() => listRecordRevisions(ctx, kind, record.id));
      outputs.revisions.set(record.id, JSON.stringify(revisions ?? null));
    }
  }
  if (family === 'revisions') return outputs;
  const lists: Array<[RecordType, string, (ctx: OperationContext, q: unknown) => Promise<Page<object>>]> = [
    ['person', 'persons', listPersons],
    ['case', 'cases', listCases],
  ];
  for (const [type, name, list] of lists) {
    const kind = kindOf(type);
    const items: unknown[] = [];
    const cursors: string[] = [];
    const sorts = type === 'person' ? ['name', 'createdAt'] : ['createdAt', 'title'];
    for (const sort of sorts) {
      let cursor: string | null = null;
      do {
        const page: Page<object> = await list(ctx, {
          includeDeleted: true,
          limit: 2,
          sort,
          ...(cursor ? { cursor } : {}),
        });
        if (family === 'current') {
          items.push(...(await disclose(ctx, kind, page.items as StoredRecord<object>[])));
        }
        cursor = page.nextCursor;
        if (cursor) cursors.push(cursor, Buffer.from(cursor, 'base64url').toString('utf8'));
      } while (cursor);
    }
    outputs.lists.set(type, JSON.stringify(items));
    outputs.cursors.set(type, cursors.join('\n'));
    if (family !== 'current') continue;
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    await exportRecords(ctx, { type: name, format: 'json', filters: { includeDeleted: 'true' } }, sink, {
      pageSize: 2,
    });
    outputs.exports.set(type, Buffer.concat(chunks).toString('utf8'));
  }
  return outputs;
}

// --- The properties ---------------------------------------------------------------------------------

/** What is wrong in this world for these families of outputs: each line a sentinel out of place. */
async function problemsIn(
  database: TestDatabase,
  pool: Pool,
  world: WorldSpec,
  run: number,
  family: Family,
): Promise<string[]> {
  await wipe(database);
  const built = await build(database, pool, world, run);
  const problems: string[] = [];
  for (const [index, caller] of built.callers.entries()) {
    const outputs = await readAll(database.context({ actor: caller.actor }), built.records, family);
    const who = `caller ${index} (${JSON.stringify(caller.spec)})`;
    for (const sentinel of built.sentinels) {
      const { record } = sentinel;
      const may = oracle(caller.policy, sentinel);
      const where = `${record.key}.${sentinel.field}${sentinel.current ? '' : ' (earlier value)'}`;
      const has = (text: string | undefined) =>
        (text ?? '').toLowerCase().includes(sentinel.value.toLowerCase());
      if (family === 'current') {
        const seen: Array<[string, boolean]> = [
          ['read', has(outputs.reads.get(record.id))],
          ['list', has(outputs.lists.get(record.type))],
          ['export', has(outputs.exports.get(record.type))],
        ];
        for (const [output, shown] of seen) {
          if (shown && !may.now) problems.push(`${who}: ${output} shows withheld ${where}`);
          if (!shown && may.now) problems.push(`${who}: ${output} lacks allowed ${where}`);
        }
      }
      if (family === 'cursors' && has(outputs.cursors.get(record.type)) && !may.now) {
        problems.push(`${who}: a list cursor carries withheld ${where}`);
      }
      if (family === 'revisions') {
        const shown = has(outputs.revisions.get(record.id));
        if (shown && !may.history) problems.push(`${who}: revisions show withheld ${where}`);
        // Where levels changed, history is decrypted by today's levels only, so it may show less.
        if (!shown && may.history && !record.levelsChanged) {
          problems.push(`${who}: revisions lack allowed ${where}`);
        }
      }
    }
  }
  return problems;
}

export function describeLeakProperties(options: { numRuns: number }): void {
  const { numRuns } = options;
  // About 20 ms a world on an idle machine; generous, as CI machines are shared.
  const timeout = Math.max(60_000, numRuns * 150);

  describe(`leak property: random worlds, random callers (${numRuns} runs)`, () => {
    let database: TestDatabase;
    let pool: Pool;
    let run = 0;

    beforeAll(async () => {
      database = await openTestDatabase('sqlite');
      const ctx = database.context();
      const orgIds = {} as Record<OrgName, string>;
      for (const name of ORGS) orgIds[name] = (await createOrg(ctx, { name: `Org ${name}` })).id;
      const userIds: string[] = [];
      for (let i = 0; i < USER_COUNT; i += 1) {
        const user = await createUserWithPassword(
          ctx,
          { email: `user${i}@example.org`, org: orgIds.A, role: 'viewer', clearance: 'internal' },
          TEST_PASSWORD,
        );
        userIds.push(user.id);
      }
      pool = { orgIds, userIds };
    });
    afterAll(async () => {
      await database?.close();
    });

    const property = (family: Family) =>
      fc.asyncProperty(worldArb, async (world) => {
        run += 1;
        const problems = await problemsIn(database, pool, world, run, family);
        expect(problems).toEqual([]);
      });

    it(
      'reads, lists and JSON exports show each sentinel exactly where the policy allows it',
      async () => {
        await fc.assert(property('current'), { numRuns });
      },
      timeout,
    );

    it(
      'list cursors carry no sentinel the policy withholds',
      async () => {
        await fc.assert(property('cursors'), { numRuns });
      },
      timeout,
    );

    it(
      'revisions show no sentinel the policy withholds, and all it allows where levels never changed',
      async () => {
        await fc.assert(property('revisions'), { numRuns });
      },
      timeout,
    );
  });
}
