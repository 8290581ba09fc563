/**
 * The authorization matrix, generated from the route table: every route × every role × {the
 * caller's organization's record, another organization's unshared record, a record shared with the
 * caller's organization, a published record}. The expected answer of a record route comes from the
 * pure record policy (`recordAbilities`), so the matrix checks that every route applies it; the
 * other routes follow their declared access. A route the table below does not cover fails the suite.
 * Denied answers must carry none of the record's data.
 *
 * On SQLite only: the policy is dialect-free, and the list constraint's SQL is held equal to the
 * policy on both databases by `visibility.sql.test.ts`.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, type OperationContext, operator } from '../../src/core/context.ts';
import { migrateToLatest, openDatabase } from '../../src/db/database.ts';
import { loadDemoDataset } from '../../src/demo/load-demo.ts';
import type { Role } from '../../src/modules/access/access.schema.ts';
import { upsertGrant } from '../../src/modules/access/grant.store.ts';
import {
  NO_ABILITIES,
  type PolicyCaller,
  policyCallerOf,
  type RecordAbilities,
  recordAbilities,
} from '../../src/modules/access/record.policy.ts';
import { createApiToken } from '../../src/modules/access/token.operations.ts';
import { createOrg, createUserWithPassword } from '../../src/modules/access/user.operations.ts';
import { exportableTypes } from '../../src/modules/export/exportable-types.ts';
import { createRecord, setPublished, undeleteRecord } from '../../src/modules/records/record.operations.ts';
import { fieldsOf } from '../../src/modules/records/record.row.ts';
import type { StoredRecord } from '../../src/modules/records/record.schema.ts';
import type { RecordKind } from '../../src/modules/records/record-kind.ts';
import { listRevisions } from '../../src/modules/records/revision.store.ts';
import { sourceKind } from '../../src/modules/sources/source.operations.ts';
import { buildApp } from '../../src/server/app.ts';
import type { RouteEntry } from '../../src/server/route-table.ts';
import { TEST_KEYRING } from '../support/database.ts';

const ROLES: readonly Role[] = ['administrator', 'editor', 'researcher', 'viewer', 'partner'];
const SITUATIONS = ['own', 'other', 'shared', 'published'] as const;
type Situation = (typeof SITUATIONS)[number];
type Caller = { name: Role | 'anonymous'; token: string | null; readOnly: boolean; policy: PolicyCaller };

const database = openDatabase({ sqlitePath: ':memory:' });
let app: FastifyInstance;
let ctx: OperationContext;
let orgs: { a: string; b: string; c: string };
const callers: Caller[] = [];
/** The record of each type (plural path) in each situation. */
const records = new Map<string, Record<Situation, string>>();
/** A grant to the third organization on each record, for the unshare route. */
const spareGrants = new Map<string, string>();
/** A source every signed-in caller may read, cited as the evidence of a rating. */
let demoSourceId = '';

