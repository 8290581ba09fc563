import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/database.ts';
import type { OperationContext } from '../core/context.ts';
import { findUserByEmail } from '../modules/access/user.store.ts';
import { askKind, getAskHistory } from '../modules/asks/ask.operations.ts';
import { citationKind } from '../modules/citations/citation.operations.ts';
import { commitmentKind, listCommitments } from '../modules/commitments/commitment.operations.ts';
import { engagementKind } from '../modules/engagements/engagement.operations.ts';
import { interventionKind } from '../modules/interventions/intervention.operations.ts';
import type { StoredRecord } from '../modules/records/record.schema.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { scorecardForCountry, scorecardForEngagement } from '../modules/scorecards/scorecard.operations.ts';
import { sourceKind } from '../modules/sources/source.operations.ts';
import { createDemoUsers, DEMO_ADMIN_EMAIL, DEMO_RESEARCHER_EMAIL } from './demo-users.ts';
import { loadDemoDataset } from './load-demo.ts';
import { ASK, COMMITMENT, ENGAGEMENT, INTERVENTION, SOURCE } from './refs.ts';

async function byRef<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  ref: string,
): Promise<StoredRecord<F>> {
  const row = await ctx.db
    .selectFrom(kind.table)
    .select('id')
    .where('ref', '=', ref)
    .executeTakeFirstOrThrow(() => new Error(`no ${kind.type} with ref ${ref}`));
  const [record] = await kind.load(ctx.db, [row.id]);
  if (!record) throw new Error(`no ${kind.type} with ref ${ref}`);
  return record;
}

async function all<F extends object>(ctx: OperationContext, kind: RecordKind<F>): Promise<StoredRecord<F>[]> {
  const rows = await sql<{ id: string }>`select id from ${sql.table(kind.table)} order by id`.execute(ctx.db);
  return kind.load(
    ctx.db,
    rows.rows.map((r) => r.id),
  );
}

/** Ref of every record of the kinds given, by id. */
async function refsById(ctx: OperationContext, kinds: RecordKind<object>[]): Promise<Map<string, string>> {
  const refs = new Map<string, string>();
  for (const kind of kinds) for (const r of await all(ctx, kind)) refs.set(r.id, r.ref ?? r.id);
  return refs;
}

const TODAY = new Date('2025-06-01T09:00:00Z');

