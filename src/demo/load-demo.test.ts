import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/support/database.ts';
import { loadConfig } from '../config.ts';
import type { OperationContext } from '../core/context.ts';
import type { RecordTable } from '../db/schema.ts';
import { caseKind, countCustodyCensus, listCases } from '../modules/cases/case.operations.ts';
import { custodyOn, deriveCustody } from '../modules/cases/custody.ts';
import { citationKind } from '../modules/citations/citation.operations.ts';
import { eventKind } from '../modules/events/event.operations.ts';
import { figureSummary } from '../modules/events/figures.ts';
import { indicatorKind } from '../modules/indicators/indicator.operations.ts';
import { legalInstrumentKind } from '../modules/legal-instruments/legal-instrument.operations.ts';
import { organizationKind } from '../modules/organizations/organization.operations.ts';
import { personKind } from '../modules/persons/person.operations.ts';
import { proceedingKind } from '../modules/proceedings/proceeding.operations.ts';
import { deleteRecord } from '../modules/records/record.operations.ts';
import type { StoredRecord } from '../modules/records/record.schema.ts';
import type { RecordKind } from '../modules/records/record-kind.ts';
import { createSource, sourceKind } from '../modules/sources/source.operations.ts';
import { describeDemoLoad, isDatabaseEmpty, loadDemoDataset } from './load-demo.ts';
import { CASE, EVENT, ORG, PERSON, SOURCE } from './refs.ts';

const TABLES: RecordTable[] = [
  'sources',
  'organizations',
  'events',
  'legal_instruments',
  'indicators',
  'persons',
  'cases',
  'proceedings',
  'asks',
  'engagements',
  'commitments',
  'interventions',
  'citations',
];

async function rowCounts(ctx: OperationContext): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(
      ctx.db,
    );
    counts[table] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}

async function all<F extends object>(ctx: OperationContext, kind: RecordKind<F>): Promise<StoredRecord<F>[]> {
  const rows = await sql<{ id: string }>`select id from ${sql.table(kind.table)} order by id`.execute(ctx.db);
  return kind.load(
    ctx.db,
    rows.rows.map((r) => r.id),
  );
}

async function byRef<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  ref: string,
): Promise<StoredRecord<F>> {
  const found = (await all(ctx, kind)).find((record) => record.ref === ref);
  if (!found) throw new Error(`no ${kind.type} with ref ${ref}`);
  return found;
}