beforeAll(async () => {
  await migrateToLatest(database);
  ctx = {
    actor: operator,
    db: database.db,
    dialect: 'sqlite',
    clock: () => new Date(),
    keyring: TEST_KEYRING,
  };
  app = await buildApp({ database, keyring: TEST_KEYRING });
  await loadDemoDataset(ctx);
  orgs = {
    a: (await createOrg(ctx, { name: 'Org A' })).id,
    b: (await createOrg(ctx, { name: 'Org B' })).id,
    c: (await createOrg(ctx, { name: 'Org C' })).id,
  };
  for (const role of ROLES) {
    const user = await createUserWithPassword(
      ctx,
      { email: `${role}@a.example.org`, org: orgs.a, role, clearance: 'secret' },
      'correct horse battery staple',
    );
    // Each role's widest token: what the role may do is then the policy's answer alone.
    const scope =
      role === 'administrator' ? 'admin' : role === 'viewer' || role === 'partner' ? 'read' : 'write';
    const { token } = await createApiToken(ctx, user, { name: 'matrix', scope, expiresInDays: 30 });
    const actor: Actor = { id: user.id, kind: 'user', role, orgId: orgs.a, clearance: 'secret' };
    callers.push({ name: role, token, readOnly: scope === 'read', policy: policyCallerOf(actor) });
  }
  callers.push({
    name: 'anonymous',
    token: null,
    readOnly: true,
    policy: policyCallerOf({ id: 'anonymous', kind: 'anonymous' }),
  });

  demoSourceId = await firstId(sourceKind as RecordKind<object>);
  for (const [path, type] of Object.entries(exportableTypes)) {
    const [template] = await type.kind.load(ctx.db, [await firstId(type.kind)]);
    if (!template) throw new Error(`the demo has no ${path}`);
    const made = {} as Record<Situation, string>;
    for (const situation of SITUATIONS) {
      const copy = await createRecord(ctx, type.kind, { ...fieldsOf(template), sensitivity: 'internal' });
      const owner = situation === 'own' ? orgs.a : orgs.b;
      await sql`update ${sql.table(type.kind.table)} set owner_org_id = ${owner} where id = ${copy.id}`.execute(
        ctx.db,
      );
      if (situation === 'shared') await grant(type.kind, copy.id, orgs.a, 'read');
      if (situation === 'published') await setPublished(ctx, type.kind, copy.id, copy.version, true);
      spareGrants.set(copy.id, await grant(type.kind, copy.id, orgs.c, 'read'));
      made[situation] = copy.id;
    }
    records.set(path, made);
  }
}, 120_000);

afterAll(async () => {
  await app?.close();
  await database.close();
});

async function firstId(kind: RecordKind<object>): Promise<string> {
  const row = await sql<{ id: string }>`select id from ${sql.table(kind.table)} where deleted_at is null
    order by id limit 1`.execute(ctx.db);
  return row.rows[0]?.id ?? '';
}

async function grant(kind: RecordKind<object>, recordId: string, org: string, access: 'read' | 'write') {
  const id = crypto.randomUUID();
  await upsertGrant(ctx.db, {
    id,
    recordType: kind.type,
    recordId,
    granteeType: 'org',
    granteeId: org,
    access,
    clearance: 'secret',
    createdAt: new Date().toISOString(),
    createdBy: 'operator',
  });
  return id;
}

async function stored(kind: RecordKind<object>, id: string): Promise<StoredRecord<object>> {
  const [record] = await kind.load(ctx.db, [id]);
  if (!record) throw new Error(`no record ${id}`);
  return record;
}

async function abilitiesOf(caller: Caller, kind: RecordKind<object>, id: string): Promise<RecordAbilities> {
  const record = await stored(kind, id);
  const grants = await ctx.db
    .selectFrom('record_grants')
    .selectAll()
    .where('record_type', '=', kind.type)
    .where('record_id', '=', id)
    .execute();
  // A citation is readable only with the record it cites (`readsThrough`).
  const through = kind.readsThrough?.(record);
  if (through && !(await abilitiesOf(caller, through.kind, through.id)).read) return NO_ABILITIES;
  return recordAbilities(caller.policy, {
    ownerOrgId: record.ownerOrgId,
    sensitivity: record.sensitivity,
    isPublished: record.isPublished,
    grants: grants.map((g) => ({
      granteeType: g.grantee_type as 'org' | 'user',
      granteeId: g.grantee_id,
      access: g.access as 'read' | 'write',
      clearance: g.clearance as RecordAbilities['clearance'],
    })),
  });
}

function send(caller: Caller, request: InjectOptions): Promise<LightMyRequestResponse> {
  const headers = {
    ...(request.headers ?? {}),
    ...(caller.token ? { authorization: `Bearer ${caller.token}` } : {}),
  };
  return app.inject({ ...request, headers });
}

/** Every text value of a record worth looking for in a denied answer (not its id, which the caller sent). */
function dataOf(record: StoredRecord<object>): string[] {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(fieldsOf(record));
  // Dates and vocabulary words ("organization", "arbitrary-detention") are not data a denial could leak.
  const isData = (text: string) =>
    text.length >= 6 && text !== record.id && !/^\d{4}-\d\d|^[a-z][a-z0-9-]*$/.test(text);
  return [...new Set(texts)].filter(isData);
}

