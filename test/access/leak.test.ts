/**
 * The leak crawl: the real app, a world of persons, cases, citations and a source whose every
 * withholdable field holds a unique sentinel, and every output path walked as every kind of caller.
 *
 * A sentinel may reach a caller only where the pure record policy — `recordAbilities` and
 * `withheldFields`, applied here to what the test itself seeded, never to what the server says —
 * lets that caller see that field of that record; callers who may see one must receive it (so the
 * crawl can fail); and no sentinel ever reaches the log, whoever asks.
 *
 * The world is seeded and crawled once per dialect in `beforeAll` (about 8 s on SQLite and 12 s on
 * PostgreSQL, some 5,000 requests each: fast enough for both, since the SQL that applies the policy
 * differs per dialect; PostgreSQL is skipped like elsewhere when the run has no cluster), and each
 * `it` checks one family of outputs, so a failure names the path. List cursors are decoded: they are
 * part of what a caller receives. XLSX exports are read back with exceljs.
 */
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialect } from '../../src/core/context.ts';
import { newId } from '../../src/core/ids.ts';
import type { Role, TokenScope } from '../../src/modules/access/access.schema.ts';
import { sealedFieldsOf } from '../../src/modules/access/field-levels.ts';
import {
  ANONYMOUS_CALLER,
  NO_ABILITIES,
  type PolicyCaller,
  type RecordAbilities,
  type RecordGrant,
  recordAbilities,
  type Sensitivity,
} from '../../src/modules/access/record.policy.ts';
import { createApiToken } from '../../src/modules/access/token.operations.ts';
import { createOrg, createUserWithPassword } from '../../src/modules/access/user.operations.ts';
import { buildApp } from '../../src/server/app.ts';
import { openTestDatabase, postgresAvailable, TEST_KEYRING, type TestDatabase } from '../support/database.ts';
import { buildSourceInput } from '../support/factories.ts';
import { TEST_PASSWORD } from '../support/signed-in-app.ts';
import {
  type Fields,
  fieldVisible,
  LEAK_RULES,
  type Levels,
  type OracleType,
  policyFacts,
} from './leak-oracle.ts';

// --- The policy oracle, from the pure modules only ------------------------------------------------

type RecordType = OracleType;

const PATHS: Record<RecordType, string> = {
  person: 'persons',
  case: 'cases',
  citation: 'citations',
  source: 'sources',
};

/** Every record type the API lists, whether or not the world has one (their outputs are crawled too). */
const ALL_PATHS = [
  'persons',
  'cases',
  'citations',
  'sources',
  'organizations',
  'events',
  'legal-instruments',
  'indicators',
  'proceedings',
  'commitments',
  'asks',
  'engagements',
  'interventions',
] as const;

/** The redaction rules as the record types' schemas declare them (not as the kinds wire them up). */

interface ModelRecord {
  key: string;
  type: RecordType;
  id: string;
  ownerOrgId: string | null;
  sensitivity: Sensitivity;
  isPublished: boolean;
  grants: RecordGrant[];
  /** The record's overrides of its type's field levels. */
  fieldSensitivity: Levels;
  consentBasis?: string;
  deleted: boolean;
  version: number;
  /** Whether its levels ever changed (history then follows the stricter "now and then" rule). */
  levelsChanged: boolean;
  /** A citation's cited record, by key. */
  cites?: string;
}

interface Sentinel {
  value: string;
  /** The random part alone, searched for with `q`. */
  fragment: string;
  record: string;
  field: string;
  /** Still the record's value (otherwise only its history holds it). */
  current: boolean;
  /** The record's level overrides in every state in which it held this value. */
  heldUnder: Levels[];
}

interface Caller {
  name: string;
  policy: PolicyCaller;
  token?: string;
}

/**
 * The caller's abilities on a record; a citation is as hidden as the record it cites (it would
 * tell that the record exists, and what a source says of it).
 */
function abilitiesFor(world: World, caller: Caller, record: ModelRecord): RecordAbilities {
  if (record.cites) {
    const cited = world.record(record.cites);
    if (cited.deleted || !abilitiesFor(world, caller, cited).read) return NO_ABILITIES;
  }
  return recordAbilities(caller.policy, policyFacts(record));
}

/**
 * Where the policy lets the caller see a sentinel: `now` in reads, lists, searches and exports (it is
 * the record's value and the field is not withheld); `history` in revisions (the public sees none),
 * where a value counts only if the field is visible under today's levels and under those in force
 * when the record held it.
 */
function oracle(world: World, caller: Caller, sentinel: Sentinel): { now: boolean; history: boolean } {
  const record = world.record(sentinel.record);
  const abilities = abilitiesFor(world, caller, record);
  const today = fieldVisible(record, sentinel.field, abilities, record.fieldSensitivity);
  return {
    now: sentinel.current && today,
    history:
      today &&
      !abilities.publicView &&
      sentinel.heldUnder.some((levels) => fieldVisible(record, sentinel.field, abilities, levels)),
  };
}

