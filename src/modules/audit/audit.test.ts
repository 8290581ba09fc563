import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildPersonInput } from '../../../test/support/factories.ts';
import type { OperationContext } from '../../core/context.ts';
import { createPerson, personKind, updatePerson } from '../persons/person.operations.ts';
import { disclose } from '../records/disclosure.ts';
import { verifyAudit } from './audit.operations.ts';
import { readRows } from './audit.store.ts';

const WHEREABOUTS = 'Audit-Sentinel-Safe-House';

describeEachDialect('the audit log', (db, dialect) => {
  async function rows(ctx: OperationContext) {
    return readRows(ctx, 0, 10_000);
  }

  /** An attacker with the database file: the append-only triggers are dropped first. */
  async function asAttacker(ctx: OperationContext, work: () => Promise<unknown>) {
    if (dialect === 'sqlite') {
      await sql`drop trigger if exists audit_log_no_update`.execute(ctx.db);
      await sql`drop trigger if exists audit_log_no_delete`.execute(ctx.db);
    } else {
      await sql`alter table audit_log disable trigger user`.execute(ctx.db);
    }
    await work();
  }

  async function withLog(count: number) {
    const ctx = db().context();
    for (let i = 0; i < count; i++) await createPerson(ctx, buildPersonInput({ notes: `note ${i}` }));
    return ctx;
  }

  it('records every write with its field names, in the same transaction, and never a value', async () => {
    const ctx = db().context();
    const person = await createPerson(ctx, buildPersonInput({ whereabouts: WHEREABOUTS }));
    await updatePerson(ctx, person.id, { version: 1, notes: 'Moved' });
    await expect(createPerson(ctx, buildPersonInput({ names: [] }))).rejects.toMatchObject({ status: 400 });
    const log = await rows(ctx);
    expect(log.map((row) => [row.action, row.targetId, row.actor])).toEqual([
      ['record.create', person.id, 'operator'],
      ['record.update', person.id, 'operator'],
    ]);
    expect(log[1]?.fields).toEqual(['notes']);
    expect(log[0]?.fields).toContain('whereabouts');
    expect(JSON.stringify(log)).not.toContain(WHEREABOUTS);
    expect(JSON.stringify(log)).not.toContain('Moved');
  });

  it('records each read of a secret field, and none for a caller who is not shown it', async () => {
    const ctx = db().context();
    const person = await createPerson(ctx, buildPersonInput({ whereabouts: WHEREABOUTS }));
    const stored = await personKind.load(ctx.db, [person.id]);
    const internal = db().context({
      actor: { id: 'u-1', kind: 'user', role: 'researcher', orgId: 'o-1', clearance: 'internal' },
    });
    await disclose(internal, personKind, stored);
    expect((await rows(ctx)).map((row) => row.action)).toEqual(['record.create']);
    const [shown] = await disclose(ctx, personKind, stored);
    expect(shown?.whereabouts).toBe(WHEREABOUTS);
    const read = (await rows(ctx)).at(-1);
    expect(read).toMatchObject({
      action: 'record.read-secret',
      targetId: person.id,
      fields: ['whereabouts'],
    });
    expect(JSON.stringify(read)).not.toContain(WHEREABOUTS);
  });

  it('is refused any UPDATE, DELETE or TRUNCATE by the database itself', async () => {
    const ctx = await withLog(2);
    await expect(sql`update audit_log set action = 'x'`.execute(ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(ctx.db)).rejects.toThrow(/append-only/);
    if (dialect === 'postgres') {
      await expect(sql`truncate audit_log`.execute(ctx.db)).rejects.toThrow(/append-only/);
    }
    expect(await rows(ctx)).toHaveLength(2);
  });

  it('verifies an intact log, signed head included', async () => {
    const ctx = await withLog(3);
    expect(await verifyAudit(ctx)).toMatchObject({ count: 3, broken: null, head: { seq: 3 } });
    expect((await verifyAudit({ ...ctx, auditKey: Buffer.alloc(32, 1) })).broken?.problem).toMatch(
      /head signature does not match/,
    );
  });

  it('names the first broken link when a row is changed, deleted, inserted or moved', async () => {
    const cases: Array<[string, (ctx: OperationContext) => Promise<unknown>, RegExp]> = [
      [
        'changed',
        (ctx) => sql`update audit_log set action = 'record.delete' where seq = 2`.execute(ctx.db),
        /row 2 was changed/,
      ],
      ['deleted', (ctx) => sql`delete from audit_log where seq = 2`.execute(ctx.db), /row 2 is missing/],
      [
        'inserted',
        (ctx) =>
          sql`insert into audit_log select seq + 2, at, actor, actor_kind, action, target_type, target_id, fields, detail, prev_hash, hash
            from audit_log where seq = 3`.execute(ctx.db),
        /row 5 does not follow row 4/,
      ],
      [
        'moved',
        async (ctx) => {
          await sql`update audit_log set seq = 100 where seq = 2`.execute(ctx.db);
          await sql`update audit_log set seq = 2 where seq = 3`.execute(ctx.db);
          await sql`update audit_log set seq = 3 where seq = 100`.execute(ctx.db);
        },
        /row 2 (was changed|does not follow)/,
      ],
    ];
    for (const [what, tamper, expected] of cases) {
      const ctx = await withLog(4);
      await asAttacker(ctx, () => tamper(ctx));
      const result = await verifyAudit(ctx);
      expect(result.broken?.problem, what).toMatch(expected);
      await sql`delete from audit_log`.execute(ctx.db).catch(() => undefined);
      await sql`update audit_head set seq = 0, hash = ${'0'.repeat(64)}, signature = ''`.execute(ctx.db);
      await sql`delete from persons`.execute(ctx.db).catch(() => undefined);
    }
  });

  it('detects the last rows cut off, even when the head is rewritten to match without the key', async () => {
    const ctx = await withLog(4);
    await asAttacker(ctx, () => sql`delete from audit_log where seq > 2`.execute(ctx.db));
    expect((await verifyAudit(ctx)).broken?.problem).toMatch(
      /rows 3 to 4 are missing: the log was cut short/,
    );
    const last = (await rows(ctx)).at(-1);
    await sql`update audit_head set seq = 2, hash = ${last?.hash ?? ''}`.execute(ctx.db);
    expect((await verifyAudit(ctx)).broken?.problem).toMatch(/head signature does not match/);
  });
});
