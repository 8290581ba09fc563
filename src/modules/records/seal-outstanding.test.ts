import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { citableKinds } from '../citations/citable-kinds.ts';
import { personKind } from '../persons/person.operations.ts';
import { personChildRows, personColumns, personLevelColumns } from '../persons/person.store.ts';
import { disclose } from './disclosure.ts';
import { sealOutstanding } from './key-rotation.ts';
import { metaToRow } from './record.row.ts';
import { insertRevision } from './revision.store.ts';

const NAME = 'Older-Secret-Person-Sentinel';

describeEachDialect('sealing what older versions stored in clear', (db) => {
  it('encrypts the identifying fields of a secret record written before 0004, its history too', async () => {
    const ctx = db().context();
    const now = new Date().toISOString();
    const meta = {
      id: '01a20000-0000-7000-8000-000000000001',
      ref: null,
      version: 1,
      sensitivity: 'secret' as const,
      isPublished: false,
      ownerOrgId: null,
      fieldSensitivity: {},
      createdAt: now,
      createdBy: 'operator',
      updatedAt: now,
      updatedBy: 'operator',
      deletedAt: null,
      deletedBy: null,
    };
    const fields = {
      names: [{ text: NAME, script: 'Latn', language: null, kind: 'primary' as const }],
      gender: null,
      birthDate: '1980',
      occupations: [],
      consentBasis: 'none' as const,
      biography: null,
      notes: 'A note in clear',
      contacts: [],
      whereabouts: null,
    };
    // As schema 0003 wrote it: the values in clear, in the row, the name index and the revision.
    await ctx.db
      .insertInto('persons')
      .values({ ...metaToRow(meta), ...personColumns(fields), ...personLevelColumns(meta) })
      .execute();
    await ctx.db.insertInto('person_names').values(personChildRows(meta.id, fields).names).execute();
    const snapshot = { ...meta, ...fields };
    await insertRevision(ctx.db, {
      recordType: 'person',
      recordId: meta.id,
      version: 1,
      action: 'create',
      actor: 'operator',
      at: now,
      snapshot,
      changes: [{ field: 'names', from: null, to: fields.names }],
    });
    const dump = async () => {
      const rows = await sql<{
        text: string;
      }>`select coalesce(sort_name, '') || coalesce(notes, '') || coalesce(birth_date, '') as text from persons
        union all select text from person_names
        union all select cast(snapshot as text) || cast(changes as text) from revisions`.execute(ctx.db);
      return rows.rows.map((row) => row.text).join('\n');
    };
    expect(await dump()).toContain(NAME);

    expect(await sealOutstanding(ctx, Object.values(citableKinds))).toBe(1);
    const stored = await dump();
    for (const clear of [NAME, 'A note in clear']) expect(stored).not.toContain(clear);
    const [shown] = await disclose(ctx, personKind, await personKind.load(ctx.db, [meta.id]));
    expect(shown).toMatchObject({ names: fields.names, notes: 'A note in clear', birthDate: '1980' });
    // Nothing is left to do a second time.
    expect(await sealOutstanding(ctx, Object.values(citableKinds))).toBe(0);
  });
});