/** Whether the record stores this field encrypted at these levels (`sealedFieldsOf`). */
const sealedUnder = (record: ModelRecord, field: string, levels: Levels) =>
  sealedFieldsOf(LEAK_RULES[record.type].levels, {
    sensitivity: record.sensitivity,
    fieldSensitivity: levels as Record<string, Sensitivity>,
  }).includes(field);
const sealedNow = (record: ModelRecord, field: string) => sealedUnder(record, field, record.fieldSensitivity);

// --- The world ------------------------------------------------------------------------------------

class World {
  readonly records = new Map<string, ModelRecord>();
  readonly sentinels: Sentinel[] = [];
  /** Each case's victim, by record key. */
  readonly victims = new Map<string, string>();
  private count = 0;

  record(key: string): ModelRecord {
    const record = this.records.get(key);
    if (!record) throw new Error(`no record ${key}`);
    return record;
  }

  /** A fresh sentinel for a field (or a part of it, `label`) of a record about to be written. */
  sentinel(field: string, label = field): { value: string; fragment: string; field: string; label: string } {
    this.count += 1;
    const fragment = randomBytes(6).toString('hex');
    const value = `SENTINEL-${label}-${String(this.count).padStart(3, '0')}-${fragment}`;
    return { value, fragment, field, label };
  }
}

const ROLE_SCOPE: Record<Role, TokenScope> = {
  administrator: 'admin',
  editor: 'write',
  researcher: 'write',
  viewer: 'read',
  partner: 'read',
};

const USERS = [
  { name: 'administrator A (confidential)', org: 'A', role: 'administrator', clearance: 'confidential' },
  { name: 'editor A (secret)', org: 'A', role: 'editor', clearance: 'secret' },
  { name: 'editor A (confidential)', org: 'A', role: 'editor', clearance: 'confidential' },
  { name: 'researcher A (internal)', org: 'A', role: 'researcher', clearance: 'internal' },
  { name: 'viewer A (confidential)', org: 'A', role: 'viewer', clearance: 'confidential' },
  { name: 'viewer A (public)', org: 'A', role: 'viewer', clearance: 'public' },
  { name: 'partner B (confidential)', org: 'B', role: 'partner', clearance: 'confidential' },
  { name: 'researcher B (secret)', org: 'B', role: 'researcher', clearance: 'secret' },
] as const satisfies ReadonlyArray<{ name: string; org: 'A' | 'B'; role: Role; clearance: Sensitivity }>;

type UserName = (typeof USERS)[number]['name'];
const SEEDER: UserName = 'editor A (secret)';
const ANONYMOUS = 'anonymous';
const CENSUS_DAY = '2022-06-01';

/** One answer the crawl received, as searchable text, with the family of outputs it belongs to. */
interface Output {
  caller: string;
  family: string;
  request: string;
  status: number;
  text: string;
}

interface Crawl {
  world: World;
  callers: Caller[];
  outputs: Output[];
  logs: string[];
  database: TestDatabase;
  /** Census answers by caller. */
  census: Map<string, unknown>;
  /** What each caller's searches returned: sentinel value → ids, per list. */
  searches: Map<string, Map<string, { persons: string[]; cases: string[] }>>;
  fullText: Map<string, string[]>;
  /** The answer to a create whose ref a record hidden from the caller holds. */
  refProbe: { caller: string; hiddenId: string; response: Output };
}

const lower = (text: string) => text.toLowerCase();

async function xlsxText(payload: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ExcelJS.Buffer);
  const parts: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      parts.push(JSON.stringify(row.values));
    });
  });
  return parts.join('\n');
}

/** Every cursor in a page, decoded: a cursor is part of what the caller receives. */
function decodedCursor(body: string): string | null {
  try {
    const cursor = (JSON.parse(body) as { nextCursor?: unknown }).nextCursor;
    return typeof cursor === 'string' ? Buffer.from(cursor, 'base64url').toString('utf8') : null;
  } catch {
    return null;
  }
}

async function seedAndCrawl(dialect: Dialect): Promise<Crawl> {
  const database = await openTestDatabase(dialect);
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app: FastifyInstance = await buildApp({
    database,
    keyring: TEST_KEYRING,
    logger: { level: 'trace', stream: logStream },
  });
  try {
    return await crawlApp(app, database, logs);
  } finally {
    await app.close();
  }
}

