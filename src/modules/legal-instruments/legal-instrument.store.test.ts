import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildSourceInput } from '../../../test/support/factories.ts';
import type { OperationContext } from '../../core/context.ts';
import { createOrganization } from '../organizations/organization.operations.ts';
import { createSource } from '../sources/source.operations.ts';
import {
  createLegalInstrument,
  getLegalInstrument,
  listLegalInstruments,
  updateLegalInstrument,
} from './legal-instrument.operations.ts';

const MISSING_ID = '01a21fb6-3a77-70e3-96ff-6813742e9792';

/** The three instruments the demo is built around; the Justice Ministry is the issuer where known. */
async function seed(ctx: OperationContext) {
  const source = await createSource(
    ctx,
    buildSourceInput({ kind: 'web-page', title: 'CABAR.asia on NGO events' }),
  );
  const ministry = await createOrganization(ctx, {
    names: [{ text: 'Ministry of Justice of Uzbekistan' }],
    kind: 'state-body',
    country: 'UZ',
  });
  const eventRules = await createLegalInstrument(ctx, {
    titles: [
      { text: 'Justice Ministry rules on notifying NGO events', language: 'en' },
      { text: 'Правила Минюста об уведомлении о мероприятиях ННО', language: 'ru', kind: 'alias' },
    ],
    kind: 'regulation',
    country: 'UZ',
    issuedBy: ministry.id,
    adoptedOn: '2018-06',
    inForceFrom: '2018-06',
    status: 'in-force',
    summary: { en: 'NGOs must notify the Justice Ministry of their events in advance (summary)' },
    provisions: [
      {
        article: 'Notice period',
        summary: { en: 'At least 10 days ahead; 20 days with foreign participants or abroad (summary)' },
        concern: { en: 'Lets the authorities vet or block NGO events' },
        sourceId: source.id,
      },
      {
        article: 'Notification form',
        summary: { en: '12 questions on topic, participants, funding and materials (summary)' },
        sourceId: source.id,
      },
    ],
  });
  const partnerDecree = await createLegalInstrument(ctx, {
    titles: [{ text: 'Decree on the "national partner" of foreign-funded NGO projects' }],
    kind: 'decree',
    country: 'UZ',
    adoptedOn: '2022-06-16',
    status: 'in-force',
    provisions: [
      {
        article: 'National partner',
        concern: { en: 'A state employee writes the road map and evaluates the results' },
      },
    ],
  });
  const criminalCode = await createLegalInstrument(ctx, {
    titles: [
      { text: 'Уголовный кодекс Республики Казахстан', language: 'ru' },
      { text: 'Criminal Code of the Republic of Kazakhstan', language: 'en', kind: 'alias' },
    ],
    kind: 'code',
    country: 'KZ',
    status: 'amended',
    provisions: [
      { article: '378.2', heading: 'Insulting an official' },
      { article: '274.2', heading: 'False information' },
    ],
  });
  return { source, ministry, eventRules, partnerDecree, criminalCode };
}

