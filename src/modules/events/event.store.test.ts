import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildJanuaryEventsInput, buildKarakalpakstanInput } from '../../../test/support/event-factories.ts';
import { buildSourceInput } from '../../../test/support/factories.ts';
import type { OperationContext } from '../../core/context.ts';
import { createSource } from '../sources/source.operations.ts';
import { createEvent, getEvent, listEvents, updateEvent } from './event.operations.ts';
import { figureSummary } from './figures.ts';

const MISSING = '01a21fb6-3a77-70e3-96ff-6813742e9792';

async function januarySources(ctx: OperationContext) {
  const source = (title: string, publishedOn: string) =>
    createSource(ctx, buildSourceInput({ kind: 'report', title, publishedOn }));
  return {
    rferl: (await source('RFE/RL on the Prosecutor General’s final toll', '2022-08')).id,
    hrw: (await source('HRW on the January events', '2022-05-05')).id,
    diplomat: (await source('The Diplomat on the detentions', '2023-01')).id,
  };
}

const ids = (page: { items: Array<{ id: string }> }) => page.items.map((e) => e.id);

describeEachDialect('event store', (db) => {
  it('keeps the January 2022 Events with their figures side by side, as entered', async () => {
    const ctx = db().context();
    const sources = await januarySources(ctx);
    const event = await createEvent(ctx, buildJanuaryEventsInput(sources));

    expect(event).toMatchObject({ version: 1, kind: 'unrest', country: 'KZ', startDate: '2022-01-02' });
    expect(event.names.map((n) => n.script)).toEqual(['Latn', 'Cyrl', 'Cyrl']);
    const [deaths, detained] = event.figures;
    expect(deaths?.claims.map((c) => c.value)).toEqual([238, 225, 230, 232]);
    expect(deaths?.claims[1]).toMatchObject({
      sourceId: sources.hrw,
      isPreferred: false,
      qualifier: 'exact',
    });
    expect(deaths && figureSummary(deaths)).toMatchObject({ value: 238, isDisputed: true });
    expect(detained?.claims[0]).toMatchObject({ value: 9900, qualifier: 'about', statedOn: '2022-01-11' });
    expect(event.accountability.map((s) => [s.kind, s.count, s.description])).toEqual([
      ['amnesty', 1500, null],
      ['investigation-opened', 243, null],
    ]);
    expect(event.figures.every((f) => typeof f.id === 'string')).toBe(true);
    expect(await getEvent(ctx, event.id)).toEqual(event);
  });

  it('lists by name in either script, country, kind and start date range', async () => {
    const ctx = db().context();
    const january = await createEvent(ctx, buildJanuaryEventsInput());
    const nukus = await createEvent(ctx, buildKarakalpakstanInput());
    const referendum = await createEvent(ctx, {
      names: [{ text: 'Constitutional referendum' }],
      kind: 'referendum',
      country: 'KZ',
      startDate: '2022-06-05',
    });

    for (const q of ['январские', 'ҚАҢТАР', 'january 2022', 'EVENTS']) {
      expect(ids(await listEvents(ctx, { q })), q).toEqual([january.id]);
    }
    expect(ids(await listEvents(ctx, { q: 'каракалпак' }))).toEqual([nukus.id]);
    expect(ids(await listEvents(ctx, { country: 'UZ' }))).toEqual([nukus.id]);
    expect(ids(await listEvents(ctx, { country: 'KZ', kind: 'referendum' }))).toEqual([referendum.id]);
    // `from` and `to` select by the start: from the first day of `from` to the last day of `to`.
    expect(ids(await listEvents(ctx, { from: '2022-06', sort: 'startDate' }))).toEqual([
      referendum.id,
      nukus.id,
    ]);
    expect(ids(await listEvents(ctx, { to: '2022-06', sort: 'startDate' }))).toEqual([
      january.id,
      referendum.id,
    ]);
    expect(ids(await listEvents(ctx, { from: '2022-01-02', to: '2022-01-02' }))).toEqual([january.id]);
    expect(ids(await listEvents(ctx, { from: '2022-01-03', to: '2022-06-04' }))).toEqual([]);
    expect(ids(await listEvents(ctx, { from: '2023' }))).toEqual([]);

    expect(ids(await listEvents(ctx, { sort: 'startDate', order: 'desc' }))).toEqual([
      nukus.id,
      referendum.id,
      january.id,
    ]);
    const first = await listEvents(ctx, { sort: 'startDate', limit: 2 });
    expect(ids(first)).toEqual([january.id, referendum.id]);
    const rest = await listEvents(ctx, { sort: 'startDate', limit: 2, cursor: first.nextCursor ?? '' });
    expect(ids(rest)).toEqual([nukus.id]);
    expect(ids(await listEvents(ctx, {}))).toEqual([referendum.id, january.id, nukus.id]);
  });

  it('keeps the ids of figures, claims aside, and steps when an edit reorders and extends them', async () => {
    const ctx = db().context();
    const event = await createEvent(ctx, buildJanuaryEventsInput());
    const [deaths, detained] = event.figures;
    const [amnesty, investigation] = event.accountability;
    const updated = await updateEvent(ctx, event.id, {
      version: 1,
      endDate: '2022-01-11',
      figures: [detained, deaths, { kind: 'deaths-security-forces', claims: [{ value: 19 }] }],
      accountability: [investigation, amnesty],
    });
    expect(updated.version).toBe(2);
    expect(updated.endDate).toBe('2022-01-11');
    expect(updated.figures.slice(0, 2).map((f) => f.id)).toEqual([detained?.id, deaths?.id]);
    expect(updated.figures[2]?.id).toEqual(expect.any(String));
    expect(updated.accountability.map((s) => s.id)).toEqual([investigation?.id, amnesty?.id]);
    expect(updated.figures[1]?.claims).toEqual(deaths?.claims);

    await expect(
      updateEvent(ctx, event.id, { version: 2, figures: [deaths, { ...deaths, kind: 'injured' }] }),
    ).rejects.toMatchObject({ status: 400, errors: [{ path: 'figures' }] });
  });

  it('refuses claims and steps that cite a missing source, naming each path', async () => {
    const ctx = db().context();
    const { rferl } = await januarySources(ctx);
    const input = buildJanuaryEventsInput({ rferl, hrw: MISSING, diplomat: null });
    await expect(createEvent(ctx, input)).rejects.toMatchObject({
      status: 422,
      type: 'invalid-reference',
      errors: [
        { path: 'figures.0.claims.1.sourceId' },
        { path: 'figures.0.claims.2.sourceId' },
        { path: 'figures.0.claims.3.sourceId' },
      ],
    });
    await expect(
      createEvent(
        ctx,
        buildKarakalpakstanInput({
          accountability: [{ kind: 'inquiry', date: '2022-07', sourceId: MISSING }],
        }),
      ),
    ).rejects.toMatchObject({ status: 422, errors: [{ path: 'accountability.0.sourceId' }] });
    expect((await listEvents(ctx, {})).items).toEqual([]);
  });

  it('refuses an end certainly before the start, at endDate, on create and update', async () => {
    const ctx = db().context();
    await expect(
      createEvent(ctx, buildKarakalpakstanInput({ startDate: '2022-07-01', endDate: '2022-06-30' })),
    ).rejects.toMatchObject({ status: 400, errors: [{ path: 'endDate' }] });
    // A partial end that may fall on or after the start is not an error: 2022-07 overlaps 2022-07-01.
    const event = await createEvent(
      ctx,
      buildKarakalpakstanInput({ startDate: '2022-07-02', endDate: '2022-07' }),
    );
    await expect(updateEvent(ctx, event.id, { version: 1, startDate: '2022-08' })).rejects.toMatchObject({
      status: 400,
      errors: [{ path: 'endDate' }],
    });
  });

  it('refuses two preferred claims in one figure, pointing at the second', async () => {
    const ctx = db().context();
    const input = buildKarakalpakstanInput({
      figures: [
        {
          kind: 'deaths',
          claims: [
            { value: 21, isPreferred: true },
            { value: 18, isPreferred: true },
          ],
        },
      ],
    });
    await expect(createEvent(ctx, input)).rejects.toMatchObject({
      status: 400,
      errors: [{ path: 'figures.0.claims.1', message: 'at most one claim may be preferred' }],
    });
  });

  it('needs names, kind and start date, and a label for a figure of kind other', async () => {
    const ctx = db().context();
    await expect(createEvent(ctx, { names: [{ text: 'X' }] })).rejects.toMatchObject({
      status: 400,
      errors: [{ path: 'kind' }, { path: 'startDate' }],
    });
    await expect(
      createEvent(ctx, buildKarakalpakstanInput({ figures: [{ kind: 'other', claims: [{ value: 39 }] }] })),
    ).rejects.toMatchObject({ status: 400, errors: [{ path: 'figures.0.label' }] });
  });
});