async function crawlApp(app: FastifyInstance, database: TestDatabase, logs: string[]): Promise<Crawl> {
  const ctx = database.context();
  const orgA = await createOrg(ctx, { name: 'Owner organization A' });
  const orgB = await createOrg(ctx, { name: 'Partner organization B' });
  const orgIds = { A: orgA.id, B: orgB.id };
  const callers: Caller[] = [];
  const userIds = new Map<string, string>();
  for (const spec of USERS) {
    const email = `${spec.role}-${spec.clearance}-${spec.org}@example.org`.toLowerCase();
    const user = await createUserWithPassword(
      ctx,
      { email, org: orgIds[spec.org], role: spec.role, clearance: spec.clearance },
      TEST_PASSWORD,
    );
    const { token } = await createApiToken(
      ctx,
      { id: user.id, role: user.role },
      { name: 'leak crawl', scope: ROLE_SCOPE[spec.role], expiresInDays: 30 },
    );
    userIds.set(spec.name, user.id);
    callers.push({
      name: spec.name,
      token,
      policy: {
        kind: 'user',
        userId: user.id,
        orgId: orgIds[spec.org],
        role: spec.role,
        clearance: spec.clearance,
      },
    });
  }
  callers.push({ name: ANONYMOUS, policy: ANONYMOUS_CALLER });
  const callerNamed = (name: string) => callers.find((c) => c.name === name) as Caller;
  const seeder = callerNamed(SEEDER);

  const send = async (caller: Caller, options: InjectOptions): Promise<LightMyRequestResponse> =>
    app.inject({
      ...options,
      headers: {
        ...(options.headers ?? {}),
        ...(caller.token ? { authorization: `Bearer ${caller.token}` } : {}),
      },
    });
  const json = (method: 'POST' | 'PATCH' | 'PUT', url: string, payload: unknown): InjectOptions => ({
    method,
    url,
    payload: JSON.stringify(payload),
    headers: { 'content-type': 'application/json' },
  });
  const seed = async (options: InjectOptions, status: number): Promise<Fields> => {
    const res = await send(seeder, options);
    if (res.statusCode !== status) throw new Error(`${options.method} ${options.url}: ${res.body}`);
    return res.json<Fields>();
  };

  // --- Seeding, as the secret-cleared editor of A ---
  const world = new World();
  type Planned = ReturnType<World['sentinel']>;

  function register(key: string, planned: Planned[]): void {
    const record = world.record(key);
    for (const p of planned) {
      world.sentinels.push({
        value: p.value,
        fragment: p.fragment,
        record: key,
        field: p.field,
        current: true,
        heldUnder: [{ ...record.fieldSensitivity }],
      });
    }
  }

  function personFields(planned: Planned[]): Fields {
    const fields: Fields = {};
    for (const p of planned) {
      if (p.field === 'names') fields.names = [{ text: p.value, kind: 'primary' }];
      if (p.field === 'biography') fields.biography = { en: p.value };
      if (p.field === 'notes') fields.notes = p.value;
      if (p.field === 'contacts') fields.contacts = [{ kind: 'phone', value: p.value }];
      if (p.field === 'whereabouts') fields.whereabouts = p.value;
    }
    return fields;
  }

  function caseFields(planned: Planned[]): Fields {
    const fields: Fields = {};
    const witness: Record<string, string> = {};
    for (const p of planned) {
      if (p.field === 'title') fields.title = p.value;
      if (p.field === 'summary') fields.summary = { en: p.value };
      if (p.field === 'charges') fields.charges = [{ article: p.value }];
      if (p.field === 'witnesses') witness[p.label] = p.value;
    }
    if (Object.keys(witness).length > 0) {
      fields.witnesses = [
        {
          name: witness['witness-name'] ?? null,
          contact: witness['witness-contact'] ?? null,
          statement: witness['witness-statement'] ?? null,
        },
      ];
    }
    return fields;
  }

  /** Sources and citations hold their sentinel in one plain field (`title`, `quote`). */
  function fieldsOf(type: RecordType, planned: Planned[]): Fields {
    if (type === 'person') return personFields(planned);
    if (type === 'case') return caseFields(planned);
    return Object.fromEntries(planned.map((p) => [p.field, p.value]));
  }

  const witnessSentinels = (): Planned[] =>
    ['witness-name', 'witness-contact', 'witness-statement'].map((label) =>
      world.sentinel('witnesses', label),
    );

  interface RecordSpec {
    sensitivity?: Sensitivity;
    isPublished?: boolean;
    fieldSensitivity?: Levels;
    consentBasis?: string;
    ref?: string;
  }

  async function createRecord(
    key: string,
    type: RecordType,
    spec: RecordSpec,
    planned: Planned[],
    extra: Fields = {},
  ): Promise<ModelRecord> {
    const fields = fieldsOf(type, planned);
    if (type === 'person' && !fields.names)
      fields.names = [{ text: 'Subject without a sentinel', kind: 'primary' }];
    const { victim, ...rest } = extra;
    const body: Fields = {
      ...rest,
      ...fields,
      sensitivity: spec.sensitivity ?? 'internal',
      ...(spec.isPublished ? { isPublished: true } : {}),
      ...(spec.fieldSensitivity ? { fieldSensitivity: spec.fieldSensitivity } : {}),
      ...(spec.consentBasis ? { consentBasis: spec.consentBasis } : {}),
      ...(spec.ref ? { ref: spec.ref } : {}),
    };
    const created = await seed(json('POST', `/api/${PATHS[type]}`, body), 201);
    const record: ModelRecord = {
      key,
      type,
      id: created.id as string,
      ownerOrgId: orgA.id,
      sensitivity: spec.sensitivity ?? 'internal',
      isPublished: spec.isPublished ?? false,
      grants: [],
      fieldSensitivity: { ...(spec.fieldSensitivity ?? {}) },
      ...(spec.consentBasis ? { consentBasis: spec.consentBasis } : {}),
      deleted: false,
      version: created.version as number,
      levelsChanged: false,
    };
    world.records.set(key, record);
    if (typeof victim === 'string') world.victims.set(key, victim);
    register(key, planned);
    return record;
  }

  /** Replaces the sentinels of some fields and optionally changes level overrides, as one PATCH. */
  async function updateRecord(key: string, planned: Planned[], fieldSensitivity?: Levels): Promise<void> {
    const record = world.record(key);
    const fields = fieldsOf(record.type, planned);
    const updated = await seed(
      json('PATCH', `/api/${PATHS[record.type]}/${record.id}`, {
        version: record.version,
        ...fields,
        ...(fieldSensitivity ? { fieldSensitivity } : {}),
      }),
      200,
    );
    record.version = updated.version as number;
    if (fieldSensitivity) {
      record.fieldSensitivity = { ...record.fieldSensitivity, ...fieldSensitivity };
      record.levelsChanged = true;
    }
    const changed = new Set(planned.map((p) => p.field));
    for (const s of world.sentinels) {
      if (s.record !== key || !s.current) continue;
      if (changed.has(s.field)) s.current = false;
      else s.heldUnder.push({ ...record.fieldSensitivity });
    }
    register(key, planned);
  }

  async function share(key: string, grant: RecordGrant): Promise<void> {
    const record = world.record(key);
    await seed(json('PUT', `/api/${PATHS[record.type]}/${record.id}/grants`, grant), 200);
    record.grants.push(grant);
  }

  async function publish(key: string): Promise<void> {
    const record = world.record(key);
    const res = await seed(
      json('POST', `/api/${PATHS[record.type]}/${record.id}/publish`, { version: record.version }),
      200,
    );
    record.version = res.version as number;
    record.isPublished = true;
  }

  async function remove(key: string): Promise<void> {
    const record = world.record(key);
    const res = await seed(
      { method: 'DELETE', url: `/api/${PATHS[record.type]}/${record.id}?version=${record.version}` },
      200,
    );
    record.version = res.version as number;
    record.deleted = true;
  }

  const personSentinels = (...fields: string[]) => fields.map((field) => world.sentinel(field));
  const ALL_PERSON_FIELDS = ['names', 'biography', 'notes', 'contacts', 'whereabouts'];

  // Published with consent; notes raised to confidential; contacts and whereabouts change later.
  await createRecord(
    'person consented',
    'person',
    { consentBasis: 'consent-recorded', fieldSensitivity: { notes: 'confidential' } },
    personSentinels(...ALL_PERSON_FIELDS),
  );
  await publish('person consented');
  await updateRecord('person consented', personSentinels('contacts', 'whereabouts'));
  // Published without a consent basis: the public sees none of its identifying fields.
  await createRecord(
    'person unconsented',
    'person',
    { isPublished: true, consentBasis: 'none' },
    personSentinels(...ALL_PERSON_FIELDS),
  );
  // Names marked secret; shared with B (internal) and B's researcher (confidential).
  await createRecord(
    'person secret names',
    'person',
    { consentBasis: 'public-record', fieldSensitivity: { names: 'secret' } },
    personSentinels(...ALL_PERSON_FIELDS),
  );
  await createRecord(
    'person secret record',
    'person',
    { sensitivity: 'secret', consentBasis: 'public-record', ref: `ref-${randomBytes(6).toString('hex')}` },
    personSentinels(...ALL_PERSON_FIELDS),
  );
  // A confidential record, published: the public sees its public fields; B's partner a grant's worth.
  await createRecord(
    'person confidential record',
    'person',
    { sensitivity: 'confidential', isPublished: true, consentBasis: 'public-record' },
    personSentinels(...ALL_PERSON_FIELDS),
  );
  // Names confidential on a published record: the public and internal readers see the record only.
  await createRecord(
    'person confidential names',
    'person',
    { isPublished: true, consentBasis: 'public-record', fieldSensitivity: { names: 'confidential' } },
    personSentinels('names', 'notes', 'contacts'),
  );
  await createRecord(
    'person deleted',
    'person',
    { consentBasis: 'public-record' },
    personSentinels('names', 'notes', 'whereabouts'),
  );
  await remove('person deleted');
  // Notes raised from internal to secret: their value is then sealed, in the history too.
  await createRecord(
    'person notes raised',
    'person',
    { consentBasis: 'public-record' },
    personSentinels('notes'),
  );
  await updateRecord('person notes raised', [], { notes: 'secret' });
  // Whereabouts lowered from secret to internal with a new value: the old one stays secret.
  await createRecord(
    'person whereabouts lowered',
    'person',
    { consentBasis: 'public-record' },
    personSentinels('names', 'whereabouts'),
  );
  await updateRecord('person whereabouts lowered', personSentinels('whereabouts'), {
    whereabouts: 'internal',
  });

  // Contacts lowered from confidential to internal with a new value: the old one stays confidential.
  await createRecord(
    'person contacts lowered',
    'person',
    { consentBasis: 'public-record' },
    personSentinels('names', 'contacts'),
  );
  await updateRecord('person contacts lowered', personSentinels('contacts'), { contacts: 'internal' });

  const caseSentinels = (...fields: string[]) => [
    ...fields.map((field) => world.sentinel(field)),
    ...witnessSentinels(),
  ];
  const caseExtra = (victim: string): Fields => ({
    victim,
    victimId: world.record(victim).id,
    caseType: 'arbitrary-detention',
    timeline: [{ kind: 'arrest', date: '2022-01-10' }],
  });
  await createRecord(
    'case shared',
    'case',
    { fieldSensitivity: { summary: 'confidential' } },
    caseSentinels('title', 'summary', 'charges'),
    caseExtra('person secret names'),
  );
  await createRecord(
    'case published',
    'case',
    { isPublished: true },
    caseSentinels('title', 'summary', 'charges'),
    caseExtra('person unconsented'),
  );
  await createRecord(
    'case secret record',
    'case',
    { sensitivity: 'secret' },
    caseSentinels('title', 'summary'),
    caseExtra('person consented'),
  );
  await createRecord(
    'case confidential record',
    'case',
    { sensitivity: 'confidential' },
    caseSentinels('title', 'summary'),
    caseExtra('person confidential names'),
  );
  await createRecord(
    'case witnesses change',
    'case',
    {},
    caseSentinels('title'),
    caseExtra('person consented'),
  );
  await updateRecord('case witnesses change', witnessSentinels());

  const partnerB = userIds.get('partner B (confidential)') as string;
  const researcherB = userIds.get('researcher B (secret)') as string;
  await share('person secret names', {
    granteeType: 'org',
    granteeId: orgB.id,
    access: 'read',
    clearance: 'internal',
  });
  await share('person secret names', {
    granteeType: 'user',
    granteeId: researcherB,
    access: 'read',
    clearance: 'confidential',
  });
  await share('person confidential record', {
    granteeType: 'user',
    granteeId: partnerB,
    access: 'read',
    clearance: 'secret',
  });
  await share('case shared', {
    granteeType: 'org',
    granteeId: orgB.id,
    access: 'read',
    clearance: 'internal',
  });
  await share('case confidential record', {
    granteeType: 'org',
    granteeId: orgB.id,
    access: 'read',
    clearance: 'internal',
  });
  await share('case confidential record', {
    granteeType: 'user',
    granteeId: researcherB,
    access: 'write',
    clearance: 'confidential',
  });

  await createRecord('source', 'source', { sensitivity: 'confidential' }, [world.sentinel('title')], {
    ...buildSourceInput(),
  });
  const citation = async (key: string, spec: RecordSpec, target: string, field: string | null) => {
    const targetRecord = world.record(target);
    await createRecord(key, 'citation', spec, [world.sentinel('quote')], {
      sourceId: world.record('source').id,
      recordType: targetRecord.type,
      recordId: targetRecord.id,
      field,
    });
    world.record(key).cites = target;
  };
  await citation('citation of whereabouts', { sensitivity: 'secret' }, 'person consented', 'whereabouts');
  await citation('citation of a shared case', {}, 'case shared', null);
  await citation('citation of a published case', { isPublished: true }, 'case published', 'title');
  // Published and public itself, but of a secret record: only those who may read the record see it.
  await citation(
    'citation of a secret record',
    { sensitivity: 'public', isPublished: true },
    'person secret record',
    'names',
  );

  // --- The crawl ---
  const outputs: Output[] = [];
  const census = new Map<string, unknown>();
  const searches = new Map<string, Map<string, { persons: string[]; cases: string[] }>>();
  /** What each caller's full-text search for each sentinel found: `caller|value` → `type:id`. */
  const fullText = new Map<string, string[]>();
  const records = [...world.records.values()];
  const revisionIds = new Map<string, string>();
  for (const record of records) {
    const row = await database.db
      .selectFrom('revisions')
      .select('id')
      .where('record_id', '=', record.id)
      .orderBy('version')
      .executeTakeFirstOrThrow();
    revisionIds.set(record.key, row.id);
  }

  // Callers crawl side by side (each one's requests in order), which PostgreSQL's pool runs in parallel.
  const crawlAs = async (caller: Caller): Promise<void> => {
    const take = async (family: string, options: InjectOptions | string): Promise<LightMyRequestResponse> => {
      const request = typeof options === 'string' ? { method: 'GET' as const, url: options } : options;
      const res = await send(caller, request);
      const output = (text: string, as = family) =>
        outputs.push({
          caller: caller.name,
          family: as,
          request: `${request.method ?? 'GET'} ${request.url}`,
          status: res.statusCode,
          text: lower(text),
        });
      const type = String(res.headers['content-type'] ?? '');
      if (type.startsWith('application/vnd.openxmlformats') && res.statusCode === 200) {
        output(await xlsxText(res.rawPayload));
      } else {
        output(res.body);
      }
      const cursor = decodedCursor(res.body);
      if (cursor !== null) output(cursor, 'list cursors');
      return res;
    };

    // Lists: whole, and walked one record a page in every order (cursors included).
    for (const path of ALL_PATHS) {
      await take('lists', `/api/${path}?includeDeleted=true&limit=200`);
      await take('lists', `/api/${path}?limit=200`);
    }
    const walks: Array<[string, string]> = [
      ['persons', 'name'],
      ['persons', 'createdAt'],
      ['cases', 'title'],
      ['cases', 'createdAt'],
      ['citations', 'createdAt'],
      ['sources', 'title'],
    ];
    for (const [path, sort] of walks) {
      for (const order of ['asc', 'desc']) {
        let cursor: string | null = null;
        let pages = 0;
        do {
          const query = `includeDeleted=true&limit=1&sort=${sort}&order=${order}${cursor ? `&cursor=${cursor}` : ''}`;
          const res = await take('lists', `/api/${path}?${query}`);
          cursor =
            res.statusCode === 200 ? (res.json<{ nextCursor: string | null }>().nextCursor ?? null) : null;
          pages += 1;
        } while (cursor && pages < 50);
      }
    }

    // Each record: read, history, grants, citations; and refused writes, for their error bodies.
    for (const record of records) {
      const base = `/api/${PATHS[record.type]}/${record.id}`;
      await take('reads', base);
      await take('reads', `${base}?includeDeleted=true`);
      await take('revisions', `${base}/revisions`);
      await take('grants', `${base}/grants`);
      await take('citations', `/api/citations?recordType=${record.type}&recordId=${record.id}`);
      await take(
        'citations',
        `/api/citations?recordType=${record.type}&recordId=${record.id}&includeDeleted=true`,
      );
      const stale = 999;
      const patchBody =
        record.type === 'person' ? { notes: 'x' } : record.type === 'case' ? { title: 'x' } : {};
      await take('errors', json('PATCH', base, { version: stale, ...patchBody }));
      await take('errors', { method: 'DELETE', url: `${base}?version=${stale}` });
      await take('errors', json('POST', `${base}/undelete`, { version: stale }));
      await take('errors', json('POST', `${base}/publish`, { version: stale }));
      await take('errors', json('POST', `${base}/unpublish`, { version: stale }));
      await take(
        'errors',
        json('POST', `${base}/revisions/${revisionIds.get(record.key)}/restore`, { version: stale }),
      );
      await take(
        'errors',
        json('PUT', `${base}/grants`, {
          granteeType: 'org',
          granteeId: newId(),
          access: 'read',
          clearance: 'public',
        }),
      );
      await take('errors', { method: 'DELETE', url: `${base}/grants/${newId()}` });
    }
    // Ids that name nothing, and a malformed one.
    await take('errors', `/api/persons/${newId()}`);
    await take('errors', '/api/cases/not-an-id');

    // The census counts only cases the caller may see.
    const counted = await take('census', `/api/cases/census?on=${CENSUS_DAY}`);
    census.set(caller.name, counted.statusCode === 200 ? counted.json() : counted.statusCode);

    // Exports, every format, deleted records too (XLSX, the slowest, of the types the world has).
    for (const path of ALL_PATHS) {
      const formats = Object.values(PATHS).includes(path) ? ['json', 'csv', 'xlsx'] : ['json', 'csv'];
      for (const format of formats) {
        await take(`export ${format}`, `/api/export/${path}?format=${format}&includeDeleted=true`);
      }
    }

    // Searches for a fragment of every sentinel: only fields the caller sees may match.
    const found = new Map<string, { persons: string[]; cases: string[] }>();
    for (const sentinel of world.sentinels) {
      const ids = async (path: string) => {
        const res = await take(
          'searches',
          `/api/${path}?q=${sentinel.fragment}&includeDeleted=true&limit=200`,
        );
        return res.statusCode === 200
          ? res.json<{ items: Array<{ id: string }> }>().items.map((i) => i.id)
          : [];
      };
      found.set(sentinel.value, { persons: await ids('persons'), cases: await ids('cases') });
      // The full-text search over every record type and document page, titles and snippets included.
      const res = await take('full-text search', `/api/search?q=${sentinel.fragment}&limit=100`);
      const hits =
        res.statusCode === 200
          ? res.json<{ hits: Array<{ recordType: string; recordId: string }> }>().hits
          : [{ recordType: 'status', recordId: String(res.statusCode) }];
      fullText.set(
        `${caller.name}|${sentinel.value}`,
        hits.map((h) => `${h.recordType}:${h.recordId}`),
      );
    }
    searches.set(caller.name, found);
  };
  await Promise.all(callers.map(crawlAs));

  // A ref is unique per type: taking the ref of a record the caller cannot read must not name it.
  const prober = callerNamed('researcher A (internal)');
  const hidden = world.record('person secret record');
  const hiddenRef = (
    await database.db
      .selectFrom('persons')
      .select('ref')
      .where('id', '=', hidden.id)
      .executeTakeFirstOrThrow()
  ).ref as string;
  const probe = await send(
    prober,
    json('POST', '/api/persons', { names: [{ text: 'Probe', kind: 'primary' }], ref: hiddenRef }),
  );
  const refProbe = {
    caller: prober.name,
    hiddenId: hidden.id,
    response: {
      caller: prober.name,
      family: 'errors',
      request: 'POST /api/persons',
      status: probe.statusCode,
      text: lower(probe.body),
    },
  };

  return { world, callers, outputs, logs, database, census, searches, fullText, refProbe };
}

