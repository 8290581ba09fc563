import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildSourceInput } from '../../../test/support/factories.ts';
import { createSource } from '../sources/source.operations.ts';
import {
  createOrganization,
  getOrganization,
  listOrganizations,
  updateOrganization,
} from './organization.operations.ts';

describeEachDialect('organization store', (db) => {
  it('keeps a dated, sourced registration history and filters by the latest status', async () => {
    const ctx = db().context();
    const source = await createSource(ctx, buildSourceInput());
    const party = await createOrganization(ctx, {
      names: [
        { text: 'Демократическая партия Казахстана' },
        { text: 'Democratic Party of Kazakhstan', kind: 'alias' },
      ],
      kind: 'party',
      country: 'KZ',
      description: { en: 'Unregistered opposition party', ru: 'Незарегистрированная оппозиционная партия' },
      registrations: [
        { status: 'refused', date: '2022-06', sourceId: source.id },
        { status: 'applied', date: '2022-03' },
      ],
    });
    expect(party.registrations.map((r) => r.id)).toHaveLength(2);
    expect(await getOrganization(ctx, party.id)).toEqual(party);
    await createOrganization(ctx, { names: [{ text: 'Freedom Now' }], kind: 'ngo' });

    expect((await listOrganizations(ctx, { registrationStatus: 'refused' })).items.map((o) => o.id)).toEqual([
      party.id,
    ]);
    expect((await listOrganizations(ctx, { q: 'партия' })).items.map((o) => o.id)).toEqual([party.id]);
    expect((await listOrganizations(ctx, { country: 'KZ', kind: 'party' })).items).toHaveLength(1);
    expect((await listOrganizations(ctx, {})).items.map((o) => o.names[0]?.text)).toEqual([
      'Freedom Now',
      'Демократическая партия Казахстана',
    ]);

    // Step ids survive an edit that reorders and extends the list.
    const [first, second] = party.registrations;
    const updated = await updateOrganization(ctx, party.id, {
      version: 1,
      registrations: [second, first, { status: 'registered', date: '2023-01' }],
    });
    expect(updated.registrations.slice(0, 2).map((r) => r.id)).toEqual([second?.id, first?.id]);
    expect((await listOrganizations(ctx, { registrationStatus: 'registered' })).items).toHaveLength(1);
  });

  it('refuses registration steps citing a missing source, naming the step', async () => {
    const ctx = db().context();
    await expect(
      createOrganization(ctx, {
        names: [{ text: 'X' }],
        kind: 'ngo',
        registrations: [
          { status: 'applied', date: '2020', sourceId: '01a21fb6-3a77-70e3-96ff-6813742e9792' },
        ],
      }),
    ).rejects.toMatchObject({ status: 422, errors: [{ path: 'registrations.0.sourceId' }] });
  });
});