// --- What each record route asks of the policy ---------------------------------------------------

interface RecordRoute {
  /** The answer when the caller may do it. */
  allowed: number;
  /** The ability it needs beyond reading; `history` needs a non-public view. */
  needs: 'read' | 'write' | 'delete' | 'publish' | 'share' | 'history';
  request(
    path: string,
    id: string,
    version: number,
    extra: { revisionId: string; grantId: string; record: StoredRecord<object> },
  ): InjectOptions;
  /** Puts the record back after an allowed change, so the next caller meets the same situation. */
  undo?(kind: RecordKind<object>, id: string): Promise<void>;
}

const json = (method: InjectOptions['method'], url: string, payload?: object): InjectOptions => ({
  method,
  url,
  ...(payload ? { payload, headers: { 'content-type': 'application/json' } } : {}),
});

const RECORD_ROUTES: Record<string, RecordRoute> = {
  'GET /:id': { allowed: 200, needs: 'read', request: (p, id) => json('GET', `/api/${p}/${id}`) },
  'PATCH /:id': {
    allowed: 200,
    needs: 'write',
    request: (p, id, version) => json('PATCH', `/api/${p}/${id}`, { version }),
  },
  'DELETE /:id': {
    allowed: 200,
    needs: 'delete',
    request: (p, id, version) => json('DELETE', `/api/${p}/${id}?version=${version}`),
    undo: async (kind, id) => {
      await undeleteRecord(ctx, kind, id, (await stored(kind, id)).version);
    },
  },
  'POST /:id/undelete': {
    allowed: 409,
    needs: 'delete',
    request: (p, id, version) => json('POST', `/api/${p}/${id}/undelete`, { version }),
  },
  'GET /:id/revisions': {
    allowed: 200,
    needs: 'history',
    request: (p, id) => json('GET', `/api/${p}/${id}/revisions`),
  },
  'POST /:id/revisions/:revisionId/restore': {
    allowed: 200,
    needs: 'write',
    request: (p, id, version, { revisionId }) =>
      json('POST', `/api/${p}/${id}/revisions/${revisionId}/restore`, { version }),
  },
  'POST /:id/publish': {
    allowed: 200,
    needs: 'publish',
    request: (p, id, version) => json('POST', `/api/${p}/${id}/publish`, { version }),
    undo: async (kind, id) => {
      const record = await stored(kind, id);
      if (record.isPublished && !(await isPublishedSituation(id))) {
        await setPublished(ctx, kind, id, record.version, false);
      }
    },
  },
  'POST /:id/unpublish': {
    allowed: 200,
    needs: 'publish',
    request: (p, id, version) => json('POST', `/api/${p}/${id}/unpublish`, { version }),
    undo: async (kind, id) => {
      const record = await stored(kind, id);
      if (!record.isPublished && (await isPublishedSituation(id))) {
        await setPublished(ctx, kind, id, record.version, true);
      }
    },
  },
  'POST /:id/purges': {
    allowed: 201,
    needs: 'share',
    request: (p, id) => {
      const schema = exportableTypes[p]?.kind.fieldsSchema as unknown as { shape: object } | undefined;
      return json('POST', `/api/${p}/${id}/purges`, { fields: [Object.keys(schema?.shape ?? {})[0]] });
    },
  },
  // The tracker's own record routes: rating a commitment and recording an engagement's outcome
  // change the record; an ask's history and an engagement's scorecard read it.
  'POST /:id/ratings': {
    allowed: 200,
    needs: 'write',
    request: (p, id, version) =>
      json('POST', `/api/${p}/${id}/ratings`, {
        version,
        rating: 'stalled',
        ratedOn: '2024',
        rationale: 'Matrix check',
        evidence: [{ sourceId: demoSourceId }],
      }),
  },
  'POST /:id/outcome': {
    allowed: 200,
    needs: 'write',
    request: (p, id, version, { record }) => {
      const [item] = (record as { agenda?: { id: string }[] }).agenda ?? [];
      return json('POST', `/api/${p}/${id}/outcome`, {
        version,
        items: [{ agendaItemId: item?.id ?? '', outcome: 'not-reported' }],
      });
    },
  },
  'GET /:id/history': {
    allowed: 200,
    needs: 'read',
    request: (p, id) => json('GET', `/api/${p}/${id}/history`),
  },
  'GET /:id/scorecard': {
    allowed: 200,
    needs: 'read',
    request: (p, id) => json('GET', `/api/${p}/${id}/scorecard`),
  },
  'GET /:id/grants': {
    allowed: 200,
    needs: 'share',
    request: (p, id) => json('GET', `/api/${p}/${id}/grants`),
  },
  'PUT /:id/grants': {
    allowed: 200,
    needs: 'share',
    request: (p, id) =>
      json('PUT', `/api/${p}/${id}/grants`, {
        granteeType: 'org',
        granteeId: orgs.c,
        access: 'read',
        clearance: 'internal',
      }),
  },
  'DELETE /:id/grants/:grantId': {
    allowed: 200,
    needs: 'share',
    request: (p, id, _v, { grantId }) => json('DELETE', `/api/${p}/${id}/grants/${grantId}`),
    undo: async (kind, id) => {
      const left = await ctx.db
        .selectFrom('record_grants')
        .select('id')
        .where('record_id', '=', id)
        .where('grantee_id', '=', orgs.c)
        .execute();
      if (left.length === 0) spareGrants.set(id, await grant(kind, id, orgs.c, 'read'));
    },
  },
};

