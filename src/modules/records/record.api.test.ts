import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildPersonInput } from '../../../test/support/factories.ts';
import * as http from '../../../test/support/http.ts';
import { buildSignedInApp } from '../../../test/support/signed-in-app.ts';
import type { Schema } from '../../db/schema.ts';
import { personKind } from '../persons/person.operations.ts';
import type { Person } from '../persons/person.schema.ts';
import type { Page } from './pagination.ts';
import { updateRecord } from './record.operations.ts';
import type { Revision } from './record.schema.ts';

interface Disclosure {
  abilities?: unknown;
  redacted?: unknown;
}

describeEachDialect('record history and soft delete over HTTP', (db, dialect) => {
  let app: FastifyInstance;
  let userId: string;

  beforeEach(async () => {
    ({ app, userId } = await buildSignedInApp({ database: db() }));
  });
  afterEach(async () => {
    await app.close();
  });

  const inject = (options: InjectOptions) => app.inject(options);

  /** A response as the revision stores it: without what disclosure adds for the caller. */
  const stored = ({ abilities: _abilities, redacted: _redacted, ...record }: Person & Disclosure) => record;

  function ok<T>(res: LightMyRequestResponse, status = 200): T {
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    return res.json<T>();
  }

  async function create(overrides: Record<string, unknown> = {}): Promise<Person> {
    return ok<Person>(await inject(http.post('/api/persons', buildPersonInput(overrides))), 201);
  }

  const patch = (id: string, payload: Record<string, unknown>) =>
    inject(http.patch(`/api/persons/${id}`, payload));
  const remove = (id: string, version: number) => inject(http.del(`/api/persons/${id}?version=${version}`));
  const undelete = (id: string, version: number) =>
    inject(http.post(`/api/persons/${id}/undelete`, { version }));
  const restore = (id: string, revisionId: string, version: number) =>
    inject(http.post(`/api/persons/${id}/revisions/${revisionId}/restore`, { version }));
  const get = (id: string, query = '') => inject(http.get(`/api/persons/${id}${query}`));

  async function revisions(id: string): Promise<Revision[]> {
    return ok<{ items: Revision[] }>(await inject(http.get(`/api/persons/${id}/revisions`))).items;
  }

  async function listIds(query = ''): Promise<string[]> {
    return ok<Page<Person>>(await inject(http.get(`/api/persons?${query}`))).items.map((p) => p.id);
  }

  it('writes a revision for every create, update, delete and undelete', async () => {
    const created = await create({ gender: 'male' });
    const updated = ok<Person>(await patch(created.id, { version: 1, gender: 'female', notes: 'Moved' }));
    const deleted = ok<Person>(await remove(created.id, 2));
    const undeleted = ok<Person>(await undelete(created.id, 3));
    expect([updated.version, deleted.version, undeleted.version]).toEqual([2, 3, 4]);
    expect(deleted).toMatchObject({ deletedBy: userId, deletedAt: expect.any(String) });
    expect(undeleted).toMatchObject({ deletedAt: null, deletedBy: null });

    const history = await revisions(created.id);
    expect(history.map((r) => [r.action, r.version, r.actor, r.recordType, r.recordId])).toEqual([
      ['create', 1, userId, 'person', created.id],
      ['update', 2, userId, 'person', created.id],
      ['delete', 3, userId, 'person', created.id],
      ['undelete', 4, userId, 'person', created.id],
    ]);
    expect(history.map((r) => r.snapshot)).toEqual([created, updated, deleted, undeleted].map(stored));
    expect(history.map((r) => r.at)).toEqual([created, updated, deleted, undeleted].map((p) => p.updatedAt));
    expect(history.every((r) => r.restoredFrom === null)).toBe(true);

    expect(history[0]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'names', from: null, to: created.names },
        { field: 'gender', from: null, to: 'male' },
        { field: 'birthDate', from: null, to: '1988' },
      ]),
    );
    expect(history[1]?.changes).toEqual([
      { field: 'gender', from: 'male', to: 'female' },
      { field: 'notes', from: null, to: 'Moved' },
    ]);
    expect(history[2]?.changes).toEqual([{ field: 'deletedAt', from: null, to: deleted.deletedAt }]);
    expect(history[3]?.changes).toEqual([{ field: 'deletedAt', from: deleted.deletedAt, to: null }]);
  });

  it('soft-deletes: the person disappears from reads and lists but stays readable on request', async () => {
    const person = await create();
    const other = await create({ names: [{ text: 'Bahrom Ibragimov' }] });

    http.expectProblem(await remove(person.id, 7), 409, 'version-conflict');
    expect(ok<Person>(await get(person.id)).deletedAt).toBeNull();

    const deleted = ok<Person>(await remove(person.id, 1));
    expect(deleted.version).toBe(2);

    expect(http.expectProblem(await get(person.id), 404, 'not-found').detail).toContain(person.id);
    expect(ok<Person>(await get(person.id, '?includeDeleted=true'))).toEqual(deleted);
    expect(await listIds()).toEqual([other.id]);
    expect(await listIds('q=mamay')).toEqual([]);
    expect((await revisions(person.id)).map((r) => r.action)).toEqual(['create', 'delete']);

    // Deleting again is refused, and writes nothing.
    http.expectProblem(await remove(person.id, 2), 410, 'deleted');
    expect(await revisions(person.id)).toHaveLength(2);
  });

  it('lists deleted persons with includeDeleted=true, and only them with q', async () => {
    const person = await create();
    const other = await create({ names: [{ text: 'Bahrom Ibragimov' }] });
    ok<Person>(await remove(person.id, 1));
    expect((await listIds('includeDeleted=true')).sort()).toEqual([person.id, other.id].sort());
    expect(await listIds('includeDeleted=true&q=mamay')).toEqual([person.id]);
    expect(await listIds('includeDeleted=false')).toEqual([other.id]);
  });

  it('undeletes with the current version only, and only a deleted record', async () => {
    const person = await create();
    http.expectProblem(await undelete(person.id, 1), 409, 'not-deleted');
    ok<Person>(await remove(person.id, 1));
    expect(http.expectProblem(await undelete(person.id, 1), 409, 'version-conflict').currentVersion).toBe(2);
    expect(http.expectProblem(await get(person.id), 404, 'not-found')).toBeDefined();

    const back = ok<Person>(await undelete(person.id, 2));
    expect(back).toMatchObject({ version: 3, deletedAt: null, deletedBy: null });
    expect(ok<Person>(await get(person.id))).toEqual(back);
    expect(await listIds()).toEqual([person.id]);
    expect((await revisions(person.id)).map((r) => r.action)).toEqual(['create', 'delete', 'undelete']);
  });

  it('restores an earlier revision as a new revision, and refuses a stale version', async () => {
    const v1 = await create({ gender: 'male', notes: 'First account', ref: 'kz-pp-001' });
    const v2 = ok<Person>(
      await patch(v1.id, { version: 1, gender: 'female', notes: 'Second account', ref: 'kz-pp-002' }),
    );
    const v3 = ok<Person>(await patch(v1.id, { version: 2, birthDate: '1988-03-04', occupations: [] }));
    const [rev1, rev2] = await revisions(v1.id);
    if (!rev1 || !rev2) throw new Error('expected two revisions');
    expect([rev1.snapshot, rev2.snapshot]).toEqual([v1, v2].map(stored));

    const stale = await restore(v1.id, rev1.id, 2);
    expect(http.expectProblem(stale, 409, 'version-conflict').currentVersion).toBe(3);
    expect(ok<Person>(await get(v1.id))).toEqual(v3);
    expect(await revisions(v1.id)).toHaveLength(3);

    const restored = ok<Person>(await restore(v1.id, rev1.id, 3));
    const { version: _v, updatedAt: _u, ...v1State } = v1;
    expect(restored).toMatchObject({ ...v1State, version: 4 });
    expect(ok<Person>(await get(v1.id))).toEqual(restored);

    const history = await revisions(v1.id);
    expect(history.map((r) => [r.action, r.version, r.restoredFrom])).toEqual([
      ['create', 1, null],
      ['update', 2, null],
      ['update', 3, null],
      ['restore', 4, rev1.id],
    ]);
    expect(history[3]?.snapshot).toEqual(stored(restored));
    expect(history[3]?.changes).toEqual([
      { field: 'birthDate', from: '1988-03-04', to: '1988' },
      { field: 'gender', from: 'female', to: 'male' },
      { field: 'notes', from: 'Second account', to: 'First account' },
      { field: 'occupations', from: [], to: v1.occupations },
      { field: 'ref', from: 'kz-pp-002', to: 'kz-pp-001' },
    ]);
    // The earlier revisions are untouched, so the intermediate state can be restored in turn.
    expect(history[1]).toEqual(rev2);
    const again = ok<Person>(await restore(v1.id, rev2.id, 4));
    expect(again).toMatchObject({ version: 5, gender: 'female', notes: 'Second account', ref: 'kz-pp-002' });
  });

  it('refuses to restore a revision of another person or one that does not exist', async () => {
    const a = await create();
    const b = await create({ names: [{ text: 'Bahrom Ibragimov' }] });
    const [revA] = await revisions(a.id);
    if (!revA) throw new Error('expected a revision');
    http.expectProblem(await restore(b.id, revA.id, 1), 404, 'not-found');
    http.expectProblem(await restore(a.id, '01900000-0000-7000-8000-000000000000', 1), 404, 'not-found');
    expect(ok<Person>(await get(b.id))).toEqual(b);
    expect(await revisions(b.id)).toHaveLength(1);
  });

  it('refuses to update a deleted person and changes nothing', async () => {
    const person = await create();
    ok<Person>(await remove(person.id, 1));
    const before = await get(person.id, '?includeDeleted=true');
    http.expectProblem(await patch(person.id, { version: 2, gender: 'female' }), 410, 'deleted');
    const after = await get(person.id, '?includeDeleted=true');
    expect(after.body).toBe(before.body);
    expect(await revisions(person.id)).toHaveLength(2);
  });

  it('refuses a duplicate ref with 409 duplicate on create and on update', async () => {
    const holder = await create({ ref: 'kz-pp-001' });
    const dup = http.expectProblem(
      await inject(http.post('/api/persons', buildPersonInput({ ref: ' kz-pp-001 ' }))),
      409,
      'duplicate',
    );
    expect(dup).toMatchObject({
      existingId: holder.id,
      errors: [{ path: 'ref', message: expect.any(String) }],
    });
    expect(await listIds()).toEqual([holder.id]);

    const other = await create({ names: [{ text: 'Bahrom Ibragimov' }] });
    http.expectProblem(await patch(other.id, { version: 1, ref: 'kz-pp-001' }), 409, 'duplicate');
    expect(ok<Person>(await get(other.id))).toEqual(other);
    expect(await revisions(other.id)).toHaveLength(1);

    // A record may keep its own ref.
    const same = ok<Person>(await patch(holder.id, { version: 1, ref: 'kz-pp-001', notes: 'x' }));
    expect(same).toMatchObject({ ref: 'kz-pp-001', version: 2 });
  });

  it('does not bump the version or write a revision for a PATCH that changes nothing', async () => {
    const person = await create();
    const same = await patch(person.id, {
      version: 1,
      gender: person.gender,
      birthDate: person.birthDate,
      occupations: person.occupations,
      ref: null,
      names: [
        { text: ' Жанболат Мамай ', language: 'kk', kind: 'primary' },
        { text: 'Zhanbolat Mamay', script: 'Latn', language: 'en', kind: 'alias' },
      ],
    });
    expect(ok<Person>(same)).toEqual(person);
    expect(ok<Person>(await patch(person.id, { version: 1 }))).toEqual(person);
    expect(await revisions(person.id)).toHaveLength(1);

    const changed = ok<Person>(await patch(person.id, { version: 1, birthDate: '1988-01' }));
    expect(changed.version).toBe(2);
    expect(await revisions(person.id)).toHaveLength(2);
  });

  // When two requests give two persons the same ref at the same time, the loser's own check cannot see
  // the winner's uncommitted ref; the unique index does, and must surface as 409 duplicate, not 500.
  it('answers 409 duplicate when another transaction takes the ref concurrently', async () => {
    const a = await create({ names: [{ text: 'Aida' }] });
    const b = await create({ names: [{ text: 'Bekzat' }] });
    const trx = await db().db.startTransaction().execute();
    let pending: Promise<LightMyRequestResponse> | undefined;
    try {
      await updateRecord({ ...db().context(), db: trx }, personKind, a.id, { version: 1, ref: 'race-1' });
      pending = patch(b.id, { version: 1, ref: 'race-1' });
      if (dialect === 'postgres') await waitUntilBlockedBy(trx);
      await trx.commit().execute();
    } catch (error) {
      await trx.rollback().execute();
      throw error;
    }
    const res = await pending;
    http.expectProblem(res, 409, 'duplicate');
    expect(ok<Person>(await get(b.id))).toEqual(b);
  });

  /** Waits until another PostgreSQL backend is blocked on a lock that `trx` holds. */
  async function waitUntilBlockedBy(trx: Kysely<Schema>): Promise<void> {
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
    const pid = rows[0]?.pid;
    if (pid === undefined) throw new Error('no backend pid');
    for (let attempt = 0; attempt < 500; attempt++) {
      const blocked = await sql<{ n: string | number }>`select count(*) as n from pg_stat_activity
        where ${pid}::int = any(pg_blocking_pids(pid))`.execute(db().db);
      if (Number(blocked.rows[0]?.n ?? 0) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the concurrent request never waited for the lock');
  }
});
