import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildPersonInput } from '../../../test/support/factories.ts';
import { createPerson, getPerson, personKind, updatePerson } from '../persons/person.operations.ts';
import type { PersonFields } from '../persons/person.schema.ts';
import {
  deleteRecord,
  listRecordRevisions,
  restoreRevision,
  undeleteRecord,
  updateRecord,
} from './record.operations.ts';
import type { RecordKind } from './record-kind.ts';

describeEachDialect('record life cycle', (db) => {
  it('lets exactly one of two writers holding the same version win', async () => {
    const ctx = db().context();
    const person = await createPerson(ctx, buildPersonInput());
    const results = await Promise.allSettled([
      updatePerson(ctx, person.id, { version: 1, gender: 'female' }),
      updatePerson(ctx, person.id, { version: 1, gender: 'other' }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ reason: { status: 409 } });
    const stored = await getPerson(ctx, person.id);
    expect(stored.version).toBe(2);
    expect((await listRecordRevisions(ctx, personKind, person.id)).map((r) => r.version)).toEqual([1, 2]);
  });

  it('writes the change and its revision together or not at all', async () => {
    const ctx = db().context();
    const person = await createPerson(ctx, buildPersonInput());
    const failing: RecordKind<PersonFields> = {
      ...personKind,
      async updateFields(trx, id, fields) {
        await personKind.updateFields(trx, id, fields);
        throw new Error('disk full');
      },
    };
    await expect(updateRecord(ctx, failing, person.id, { version: 1, birthDate: '1990' })).rejects.toThrow(
      'disk full',
    );
    expect(await getPerson(ctx, person.id)).toEqual(person);
    expect(await listRecordRevisions(ctx, personKind, person.id)).toHaveLength(1);
  });

  it('deletes softly, undeletes, and restores an old revision as a new one', async () => {
    let tick = Date.parse('2026-01-01T00:00:00Z');
    const advancingClock = () => {
      tick += 1000;
      return new Date(tick);
    };
    const ctx = db().context({ clock: advancingClock });
    const person = await createPerson(ctx, buildPersonInput({ birthDate: '1988' }));
    const v2 = await updatePerson(ctx, person.id, { version: 1, birthDate: '1988-03-02', notes: 'Detained' });
    const deleted = await deleteRecord(ctx, personKind, person.id, v2.version);
    expect(deleted.deletedAt).not.toBeNull();
    await expect(getPerson(ctx, person.id)).rejects.toMatchObject({ status: 404 });
    await expect(updatePerson(ctx, person.id, { version: 3, notes: 'x' })).rejects.toMatchObject({
      type: 'deleted',
    });

    const back = await undeleteRecord(ctx, personKind, person.id, 3);
    expect(back).toMatchObject({ version: 4, deletedAt: null, birthDate: '1988-03-02' });
    await expect(undeleteRecord(ctx, personKind, person.id, 4)).rejects.toMatchObject({
      type: 'not-deleted',
    });

    const history = await listRecordRevisions(ctx, personKind, person.id);
    expect(history.map((r) => r.action)).toEqual(['create', 'update', 'delete', 'undelete']);
    expect(history[1]?.changes).toEqual([
      { field: 'birthDate', from: '1988', to: '1988-03-02' },
      { field: 'notes', from: null, to: 'Detained' },
    ]);

    const first = history[0];
    if (!first) throw new Error('the create revision is missing');
    await expect(restoreRevision(ctx, personKind, person.id, first.id, 3)).rejects.toMatchObject({
      status: 409,
    });
    const restored = await restoreRevision(ctx, personKind, person.id, first.id, 4);
    expect(restored).toMatchObject({ version: 5, birthDate: '1988', notes: null });
    const after = await listRecordRevisions(ctx, personKind, person.id);
    expect(after.at(-1)).toMatchObject({ action: 'restore', restoredFrom: first.id, version: 5 });
    const { sealed: _sealed, ...restoredAsShown } = restored;
    expect(after.at(-1)?.snapshot).toEqual(restoredAsShown);
  });

  it('refuses a revision that belongs to another record', async () => {
    const ctx = db().context();
    const a = await createPerson(ctx, buildPersonInput());
    const b = await createPerson(ctx, buildPersonInput({ names: [{ text: 'Other' }] }));
    const [revisionOfB] = await listRecordRevisions(ctx, personKind, b.id);
    if (!revisionOfB) throw new Error('the create revision is missing');
    await expect(restoreRevision(ctx, personKind, a.id, revisionOfB.id, 1)).rejects.toMatchObject({
      status: 404,
    });
  });
});