async function isPublishedSituation(id: string): Promise<boolean> {
  return [...records.values()].some((made) => made.published === id);
}

/**
 * Only a record's read is open to the public; a read-only token is refused every write before the
 * policy is asked (the same answer for any id, so it tells nothing); the rest is the policy's.
 */
function expectedStatus(route: RecordRoute, method: string, caller: Caller, can: RecordAbilities): number {
  const isPublicRead = route.needs === 'read';
  if (caller.name === 'anonymous' && !isPublicRead) return 401;
  if (caller.readOnly && method !== 'GET') return 403;
  if (!can.read) return 404;
  if (route.needs === 'history') return can.publicView ? 404 : 200;
  if (route.needs === 'read') return route.allowed;
  return can[route.needs] ? route.allowed : 403;
}

// --- The table: every route has rows -------------------------------------------------------------

/** `/api/persons/:id/grants` → `['persons', 'GET /:id/grants']` for record routes. */
function recordRouteOf(entry: RouteEntry): [string, string] | null {
  const match = /^\/api\/([a-z-]+)(\/:id.*)$/.exec(entry.url);
  if (!match || !exportableTypes[match[1] ?? '']) return null;
  return [match[1] ?? '', `${entry.method} ${match[2]}`];
}

/** Routes with no record: their answers follow their declared access. */
function routeRows(): RouteEntry[] {
  return app.routeTable.filter((entry) => entry.method !== 'HEAD');
}