describeEachDialect('demo tracker', (db) => {
  const loaded = async () => {
    const ctx = db().context({ clock: () => TODAY });
    await loadDemoDataset(ctx);
    return ctx;
  };

  it("puts every ask of the letter on the visit's agenda, with only the outcome the facts support", async () => {
    const ctx = await loaded();
    const visit = await byRef(ctx, engagementKind, ENGAGEMENT.secretaryOfStateVisit);
    expect(visit).toMatchObject({
      kind: 'visit',
      countries: ['KZ', 'UZ'],
      startsOn: '2023-02-28',
      endsOn: '2023-03-01',
      places: ['Astana', 'Tashkent'],
    });
    expect(visit.summary?.en).toContain('$25M more ($50M in total)');
    expect(visit.participants.map((p) => [p.name, p.side])).toEqual([
      ['Antony Blinken', 'delegation'],
      ['Tokayev', 'government'],
      ['Tileuberdi', 'government'],
      ['Bakhtiyor Saidov', 'government'],
      ['Mirziyoyev', 'government'],
    ]);

    const refs = await refsById(ctx, [askKind, sourceKind] as RecordKind<object>[]);
    expect(
      visit.agenda.map((item) => [
        refs.get(item.askId),
        item.outcome,
        item.sourceId && refs.get(item.sourceId),
      ]),
    ).toEqual([
      [ASK.januaryAccountability, 'not-reported', null],
      [ASK.independentParties, 'not-reported', null],
      [ASK.releaseMamay, 'not-reported', null],
      [ASK.expressionUz, 'raised', SOURCE.tashkentTimes],
      [ASK.releaseSattoriy, 'not-reported', null],
      [ASK.registerNgosUz, 'not-reported', null],
      [ASK.ngoRulesUz, 'not-reported', null],
    ]);
    expect(visit.agenda.every((item) => item.response === null && item.commitmentIds.length === 0)).toBe(
      true,
    );
    // `docket demo` on its own runs before any account exists: the tasks have no owner yet.
    expect(visit.followUps.every((task) => task.ownerUserId === null)).toBe(true);

    const statuses = Object.fromEntries((await all(ctx, askKind)).map((a) => [a.ref, a.status]));
    expect(statuses).toEqual({
      [ASK.januaryAccountability]: 'open',
      [ASK.independentParties]: 'open',
      [ASK.releaseMamay]: 'open',
      [ASK.expressionUz]: 'raised',
      [ASK.releaseSattoriy]: 'met',
      [ASK.registerNgosUz]: 'open',
      [ASK.ngoRulesUz]: 'open',
    });
    const ngoRules = await byRef(ctx, askKind, ASK.ngoRulesUz);
    expect(ngoRules.legalInstrumentIds).toHaveLength(2);

    // The engagement's scorecard reads the same agenda back, with the pledge answering no agenda item.
    const card = await scorecardForEngagement(ctx, visit.id, { asOf: '2023-03-01' });
    expect(card.items.map((i) => i.outcome)).toEqual(visit.agenda.map((i) => i.outcome));
    expect(card.otherCommitments).toEqual([]);
  });

  it('rates the party-registration pledge twice, each with a rationale and evidence, the doubt stated', async () => {
    const ctx = await loaded();
    const pledge = await byRef(ctx, commitmentKind, COMMITMENT.partyThresholdsKz);
    const astanaTimes = await byRef(ctx, sourceKind, SOURCE.astanaTimes);
    expect(pledge).toMatchObject({ kind: 'pledge', country: 'KZ', madeOn: '2022-03-16' });
    expect(pledge.issueAreas).toEqual(['us-dos-2021/3']);
    expect(pledge.benchmarks.map((b) => b.status)).toEqual(['unknown', 'unknown', 'unknown', 'not-met']);
    expect(pledge.ratings.map((r) => [r.rating, r.ratedOn])).toEqual([
      ['in-the-works', '2022-03-16'],
      ['compromise', '2023-03-19'],
    ]);
    for (const rating of pledge.ratings) {
      expect(rating.rationale.length).toBeGreaterThan(40);
      expect(rating.evidence).toMatchObject([{ sourceId: astanaTimes.id, summary: expect.any(String) }]);
    }
    expect(pledge.ratings[1]?.rationale).toMatch(/Respublica and Baytaq.*unverified/s);

    // The ask it answers finds it, and the visit where the ask was on the agenda.
    const ask = await byRef(ctx, askKind, ASK.independentParties);
    expect(pledge.askIds).toEqual([ask.id]);
    const history = await getAskHistory(ctx, ask.id);
    expect(history.commitmentIds).toEqual([pledge.id]);
    expect(history.raisings).toMatchObject([{ startsOn: '2023-02-28', outcome: 'not-reported' }]);
  });

  it("shows Kazakhstan's pledge in the works as of 1 March 2023 and a compromise today", async () => {
    const ctx = await loaded();
    const then = await scorecardForCountry(ctx, { country: 'KZ', asOf: '2023-03-01' });
    const now = await scorecardForCountry(ctx, { country: 'KZ' });
    expect(then.totals).toMatchObject({ commitments: 1, rated: 1 });
    expect(then.totals.byRating).toMatchObject({ 'in-the-works': 1, compromise: 0 });
    expect(now).toMatchObject({ asOf: '2025-06-01', totals: { commitments: 1 } });
    expect(now.totals.byRating).toMatchObject({ 'in-the-works': 0, compromise: 1 });
    expect(now.byIssueArea.map((a) => a.issueArea)).toEqual(['us-dos-2021/3']);
    expect((await scorecardForCountry(ctx, { country: 'UZ' })).totals.commitments).toBe(0);
    expect((await listCommitments(ctx, { isOverdue: true })).items).toEqual([]);
  });

  it('has fictional follow-ups, still open and overdue, owned by the demo accounts', async () => {
    // As the server starts on an empty database: the accounts first, then the dataset.
    const ctx = db().context({ clock: () => TODAY });
    await createDemoUsers(ctx);
    await loadDemoDataset(ctx);
    const visit = await byRef(ctx, engagementKind, ENGAGEMENT.secretaryOfStateVisit);
    expect(visit.followUps.length).toBeGreaterThan(0);
    for (const task of visit.followUps) {
      expect(task.title).toMatch(/^Demo item: /);
      expect(task.status).toBe('open');
      expect(task.dueOn).toMatch(/^2023-0[34]-/);
    }
    const admin = await findUserByEmail(ctx.db, DEMO_ADMIN_EMAIL);
    const researcher = await findUserByEmail(ctx.db, DEMO_RESEARCHER_EMAIL);
    expect(new Set(visit.followUps.map((t) => t.ownerUserId))).toEqual(new Set([admin?.id, researcher?.id]));
  });

  it('cites every tracker record with summaries only, and the WGAD finding keeps its doubt', async () => {
    const ctx = await loaded();
    const cited = new Set((await all(ctx, citationKind)).map((c) => c.recordId));
    const kinds = [askKind, engagementKind, commitmentKind, interventionKind] as RecordKind<object>[];
    const uncited: string[] = [];
    for (const kind of kinds)
      for (const record of await all(ctx, kind)) if (!cited.has(record.id)) uncited.push(record.ref ?? '');
    expect(uncited).toEqual([]);
    const citations = (await all(ctx, citationKind)).filter((c) => c.recordType !== 'source');
    expect(citations.every((c) => c.quote === null && c.locator === null)).toBe(true);

    const wgad = await byRef(ctx, interventionKind, INTERVENTION.wgadSattoriy);
    expect(wgad).toMatchObject({ mechanism: 'wgad', reference: null, sentOn: null, status: 'decided' });
    expect(wgad.outcome?.en).toContain('Opinion number unverified');
  });
});