describeEachDialect('demo dataset', (db) => {
  it('loads in one transaction through the operations, and a second load adds nothing', async () => {
    const ctx = db().context();
    expect(await isDatabaseEmpty(ctx)).toBe(true);
    const first = await loadDemoDataset(ctx);
    expect(first.added).toEqual({
      source: 28,
      organization: 16,
      event: 5,
      'legal-instrument': 5,
      indicator: 4,
      person: 7,
      case: 7,
      proceeding: 2,
      ask: 7,
      engagement: 1,
      commitment: 1,
      intervention: 1,
      citation: first.added.citation,
    });
    expect(first.added.citation).toBeGreaterThan(100);
    expect(describeDemoLoad(first)).toMatch(
      /^Loaded the demo dataset: 28 sources, 16 organizations, 5 events, /,
    );
    expect(await isDatabaseEmpty(ctx)).toBe(false);

    const before = await rowCounts(ctx);
    const second = await loadDemoDataset(ctx);
    expect(second.total).toBe(0);
    expect(describeDemoLoad(second)).toBe('The demo dataset is already loaded.');
    expect(await rowCounts(ctx)).toEqual(before);

    // Every write left a revision: the operations ran, not raw inserts.
    const revisions = await sql<{ n: number | string }>`select count(*) as n from revisions`.execute(ctx.db);
    expect(Number(revisions.rows[0]?.n)).toBe(first.total);
  });

  it('writes nothing when it fails part way', async () => {
    let calls = 0;
    const ctx = db().context({
      clock: () => {
        calls += 1;
        if (calls > 60) throw new Error('clock failure');
        return new Date();
      },
    });
    await expect(loadDemoDataset(ctx)).rejects.toThrow('clock failure');
    expect(Object.values(await rowCounts(ctx)).every((n) => n === 0)).toBe(true);
  });

  it('reuses a record that already carries a demo ref, and names a deleted one it needs', async () => {
    const ctx = db().context();
    const letter = await createSource(ctx, { kind: 'letter', title: 'The letter', ref: SOURCE.letter });
    const result = await loadDemoDataset(ctx);
    expect(result.added.source).toBe(27);
    const indicator = await byRef(ctx, indicatorKind, 'demo:indicator:uz-journalists-bloggers-in-prison');
    expect(indicator.observations.map((o) => o.sourceId)).toEqual([letter.id, letter.id]);

    // Someone deletes Mamay and his citations go: reloading would have to cite a deleted person.
    await sql`delete from citations where ref like ${'demo:citation:person:mamay:%'}`.execute(ctx.db);
    const mamay = await byRef(ctx, personKind, PERSON.mamay);
    await deleteRecord(ctx, personKind, mamay.id, mamay.version);
    await expect(loadDemoDataset(ctx)).rejects.toMatchObject({
      type: 'deleted',
      detail: expect.stringContaining(PERSON.mamay),
    });
  });

  it("shows Mamay's detention, charges, house arrest and the April 2023 sentence, with sources", async () => {
    const ctx = db().context();
    await loadDemoDataset(ctx);
    const mamay = await byRef(ctx, caseKind, CASE.mamay);
    const sources = new Map((await all(ctx, sourceKind)).map((s) => [s.id, s.title]));
    expect(mamay.timeline.map((s) => [s.kind, s.date.map((d) => d.value).join('|')])).toEqual([
      ['administrative-detention', '2022-02-25'],
      ['arrest', '2022-03'],
      ['charge', '2022-03'],
      ['charge', '2022-06'],
      ['house-arrest', '2022-11'],
      ['sentence', '2023-04-10'],
    ]);
    expect(mamay.timeline.every((s) => s.sourceId !== null)).toBe(true);
    expect(mamay.charges.map((c) => c.article)).toEqual([
      '378.2',
      '274.2',
      'mass riots (article not reported)',
    ]);
    const sentence = mamay.timeline.at(-1)?.sentence ?? [];
    expect(sentence.map((c) => [sources.get(c.sourceId ?? ''), c.isPreferred, c.value.fines])).toEqual([
      ['RFE/RL', false, [{ kind: 'damages', amount: 600_000, currency: 'KZT' }]],
      ['bureau.kz', false, [{ kind: 'fine', amount: 400_000, currency: 'KZT' }]],
    ]);
    expect(sentence.every((c) => c.value.custody === 'suspended' && c.value.termMonths === 72)).toBe(true);
    expect(mamay.assessments).toMatchObject([
      { date: '2023-02', criteria: 'not-stated', conclusion: 'political-prisoner' },
    ]);

    // As of 1 December 2022 he is restricted, not deprived, of liberty.
    const intervals = deriveCustody(mamay.timeline).intervals;
    expect(custodyOn(intervals, 'deprived', '2022-12-01')).toBe('no');
    expect(custodyOn(intervals, 'restricted', '2022-12-01')).toBe('yes');
    const census = (custody: string) => countCustodyCensus(ctx, { on: '2022-12-01', custody, country: 'KZ' });
    expect(await census('deprived')).toMatchObject({ certain: 0, possible: 0 });
    expect(await census('restricted')).toMatchObject({ certain: 1, possible: 1 });
  });

  it('shows 238 dead in the January 2022 Events with the earlier official totals beside it', async () => {
    const ctx = db().context();
    await loadDemoDataset(ctx);
    const january = await byRef(ctx, eventKind, EVENT.january2022);
    const deaths = january.figures.find((f) => f.kind === 'deaths');
    if (!deaths) throw new Error('no deaths figure');
    const summary = figureSummary(deaths);
    expect(summary).toMatchObject({ value: 238, isDisputed: true });
    expect(summary.alternatives.map((a) => a.value)).toEqual([225, 230, 232]);
    expect(deaths.claims.filter((c) => !c.isPreferred).map((c) => c.note)).toEqual(
      Array(3).fill('earlier official total'),
    );
    expect(january.names.map((n) => n.text)).toContain('Қаңтар оқиғасы');
  });

  it('has Sattoriy deprived of liberty on 1 December 2021, 2022 and 2023, not 2024', async () => {
    const ctx = db().context();
    await loadDemoDataset(ctx);
    const sattoriy = await byRef(ctx, caseKind, CASE.sattoriy);
    const intervals = deriveCustody(sattoriy.timeline).intervals;
    const inCustody = async (day: string) =>
      (await listCases(ctx, { victimId: sattoriy.victimId, inCustodyOn: day })).items.length;
    for (const year of [2021, 2022, 2023]) {
      expect(custodyOn(intervals, 'deprived', `${year}-12-01`)).toBe('yes');
      expect(await inCustody(`${year}-12-01`)).toBe(1);
    }
    expect(custodyOn(intervals, 'deprived', '2024-12-01')).toBe('no');
    expect(await inCustody('2024-12-01')).toBe(0);
    expect(sattoriy.timeline[0]?.date.map((d) => [d.value, d.isPreferred])).toEqual([
      ['2021-01-29', false],
      ['2021-01-30', false],
    ]);
    expect(sattoriy.unDecisions).toMatchObject([{ body: 'WGAD', opinionNumber: null, finding: 'arbitrary' }]);
    expect(sattoriy.unDecisions[0]?.note).toContain('unverified');
    expect(sattoriy.assessments).toEqual([]);
  });

  it('cites every record, invents no URL or quote, and labels the only example.org item fictional', async () => {
    const ctx = db().context();
    await loadDemoDataset(ctx);
    const citations = await all(ctx, citationKind);
    const cited = new Set(citations.map((c) => c.recordId));
    const kinds = [
      personKind,
      organizationKind,
      eventKind,
      caseKind,
      legalInstrumentKind,
      indicatorKind,
      proceedingKind,
    ] as RecordKind<object>[];
    const uncited: string[] = [];
    for (const kind of kinds) {
      for (const record of await all(ctx, kind)) {
        if (!cited.has(record.id)) uncited.push(`${kind.type} ${record.ref}`);
      }
    }
    // The fictional partner has no real source, and none is invented for it.
    expect(uncited).toEqual([`organization ${ORG.demoPartner}`]);

    expect(
      citations.every((c) => c.quote === null && c.locator === null && (c.summary ?? '').length > 0),
    ).toBe(true);
    const sources = await all(ctx, sourceKind);
    expect(sources.filter((s) => s.url !== null)).toEqual([]);
    expect(sources.every((s) => s.reliability === 'cannot-be-judged')).toBe(true);

    const mentions: string[] = [];
    for (const kind of [...kinds, sourceKind as RecordKind<object>, citationKind as RecordKind<object>]) {
      for (const record of await all(ctx, kind)) {
        if (JSON.stringify(record).includes('example.org')) mentions.push(record.ref ?? record.id);
      }
    }
    expect(mentions).toEqual([ORG.demoPartner]);
    const partner = await byRef(ctx, organizationKind, ORG.demoPartner);
    expect(partner.names[0]?.text).toBe('Demo Partner (fictional)');
  });

  it('keeps doubts visible and guesses nothing the facts do not give', async () => {
    const ctx = db().context();
    await loadDemoDataset(ctx);
    const persons = await all(ctx, personKind);
    expect(persons).toHaveLength(7);
    for (const person of persons) {
      expect(person).toMatchObject({ consentBasis: 'public-record', birthDate: null, gender: null });
    }
    const party = await byRef(ctx, organizationKind, ORG.democraticParty);
    expect(party.registrations).toMatchObject([{ status: 'refused', date: '2023-03' }]);
    expect(party.registrations[0]?.note).toMatch(/^unverified/);
    const tazhimuratov = await byRef(ctx, caseKind, CASE.tazhimuratov);
    expect(tazhimuratov.timeline[0]).toMatchObject({ kind: 'sentence' });
    expect(tazhimuratov.timeline[0]?.note).toContain('arrest date not reported');
    const proceedings = await all(ctx, proceedingKind);
    const trial = proceedings.find((p) => p.courtId !== null);
    expect(trial?.caseIds).toHaveLength(3);
  });
});

it('reads DOCKET_DEMO as on or off only', () => {
  expect(loadConfig({}).loadDemo).toBe(true);
  expect(loadConfig({ DOCKET_DEMO: 'off' }).loadDemo).toBe(false);
  expect(() => loadConfig({ DOCKET_DEMO: 'no' })).toThrow('Invalid configuration');
});
