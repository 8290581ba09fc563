import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildSourceInput } from '../../../test/support/factories.ts';
import type { OperationContext } from '../../core/context.ts';
import { createSource } from '../sources/source.operations.ts';
import { latestObservation } from './indicator.observations.ts';
import { createIndicator, getIndicator, listIndicators, updateIndicator } from './indicator.operations.ts';

const MISSING_ID = '01a21fb6-3a77-70e3-96ff-6813742e9792';

async function seed(ctx: OperationContext) {
  const letter = await createSource(ctx, buildSourceInput());
  const jailedJournalists = await createIndicator(ctx, {
    names: [
      { text: 'Journalists and bloggers in prison', language: 'en' },
      { text: 'Журналисты и блогеры в заключении', language: 'ru', kind: 'alias' },
    ],
    country: 'UZ',
    unit: 'persons',
    description: { en: 'Journalists and bloggers serving prison terms' },
    observations: [
      {
        date: '2023-02',
        value: 18,
        qualifier: 'at-least',
        sourceId: letter.id,
        note: 'at the time of the letter',
      },
      { date: '2020', value: 0, sourceId: letter.id },
    ],
  });
  const refusedNgos = await createIndicator(ctx, {
    names: [{ text: 'Незарегистрированные партии', language: 'ru' }],
    country: 'KZ',
    unit: 'organizations',
  });
  const detained = await createIndicator(ctx, {
    names: [{ text: 'Detained in the January 2022 Events' }],
    country: 'KZ',
    unit: 'persons',
    observations: [{ date: '2022-01-11', value: 9900, qualifier: 'about' }],
  });
  return { letter, jailedJournalists, refusedNgos, detained };
}

describeEachDialect('indicator store', (db) => {
  it('round-trips the letter figures as two sourced observations', async () => {
    const ctx = db().context();
    const { letter, jailedJournalists } = await seed(ctx);
    expect(jailedJournalists.observations).toEqual([
      {
        id: expect.any(String),
        date: '2023-02',
        value: 18,
        qualifier: 'at-least',
        note: 'at the time of the letter',
        sourceId: letter.id,
      },
      { id: expect.any(String), date: '2020', value: 0, qualifier: 'exact', sourceId: letter.id },
    ]);
    expect(jailedJournalists.names[1]).toMatchObject({ script: 'Cyrl', kind: 'alias' });
    const read = await getIndicator(ctx, jailedJournalists.id);
    expect(read).toEqual(jailedJournalists);
    expect(latestObservation(read.observations, '2022-12-01')?.value).toBe(0);
    expect(latestObservation(read.observations, '2023-03-01')?.value).toBe(18);
  });

  it('lists by country, unit and any name in Cyrillic or Latin', async () => {
    const ctx = db().context();
    const { jailedJournalists, refusedNgos, detained } = await seed(ctx);
    const ids = async (query: Record<string, unknown>) =>
      (await listIndicators(ctx, query)).items.map((i) => i.id);

    expect(await ids({})).toEqual([detained.id, jailedJournalists.id, refusedNgos.id]);
    expect(await ids({ country: 'KZ' })).toEqual([detained.id, refusedNgos.id]);
    expect(await ids({ unit: 'persons' })).toEqual([detained.id, jailedJournalists.id]);
    expect(await ids({ unit: 'persons', country: 'UZ' })).toEqual([jailedJournalists.id]);
    expect(await ids({ unit: 'percent' })).toEqual([]);
    expect(await ids({ q: 'БЛОГЕРЫ' })).toEqual([jailedJournalists.id]);
    expect(await ids({ q: 'bloggers' })).toEqual([jailedJournalists.id]);
    expect(await ids({ q: 'партии' })).toEqual([refusedNgos.id]);
    expect(await ids({ sort: 'createdAt', order: 'desc', limit: 2 })).toEqual([detained.id, refusedNgos.id]);

    const first = await listIndicators(ctx, { unit: 'persons', limit: 1 });
    expect(first.items.map((i) => i.id)).toEqual([detained.id]);
    const second = await listIndicators(ctx, { unit: 'persons', limit: 1, cursor: first.nextCursor });
    expect(second).toEqual({ items: [jailedJournalists], nextCursor: null });
  });

  it('keeps observation ids when observations are reordered and extended', async () => {
    const ctx = db().context();
    const { jailedJournalists } = await seed(ctx);
    const [feb2023, year2020] = jailedJournalists.observations;
    const updated = await updateIndicator(ctx, jailedJournalists.id, {
      version: 1,
      observations: [year2020, feb2023, { date: '2023-12', value: 20, qualifier: 'about' }],
    });
    expect(updated.observations.slice(0, 2).map((o) => o.id)).toEqual([year2020?.id, feb2023?.id]);
    expect(updated.observations[2]).toMatchObject({ id: expect.any(String), sourceId: null });
    expect(new Set(updated.observations.map((o) => o.id)).size).toBe(3);
    await expect(
      updateIndicator(ctx, jailedJournalists.id, { version: 2, observations: [year2020, year2020] }),
    ).rejects.toMatchObject({ status: 400, errors: [{ path: 'observations' }] });
  });

  it('refuses an observation citing a missing source, naming the observation', async () => {
    const ctx = db().context();
    const { letter, jailedJournalists } = await seed(ctx);
    await expect(
      updateIndicator(ctx, jailedJournalists.id, {
        version: 1,
        observations: [
          { date: '2020', value: 0, sourceId: letter.id },
          { date: '2023-02', value: 18, qualifier: 'at-least', sourceId: MISSING_ID },
        ],
      }),
    ).rejects.toMatchObject({ status: 422, errors: [{ path: 'observations.1.sourceId' }] });
    expect((await getIndicator(ctx, jailedJournalists.id)).version).toBe(1);
  });

  it('refuses malformed dates and negative values at the observation path', async () => {
    const ctx = db().context();
    const body = { names: [{ text: 'Political prisoners' }], unit: 'persons' };
    await expect(
      createIndicator(ctx, {
        ...body,
        observations: [
          { date: '2021', value: 10 },
          { date: 'February 2023', value: 18 },
          { date: '2023-02-30', value: 18 },
          { date: '2023', value: -1 },
        ],
      }),
    ).rejects.toMatchObject({
      status: 400,
      errors: [
        { path: 'observations.1.date' },
        { path: 'observations.2.date' },
        { path: 'observations.3.value' },
      ],
    });
    await expect(createIndicator(ctx, { ...body, unit: 'people' })).rejects.toMatchObject({
      status: 400,
      errors: [{ path: 'unit' }],
    });
    expect((await listIndicators(ctx, {})).items).toEqual([]);
  });
});
