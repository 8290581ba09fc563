import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildPersonInput, buildSourceInput } from '../../../test/support/factories.ts';
import { createPerson, personKind } from '../persons/person.operations.ts';
import { deleteRecord } from '../records/record.operations.ts';
import { createSource } from '../sources/source.operations.ts';
import {
  caseKind,
  countCustodyCensus,
  createCase,
  getCase,
  listCases,
  presentCase,
  updateCase,
} from './case.operations.ts';

describeEachDialect('case store', (db) => {
  async function seed() {
    const ctx = db().context({ clock: () => new Date('2025-06-01T12:00:00Z') });
    const source = await createSource(ctx, buildSourceInput());
    const mamay = await createPerson(ctx, buildPersonInput());
    const sattoriy = await createPerson(
      ctx,
      buildPersonInput({
        names: [{ text: 'Отабек Сатторий' }, { text: 'Otabek Sattoriy', kind: 'alias' }],
        occupations: ['blogger', 'journalist'],
      }),
    );
    const mamayCase = await createCase(ctx, {
      victimId: mamay.id,
      caseType: 'prosecution',
      country: 'KZ',
      title: 'Prosecution after the January 2022 Events',
      charges: [{ article: '378.2' }, { article: '274.2' }],
      timeline: [
        { kind: 'administrative-detention', date: '2022-02-25', durationDays: 15, sourceId: source.id },
        { kind: 'arrest', date: '2022-03' },
        { kind: 'house-arrest', date: '2022-11' },
        {
          kind: 'sentence',
          date: '2023-04-10',
          sentence: [
            {
              value: {
                custody: 'suspended',
                termMonths: 72,
                fines: [{ kind: 'damages', amount: 600000, currency: 'KZT' }],
              },
              sourceId: source.id,
            },
            {
              value: {
                custody: 'suspended',
                termMonths: 72,
                fines: [{ kind: 'fine', amount: 400000, currency: 'KZT' }],
              },
            },
          ],
        },
      ],
      assessments: [
        { date: '2023-02', assessorName: 'Coalition letter', criteria: 'not-stated', sourceId: source.id },
      ],
    });
    const sattoriyCase = await createCase(ctx, {
      victimId: sattoriy.id,
      caseType: 'arbitrary-detention',
      country: 'UZ',
      timeline: [
        { kind: 'arrest', date: [{ value: '2021-01-29', sourceId: source.id }, { value: '2021-01-30' }] },
        {
          kind: 'sentence',
          date: '2021-05-10',
          sentence: [{ value: { custody: 'imprisonment', termMonths: 78 } }],
        },
        { kind: 'correctional-labour', date: '2024-02-05' },
      ],
      unDecisions: [{ body: 'WGAD', finding: 'arbitrary', publishedOn: '2023-02' }],
    });
    return { ctx, source, mamay, sattoriy, mamayCase, sattoriyCase };
  }

  it('stores a case with its timeline, claims side by side, and derives custody', async () => {
    const { ctx, mamayCase } = await seed();
    expect(await getCase(ctx, mamayCase.id)).toEqual(mamayCase);
    expect(mamayCase.timeline[3]?.sentence).toHaveLength(2);
    expect(mamayCase.timeline[0]?.date).toEqual([
      { value: '2022-02-25', sourceId: null, isPreferred: false },
    ]);
    const presented = presentCase(ctx, mamayCase);
    expect(presented.derived.status).toBe('restricted-liberty');
    expect(presented.derived.custody.map((i) => i.kind)).toEqual(['deprived', 'restricted']);
  });

  it('counts people in custody on a census day, certainly and possibly', async () => {
    const { ctx } = await seed();
    const census = (on: string, extra: Record<string, string> = {}) =>
      countCustodyCensus(ctx, { on, ...extra });
    expect(await census('2022-12-01')).toMatchObject({ certain: 1, possible: 1 });
    expect(await census('2022-12-01', { country: 'KZ' })).toMatchObject({ certain: 0, possible: 0 });
    expect(await census('2022-12-01', { country: 'KZ', custody: 'restricted' })).toMatchObject({
      certain: 1,
    });
    expect(await census('2022-06-01')).toMatchObject({ certain: 2, possible: 2 });
    expect(await census('2021-01-30')).toMatchObject({ certain: 0, possible: 1 });
    expect(await census('2024-12-01', { occupation: 'journalist' })).toMatchObject({
      certain: 0,
      possible: 0,
    });
    expect(await census('2023-12-01', { occupation: 'journalist' })).toMatchObject({
      certain: 1,
      possible: 1,
    });
  });

  it('lists by country, type, status, victim name in any script and custody on a day', async () => {
    const { ctx, mamayCase, sattoriyCase } = await seed();
    const ids = async (query: Record<string, string>) => (await listCases(ctx, query)).items.map((c) => c.id);
    expect(await ids({ country: 'UZ' })).toEqual([sattoriyCase.id]);
    expect(await ids({ q: 'САТТОРИЙ' })).toEqual([sattoriyCase.id]);
    expect(await ids({ q: '378.2' })).toEqual([mamayCase.id]);
    expect(await ids({ inCustodyOn: '2022-12-01' })).toEqual([sattoriyCase.id]);
    expect(await ids({ inCustodyOn: '2022-12-01', custody: 'restricted' })).toEqual([mamayCase.id]);
    expect(await ids({ status: 'correctional-labour' })).toEqual([sattoriyCase.id]);
    expect(await ids({ caseType: 'prosecution', country: 'KZ' })).toEqual([mamayCase.id]);
  });

  it('rewrites the custody cache with the timeline, and a deleted case or victim no longer counts', async () => {
    const { ctx, sattoriy, sattoriyCase } = await seed();
    const updated = await updateCase(ctx, sattoriyCase.id, {
      version: 1,
      timeline: [...sattoriyCase.timeline.slice(0, 2), { kind: 'release', date: '2022-01-15' }],
    });
    expect(presentCase(ctx, updated).derived.status).toBe('released');
    expect(await countCustodyCensus(ctx, { on: '2022-12-01' })).toMatchObject({ certain: 0 });
    expect(await countCustodyCensus(ctx, { on: '2021-12-01' })).toMatchObject({ certain: 1 });
    await deleteRecord(ctx, caseKind, sattoriyCase.id, 2);
    expect(await countCustodyCensus(ctx, { on: '2021-12-01' })).toMatchObject({ certain: 0 });
    await expect(deleteRecord(ctx, personKind, sattoriy.id, 1)).resolves.toMatchObject({
      deletedAt: expect.any(String),
    });
  });

  it('refuses references to missing records and sources, naming each path', async () => {
    const { ctx, mamay } = await seed();
    const missing = '01a21fb6-3a77-70e3-96ff-6813742e9792';
    await expect(
      createCase(ctx, {
        victimId: mamay.id,
        caseType: 'torture',
        timeline: [{ kind: 'arrest', date: [{ value: '2022', sourceId: missing }] }],
        perpetrators: [{ organizationId: missing }],
      }),
    ).rejects.toMatchObject({
      status: 422,
      errors: [{ path: 'perpetrators.0.organizationId' }, { path: 'timeline.0.date.0.sourceId' }],
    });
    await expect(createCase(ctx, { victimId: missing, caseType: 'torture' })).rejects.toMatchObject({
      errors: [{ path: 'victimId' }],
    });
  });
});