// --- The checks ------------------------------------------------------------------------------------

const FAMILIES = [
  'reads',
  'lists',
  'list cursors',
  'searches',
  'full-text search',
  'revisions',
  'grants',
  'citations',
  'census',
  'export json',
  'export csv',
  'export xlsx',
  'errors',
] as const;

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`leak crawl [${dialect}]`, () => {
    let crawl: Crawl;

    beforeAll(async () => {
      crawl = await seedAndCrawl(dialect);
    }, 180_000);
    afterAll(async () => {
      await crawl?.database.close();
    });

    const callerNamed = (name: string) => crawl.callers.find((c) => c.name === name) as Caller;

    /** Every sentinel in an output that the policy withholds from its caller there. */
    function leaksIn(outputs: readonly Output[]): string[] {
      const leaks: string[] = [];
      for (const output of outputs) {
        const caller = callerNamed(output.caller);
        for (const sentinel of crawl.world.sentinels) {
          if (!output.text.includes(lower(sentinel.value))) continue;
          const may = oracle(crawl.world, caller, sentinel);
          const allowed = output.family === 'revisions' ? may.history : may.now;
          if (!allowed) {
            const record = crawl.world.record(sentinel.record);
            leaks.push(
              `${output.caller} ← ${output.request} (${output.status}): ${record.key} ${record.type}.${sentinel.field}` +
                `${sentinel.current ? '' : ' (an earlier value)'}`,
            );
          }
        }
      }
      return [...new Set(leaks)];
    }

    it.each(FAMILIES)('%s: no caller receives a sentinel the policy withholds', (family) => {
      const outputs = crawl.outputs.filter((o) => o.family === family);
      expect(outputs.length).toBeGreaterThan(0);
      expect(leaksIn(outputs)).toEqual([]);
    });

    it('never writes a sentinel to the log, whoever asks', () => {
      expect(crawl.logs.length).toBeGreaterThan(100);
      const log = lower(crawl.logs.join('\n'));
      const logged = crawl.world.sentinels.filter((s) => log.includes(lower(s.value)));
      expect(logged.map((s) => `${s.record}.${s.field}`)).toEqual([]);
    });

    it('shows every caller each sentinel the policy lets them see: in the read, the list and every export', () => {
      const missing: string[] = [];
      const has = (caller: string, family: string, request: (r: string) => boolean, value: string) =>
        crawl.outputs.some(
          (o) =>
            o.caller === caller && o.family === family && request(o.request) && o.text.includes(lower(value)),
        );
      let seen = 0;
      for (const caller of crawl.callers) {
        for (const sentinel of crawl.world.sentinels) {
          if (!oracle(crawl.world, caller, sentinel).now) continue;
          seen += 1;
          const record = crawl.world.record(sentinel.record);
          const path = PATHS[record.type];
          const wanted: Array<[string, (r: string) => boolean]> = [
            ['reads', (r) => r === `GET /api/${path}/${record.id}?includeDeleted=true`],
            ['lists', (r) => r === `GET /api/${path}?includeDeleted=true&limit=200`],
          ];
          if (caller.name !== ANONYMOUS) {
            for (const format of ['json', 'csv', 'xlsx']) {
              wanted.push([`export ${format}`, (r) => r.startsWith(`GET /api/export/${path}?`)]);
            }
          }
          for (const [family, request] of wanted) {
            if (!has(caller.name, family, request, sentinel.value)) {
              missing.push(
                `${caller.name}: ${family} of ${record.key} lacks ${record.type}.${sentinel.field}`,
              );
            }
          }
        }
      }
      expect(seen).toBeGreaterThan(50);
      expect(missing).toEqual([]);
    });

    it('shows members their records’ history, earlier values included, as the policy allows', () => {
      const missing: string[] = [];
      let seen = 0;
      for (const caller of crawl.callers) {
        for (const sentinel of crawl.world.sentinels) {
          const record = crawl.world.record(sentinel.record);
          // Where levels changed, history is decrypted by today's levels only: it may show less.
          if (record.levelsChanged || !oracle(crawl.world, caller, sentinel).history) continue;
          seen += 1;
          const request = `GET /api/${PATHS[record.type]}/${record.id}/revisions`;
          const shown = crawl.outputs.some(
            (o) =>
              o.caller === caller.name && o.request === request && o.text.includes(lower(sentinel.value)),
          );
          if (!shown)
            missing.push(`${caller.name}: revisions of ${record.key} lack ${record.type}.${sentinel.field}`);
        }
      }
      expect(seen).toBeGreaterThan(20);
      expect(missing).toEqual([]);
    });

    it('counts in the census only the cases the caller may read', () => {
      const { world } = crawl;
      for (const caller of crawl.callers) {
        const victims = new Set<string>();
        for (const record of world.records.values()) {
          const victim = world.victims.get(record.key);
          if (!victim || record.deleted || world.record(victim).deleted) continue;
          if (abilitiesFor(world, caller, record).read) victims.add(victim);
        }
        const answer = crawl.census.get(caller.name);
        // The census is for signed-in callers; the public gets 401.
        if (caller.name === ANONYMOUS) expect(answer, caller.name).toBe(401);
        else {
          expect(answer, caller.name).toEqual({
            on: CENSUS_DAY,
            custody: 'deprived',
            certain: victims.size,
            possible: victims.size,
          });
        }
      }
    });

    it('stores encrypted every value held only where it was secret, in records and revisions', async () => {
      const { world, database } = crawl;
      const dump: string[] = [];
      for (const table of await database.db.introspection.getTables()) {
        const rows = await database.db
          .selectFrom(table.name as 'persons')
          .selectAll()
          .execute();
        dump.push(JSON.stringify(rows));
      }
      const text = lower(dump.join('\n'));
      const mustBeSealed = world.sentinels.filter((sentinel) => {
        const record = world.record(sentinel.record);
        // A field made secret has its history sealed too; one made public keeps its old values sealed.
        return (
          sealedUnder(record, sentinel.field, record.fieldSensitivity) ||
          sentinel.heldUnder.every((levels) => sealedUnder(record, sentinel.field, levels))
        );
      });
      expect(mustBeSealed.length).toBeGreaterThan(10);
      const inClear = mustBeSealed.filter((s) => text.includes(lower(s.value)));
      expect(inClear.map((s) => `${s.record}.${s.field}`)).toEqual([]);
      // And the check can fail: values that are not secret are stored as they are.
      expect(text).toContain(lower(world.sentinels.find((s) => s.field === 'notes')?.value ?? '?'));
    });

    it('does not name a record hidden from the caller whose ref the caller tries to take', () => {
      const { response, hiddenId } = crawl.refProbe;
      expect(response.status, response.text).not.toBe(201);
      expect(response.text).not.toContain(hiddenId);
    });

    it('matches a search only on fields the caller sees, and finds what it may see', () => {
      const wrong: string[] = [];
      const { world } = crawl;
      for (const caller of crawl.callers) {
        const found = crawl.searches.get(caller.name);
        for (const sentinel of world.sentinels) {
          const record = world.record(sentinel.record);
          // Sealed values are kept out of every search column, so nobody finds them by search.
          const may = oracle(world, caller, sentinel).now && !sealedNow(record, sentinel.field);
          const expectedPersons =
            record.type === 'person' && sentinel.field === 'names' && may ? [record.id] : [];
          const expectedCases = new Set<string>();
          if (record.type === 'case' && ['title', 'charges'].includes(sentinel.field) && may) {
            expectedCases.add(record.id);
          }
          if (record.type === 'person' && sentinel.field === 'names' && may) {
            for (const c of world.records.values()) {
              if (
                c.type === 'case' &&
                world.victims.get(c.key) === record.key &&
                abilitiesFor(world, caller, c).read
              ) {
                expectedCases.add(c.id);
              }
            }
          }
          const got = found?.get(sentinel.value);
          const label = `${caller.name}: q=${record.key} ${record.type}.${sentinel.field}`;
          if (JSON.stringify(got?.persons ?? []) !== JSON.stringify(expectedPersons)) {
            wrong.push(
              `${label}: persons ${JSON.stringify(got?.persons)} ≠ ${JSON.stringify(expectedPersons)}`,
            );
          }
          if (JSON.stringify([...(got?.cases ?? [])].sort()) !== JSON.stringify([...expectedCases].sort())) {
            wrong.push(
              `${label}: cases ${JSON.stringify(got?.cases)} ≠ ${JSON.stringify([...expectedCases])}`,
            );
          }
        }
      }
      expect(wrong).toEqual([]);
    });

    it('finds by full text exactly the records whose field the caller sees holds the words', () => {
      const wrong: string[] = [];
      let found = 0;
      const { world } = crawl;
      for (const caller of crawl.callers) {
        for (const sentinel of world.sentinels) {
          const record = world.record(sentinel.record);
          // Secret records and sealed values have no index entry; a citation is found through its record.
          const indexed = record.type !== 'citation' && !record.deleted && record.sensitivity !== 'secret';
          const may =
            sentinel.current && oracle(world, caller, sentinel).now && !sealedNow(record, sentinel.field);
          const expected = indexed && may ? [`${record.type}:${record.id}`] : [];
          const got = crawl.fullText.get(`${caller.name}|${sentinel.value}`) ?? [];
          found += got.length;
          if (JSON.stringify(got) !== JSON.stringify(expected)) {
            wrong.push(
              `${caller.name}: ${record.key} ${record.type}.${sentinel.field}: ${got} ≠ ${expected}`,
            );
          }
        }
      }
      expect(found).toBeGreaterThan(20);
      expect(wrong).toEqual([]);
    });
  });
}