describeEachDialect('legal instrument store', (db) => {
  it('round-trips an instrument with its titles, dates and sourced provisions', async () => {
    const ctx = db().context();
    const { source, ministry, eventRules } = await seed(ctx);
    expect(eventRules).toMatchObject({
      version: 1,
      titles: [
        { text: 'Justice Ministry rules on notifying NGO events', script: 'Latn', kind: 'primary' },
        { script: 'Cyrl', language: 'ru', kind: 'alias' },
      ],
      issuedBy: ministry.id,
      number: null,
      inForceTo: null,
      provisions: [
        { article: 'Notice period', heading: null, sourceId: source.id },
        { article: 'Notification form', concern: null, sourceId: source.id },
      ],
    });
    expect(eventRules.provisions.every((p) => typeof p.id === 'string')).toBe(true);
    expect(await getLegalInstrument(ctx, eventRules.id)).toEqual(eventRules);
  });

  it('lists by kind, country, status and by any title in Cyrillic or Latin', async () => {
    const ctx = db().context();
    const { eventRules, partnerDecree, criminalCode } = await seed(ctx);
    const ids = async (query: Record<string, unknown>) =>
      (await listLegalInstruments(ctx, query)).items.map((i) => i.id);

    expect(await ids({})).toEqual([partnerDecree.id, eventRules.id, criminalCode.id]);
    expect(await ids({ country: 'UZ' })).toEqual([partnerDecree.id, eventRules.id]);
    expect(await ids({ kind: 'code' })).toEqual([criminalCode.id]);
    expect(await ids({ status: 'amended' })).toEqual([criminalCode.id]);
    expect(await ids({ country: 'UZ', kind: 'code' })).toEqual([]);
    expect(await ids({ q: 'УГОЛОВНЫЙ' })).toEqual([criminalCode.id]);
    expect(await ids({ q: 'criminal code' })).toEqual([criminalCode.id]);
    expect(await ids({ q: 'мероприятиях' })).toEqual([eventRules.id]);
    expect(await ids({ q: 'national partner' })).toEqual([partnerDecree.id]);
    await expect(listLegalInstruments(ctx, { status: 'valid' })).rejects.toMatchObject({
      status: 400,
      errors: [{ path: 'status' }],
    });
  });

  it('keeps provision ids when the provisions are reordered and extended', async () => {
    const ctx = db().context();
    const { criminalCode } = await seed(ctx);
    const [insult, falseInfo] = criminalCode.provisions;
    const updated = await updateLegalInstrument(ctx, criminalCode.id, {
      version: 1,
      number: 'No. 226-V',
      provisions: [falseInfo, insult, { article: '272', heading: 'Mass riots' }],
    });
    expect(updated.version).toBe(2);
    expect(updated.provisions.map((p) => p.id).slice(0, 2)).toEqual([falseInfo?.id, insult?.id]);
    expect(updated.provisions[2]?.id).toEqual(expect.any(String));
    expect((await listLegalInstruments(ctx, { q: '226-v' })).items.map((i) => i.id)).toEqual([
      criminalCode.id,
    ]);
  });

  it('refuses a missing issuer or provision source, naming each path', async () => {
    const ctx = db().context();
    const { source } = await seed(ctx);
    await expect(
      createLegalInstrument(ctx, {
        titles: [{ text: 'Law on non-governmental organizations' }],
        kind: 'law',
        status: 'in-force',
        issuedBy: MISSING_ID,
        provisions: [
          { article: '1', sourceId: source.id },
          { article: '2', sourceId: MISSING_ID },
        ],
      }),
    ).rejects.toMatchObject({
      status: 422,
      errors: [{ path: 'issuedBy' }, { path: 'provisions.1.sourceId' }],
    });
    // A source is not an organization: the issuer must be one.
    await expect(
      createLegalInstrument(ctx, {
        titles: [{ text: 'X' }],
        kind: 'law',
        status: 'draft',
        issuedBy: source.id,
      }),
    ).rejects.toMatchObject({ status: 422, errors: [{ path: 'issuedBy' }] });
    expect((await listLegalInstruments(ctx, {})).items).toHaveLength(3);
  });

  it('names only the bad provision field when a provision is malformed', async () => {
    const ctx = db().context();
    await expect(
      createLegalInstrument(ctx, {
        titles: [{ text: 'Criminal Code' }],
        kind: 'code',
        status: 'in-force',
        provisions: [{ article: '244-1' }, { article: '  ' }, { article: '159', concern: {} }],
      }),
    ).rejects.toMatchObject({
      status: 400,
      errors: [{ path: 'provisions.1.article' }, { path: 'provisions.2.concern' }],
    });
  });

  it('refuses an end of validity certainly before its start, at inForceTo', async () => {
    const ctx = db().context();
    const { partnerDecree } = await seed(ctx);
    const body = { titles: [{ text: 'Decree' }], kind: 'decree', status: 'repealed' } as const;
    await expect(
      createLegalInstrument(ctx, { ...body, inForceFrom: '2022-06-16', inForceTo: '2022-05' }),
    ).rejects.toMatchObject({ status: 400, errors: [{ path: 'inForceTo' }] });
    // Overlapping partial dates may be consistent, so they are accepted.
    const sameMonth = await createLegalInstrument(ctx, {
      ...body,
      inForceFrom: '2022-06-16',
      inForceTo: '2022-06',
    });
    expect(sameMonth.inForceTo).toBe('2022-06');

    // A patch is checked against the stored start.
    await expect(
      updateLegalInstrument(ctx, partnerDecree.id, {
        version: 1,
        inForceFrom: '2022-06-16',
        inForceTo: '2021',
      }),
    ).rejects.toMatchObject({ status: 400, errors: [{ path: 'inForceTo' }] });
    await expect(
      updateLegalInstrument(ctx, partnerDecree.id, { version: 1, inForceTo: 'June 2022' }),
    ).rejects.toMatchObject({ status: 400, errors: [{ path: 'inForceTo' }] });
    expect((await getLegalInstrument(ctx, partnerDecree.id)).version).toBe(1);
  });
});
