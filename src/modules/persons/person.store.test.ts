import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildPersonInput } from '../../../test/support/factories.ts';
import { createPerson, getPerson, listPersons, updatePerson } from './person.operations.ts';

describeEachDialect('person store', (db) => {
  it('stores names in several scripts and finds the person by any of them, in any case', async () => {
    const ctx = db().context();
    const created = await createPerson(ctx, buildPersonInput());
    expect(created.version).toBe(1);
    expect(created.names.map((n) => n.script)).toEqual(['Cyrl', 'Latn']);
    await createPerson(ctx, buildPersonInput({ names: [{ text: 'Bahrom Ibragimov' }] }));

    for (const q of ['мамай', 'МАМАЙ', 'zhanbolat', 'Mamay']) {
      const page = await listPersons(ctx, { q });
      expect(
        page.items.map((p) => p.id),
        q,
      ).toEqual([created.id]);
    }
    expect((await listPersons(ctx, { q: '%' })).items).toEqual([]);
  });

  it('round-trips every field', async () => {
    const ctx = db().context();
    const created = await createPerson(ctx, buildPersonInput({ notes: 'Détenu', isPublished: true }));
    expect(await getPerson(ctx, created.id)).toEqual(created);
    expect(created).toMatchObject({
      birthDate: '1988',
      isPublished: true,
      sensitivity: 'internal',
      occupations: ['journalist', 'opposition-politician'],
    });
  });

  it('pages through a sorted list with cursors and filters', async () => {
    const ctx = db().context();
    const names = ['Дарья', 'Anna', 'Борис', 'Carl', 'Ädam'];
    for (const text of names)
      await createPerson(ctx, buildPersonInput({ names: [{ text }], occupations: [] }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listPersons(ctx, { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((p) => p.names[0]?.text ?? ''));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['Ädam', 'Anna', 'Carl', 'Борис', 'Дарья']);

    const desc = await listPersons(ctx, { order: 'desc', limit: 10 });
    expect(desc.items.map((p) => p.names[0]?.text)).toEqual([...seen].reverse());
    expect((await listPersons(ctx, { occupation: 'journalist' })).items).toEqual([]);
  });

  it('updates with the current version and refuses a stale one', async () => {
    const ctx = db().context();
    const created = await createPerson(ctx, buildPersonInput());
    const updated = await updatePerson(ctx, created.id, { version: 1, birthDate: '1988-03' });
    expect(updated.version).toBe(2);
    await expect(updatePerson(ctx, created.id, { version: 1, gender: 'female' })).rejects.toMatchObject({
      status: 409,
      type: 'version-conflict',
    });
    expect(await getPerson(ctx, created.id)).toEqual(updated);
  });
});