describe('the authorization matrix', () => {
  it('has rows for every route', () => {
    const missing = routeRows()
      .map(recordRouteOf)
      .filter((route): route is [string, string] => route !== null && !RECORD_ROUTES[route[1]])
      .map(([path, route]) => `${path} ${route}`);
    expect(missing).toEqual([]);
    expect(routeRows().length).toBeGreaterThan(100);
  });

  it('answers every record route as the record policy says, for every role and situation', async () => {
    let checked = 0;
    for (const entry of routeRows()) {
      const found = recordRouteOf(entry);
      if (!found) continue;
      const [path, key] = found;
      const route = RECORD_ROUTES[key] as RecordRoute;
      const kind = exportableTypes[path]?.kind as RecordKind<object>;
      const made = records.get(path) as Record<Situation, string>;
      for (const caller of callers) {
        for (const situation of SITUATIONS) {
          const id = made[situation];
          const before = await stored(kind, id);
          const can = await abilitiesOf(caller, kind, id);
          const [firstRevision] = await listRevisions(ctx.db, kind.type, id);
          const extra = {
            revisionId: firstRevision?.id ?? '',
            grantId: spareGrants.get(id) ?? '',
            record: before,
          };
          const res = await send(caller, route.request(path, id, before.version, extra));
          const label = `${entry.method} ${entry.url} as ${caller.name} on ${situation}: ${res.body.slice(0, 200)}`;
          const status = expectedStatus(route, entry.method, caller, can);
          expect(res.statusCode, label).toBe(status);
          if (status >= 400) {
            for (const text of dataOf(before))
              expect(res.body.includes(text), `${label} leaks "${text}"`).toBe(false);
          }
          if (res.statusCode < 300) await route.undo?.(kind, id);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(9 * 12 * 6 * 4 - 1);
  }, 240_000);

  it('lists and creates as the policy says, for every role', async () => {
    for (const [path, type] of Object.entries(exportableTypes)) {
      const made = records.get(path) as Record<Situation, string>;
      const template = await stored(type.kind, made.own);
      for (const caller of callers) {
        const res = await send(caller, json('GET', `/api/${path}?limit=200`));
        expect(res.statusCode, `${path} list as ${caller.name}`).toBe(200);
        const listed = new Set(res.json<{ items: { id: string }[] }>().items.map((item) => item.id));
        for (const situation of SITUATIONS) {
          const can = await abilitiesOf(caller, type.kind, made[situation]);
          expect(listed.has(made[situation]), `${path} list as ${caller.name}: ${situation}`).toBe(can.read);
        }
        const created = await send(caller, json('POST', `/api/${path}`, fieldsOf(template)));
        const expected =
          caller.name === 'anonymous' ? 401 : ['viewer', 'partner'].includes(caller.name) ? 403 : 201;
        expect(created.statusCode, `${path} create as ${caller.name}: ${created.body.slice(0, 200)}`).toBe(
          expected,
        );
        if (created.statusCode === 201) {
          expect(created.json<{ ownerOrgId: string }>().ownerOrgId).toBe(orgs.a);
        }
      }
    }
  }, 120_000);

  it('answers the other routes as their declared access says', async () => {
    for (const entry of routeRows()) {
      if (recordRouteOf(entry) || entry.url.includes('*')) continue;
      const url = entry.url.replace(/:[a-zA-Z]+/g, '00000000-0000-7000-8000-000000000000');
      for (const caller of callers) {
        const res = await send(
          caller,
          json(entry.method as InjectOptions['method'], url, entry.method === 'GET' ? undefined : {}),
        );
        const label = `${entry.method} ${entry.url} as ${caller.name}: ${res.statusCode} ${res.body.slice(0, 160)}`;
        if (entry.access.public) {
          expect([401, 403].includes(res.statusCode) && !entry.url.startsWith('/api/auth/'), label).toBe(
            false,
          );
        } else if (caller.name === 'anonymous') {
          expect(res.statusCode, label).toBe(401);
        } else if (entry.access.stages && !entry.access.sessionOnly) {
          // The sign-in steps: who am I answers a token too; the MFA steps need a session (401).
          expect(res.statusCode < 500, label).toBe(true);
        } else if (entry.access.sessionOnly) {
          // Account routes need a session: a token is refused (403), or has none to act on (401),
          // and an empty body may be refused first (400); never does it succeed.
          expect(res.statusCode >= 400 && res.statusCode < 500, label).toBe(true);
        } else if (caller.readOnly && entry.method !== 'GET') {
          expect(res.statusCode, label).toBe(403);
        } else if (entry.access.admin) {
          expect(res.statusCode === 403, label).toBe(caller.name !== 'administrator');
        } else {
          expect([401, 403].includes(res.statusCode), label).toBe(false);
        }
      }
    }
  }, 120_000);
});
