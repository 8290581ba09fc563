import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect, type TestDatabase } from '../../../test/support/database.ts';
import { buildPersonInput } from '../../../test/support/factories.ts';
import type { OperationContext } from '../../core/context.ts';
import {
  type Keyring,
  keyringOf,
  SecretBoxError,
  sealedKeyId,
  secretKeyFrom,
} from '../../core/secret-box.ts';
import { caseKind, createCase, getCase, updateCase } from '../cases/case.operations.ts';
import { citableKinds } from '../citations/citable-kinds.ts';
import { citationKind } from '../citations/citation.operations.ts';
import { createPerson, getPerson, personKind, updatePerson } from '../persons/person.operations.ts';
import { disclose } from './disclosure.ts';
import { type RotationTarget, rotateSealedValues } from './key-rotation.ts';
import { listRecordRevisions } from './record.operations.ts';

/**
 * Key rotation on a database holding secrets under an old key: interrupted after a few batches it
 * leaves every value readable, resumed it moves every value (revisions included) to the new key,
 * and run once more it finds nothing to do.
 */

const K1 = secretKeyFrom(Buffer.alloc(32, 0x11));
const K2 = secretKeyFrom(Buffer.alloc(32, 0x22));
const UNDER_K1 = keyringOf(K1, []);
const ROTATING = keyringOf(K2, [K1]);
const UNDER_K2 = keyringOf(K2, []);

/** Every record table, as `docket keys rotate` has it. */
const TARGETS: RotationTarget[] = [...Object.values(citableKinds), citationKind].map((kind) => ({
  table: kind.table,
  type: kind.type,
}));

const PERSONS = 20;
const CASES = 10;
/** Every record but the person whose only secret was emptied (no secret value, no ciphertext). */
const SEALED = PERSONS + CASES - 1;

interface Expected {
  /** Person id → its whereabouts now (null when emptied). */
  whereabouts: Map<string, string | null>;
  /** Case id → its witnesses' names now. */
  witnesses: Map<string, string[]>;
}

function withKeyring(database: TestDatabase, keyring: Keyring): OperationContext {
  return { ...database.context(), keyring };
}

/** 20 persons and 10 cases with secrets under K1, some changed so revisions hold sealed changes. */
async function seed(database: TestDatabase): Promise<Expected> {
  const ctx = withKeyring(database, UNDER_K1);
  const expected: Expected = { whereabouts: new Map(), witnesses: new Map() };
  const persons: string[] = [];
  for (let i = 0; i < PERSONS; i += 1) {
    const person = await createPerson(
      ctx,
      buildPersonInput({
        names: [{ text: `Person ${i}`, kind: 'primary' }],
        whereabouts: `hideout ${i}`,
        contacts: [{ kind: 'phone', value: `+7 700 000 ${i}` }],
        // One whole record secret: every declared field sealed, names included.
        ...(i === 0 ? { sensitivity: 'secret' } : {}),
      }),
    );
    persons.push(person.id);
    expected.whereabouts.set(person.id, `hideout ${i}`);
  }
  for (const [i, id] of persons.slice(1, 9).entries()) {
    await updatePerson(ctx, id, { version: 1, whereabouts: `moved ${i}` });
    expected.whereabouts.set(id, `moved ${i}`);
  }
  // Emptied: the revision's change holds the old value sealed, its snapshot no sealed value.
  const emptied = persons[9] as string;
  await updatePerson(ctx, emptied, { version: 1, whereabouts: null });
  expected.whereabouts.set(emptied, null);
  // Contacts made secret: older revisions resealed.
  await updatePerson(ctx, persons[10] as string, { version: 1, fieldSensitivity: { contacts: 'secret' } });

  for (let i = 0; i < CASES; i += 1) {
    const created = await createCase(ctx, {
      victimId: persons[i],
      caseType: 'arbitrary-detention',
      witnesses: [{ name: `witness ${i}`, statement: `saw it ${i}` }],
    });
    expected.witnesses.set(created.id, [`witness ${i}`]);
    if (i < 4) {
      await updateCase(ctx, created.id, {
        version: 1,
        witnesses: [{ name: `witness ${i}` }, { name: `second witness ${i}` }],
      });
      expected.witnesses.set(created.id, [`witness ${i}`, `second witness ${i}`]);
    }
  }
  return expected;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** The key id of every sealed value: the records' `sealed` columns, and each revision's. */
async function sealedKeys(database: TestDatabase) {
  const records: string[] = [];
  for (const table of ['persons', 'cases'] as const) {
    const rows = await database.db
      .selectFrom(table)
      .select('sealed')
      .where('sealed', 'is not', null)
      .execute();
    for (const row of rows) records.push(sealedKeyId(row.sealed as string) ?? 'unreadable');
  }
  const rows = await sql<{ id: string; snapshot: unknown; changes: unknown }>`
    select id, snapshot, changes from revisions`.execute(database.db);
  const revisions = rows.rows.map((row) => {
    const text = `${asText(row.snapshot)}${asText(row.changes)}`;
    return [...text.matchAll(/dks1\.([0-9a-f]{12})\./g)].map((match) => match[1] as string);
  });
  return { records, revisions: revisions.filter((keys) => keys.length > 0) };
}

const count = (keys: readonly string[], id: string) => keys.filter((key) => key === id).length;

/** Every record and every revision opens with this keyring, and shows the expected values. */
async function expectAllReadable(database: TestDatabase, keyring: Keyring, expected: Expected) {
  const ctx = withKeyring(database, keyring);
  for (const [id, whereabouts] of expected.whereabouts) {
    const [shown] = await disclose(ctx, personKind, [await getPerson(ctx, id)]);
    expect(shown?.whereabouts).toBe(whereabouts);
    expect(shown?.names?.[0]?.text).toMatch(/^Person \d+$/);
    const history = await listRecordRevisions(ctx, personKind, id);
    expect(history.at(-1)?.snapshot).toMatchObject({ whereabouts });
    expect(JSON.stringify(history)).not.toContain('dks1.');
  }
  for (const [id, names] of expected.witnesses) {
    const [shown] = await disclose(ctx, caseKind, [await getCase(ctx, id)]);
    expect(shown?.witnesses?.map((w) => w.name)).toEqual(names);
    const history = await listRecordRevisions(ctx, caseKind, id);
    expect(history[0]?.snapshot).toMatchObject({ witnesses: [{ name: names[0] }] });
    expect(JSON.stringify(history)).not.toContain('dks1.');
  }
}

describeEachDialect('key rotation', (db) => {
  it('survives an interruption, finishes on a second run, and finds nothing on a third', async () => {
    const database = db();
    const expected = await seed(database);
    const before = await sealedKeys(database);
    expect(before.records).toHaveLength(SEALED);
    expect(new Set([...before.records, ...before.revisions.flat()])).toEqual(new Set([K1.id]));
    expect(before.revisions.length).toBeGreaterThanOrEqual(PERSONS + CASES);

    const ctx = withKeyring(database, ROTATING);
    let batches = 0;
    const interrupted = await rotateSealedValues(ctx, TARGETS, {
      batchSize: 4,
      onBatch: () => {
        batches += 1;
        return batches < 2;
      },
    });
    expect(interrupted).toEqual({ records: 8, revisions: 0, finished: false });
    const half = await sealedKeys(database);
    expect(count(half.records, K2.id)).toBe(8);
    expect(count(half.records, K1.id)).toBe(SEALED - 8);
    await expectAllReadable(database, ROTATING, expected);
    // Neither key alone opens everything now.
    await expect(expectAllReadable(database, UNDER_K1, expected)).rejects.toMatchObject({
      reason: 'unknown-key',
    });
    await expect(expectAllReadable(database, UNDER_K2, expected)).rejects.toBeInstanceOf(SecretBoxError);

    // A write between the runs seals under the new key; the resumed run leaves it alone.
    const stale = (
      await database.db.selectFrom('persons').select(['id', 'sealed', 'version']).execute()
    ).find(
      (row) => row.sealed !== null && sealedKeyId(row.sealed) === K1.id && expected.whereabouts.get(row.id),
    );
    if (!stale) throw new Error('no person left under K1');
    await updatePerson(ctx, stale.id, { version: stale.version, whereabouts: 'written mid-rotation' });
    expected.whereabouts.set(stale.id, 'written mid-rotation');
    const pending = await sealedKeys(database);
    const recordsUnderK1 = count(pending.records, K1.id);
    const revisionsWithK1 = pending.revisions.filter((keys) => keys.includes(K1.id)).length;
    expect(recordsUnderK1).toBe(SEALED - 9);

    const resumed = await rotateSealedValues(ctx, TARGETS, { batchSize: 4 });
    expect(resumed).toEqual({ records: recordsUnderK1, revisions: revisionsWithK1, finished: true });
    const after = await sealedKeys(database);
    expect(after.records).toHaveLength(SEALED);
    expect(after.revisions).toHaveLength(before.revisions.length + 1);
    expect(new Set([...after.records, ...after.revisions.flat()])).toEqual(new Set([K2.id]));
    await expectAllReadable(database, UNDER_K2, expected);

    expect(await rotateSealedValues(ctx, TARGETS, { batchSize: 4 })).toEqual({
      records: 0,
      revisions: 0,
      finished: true,
    });
    expect(await rotateSealedValues(withKeyring(database, UNDER_K2), TARGETS)).toEqual({
      records: 0,
      revisions: 0,
      finished: true,
    });
  });

  it('resumes a rotation interrupted among the revisions', async () => {
    const database = db();
    const expected = await seed(database);
    const ctx = withKeyring(database, ROTATING);
    const interrupted = await rotateSealedValues(ctx, TARGETS, {
      batchSize: 5,
      onBatch: ({ table }) => table !== 'revisions',
    });
    expect(interrupted).toMatchObject({ records: SEALED, finished: false });
    expect(interrupted.revisions).toBeGreaterThan(0);
    expect(interrupted.revisions).toBeLessThanOrEqual(5);
    const half = await sealedKeys(database);
    expect(new Set(half.records)).toEqual(new Set([K2.id]));
    const revisionsWithK1 = half.revisions.filter((keys) => keys.includes(K1.id)).length;
    expect(revisionsWithK1).toBeGreaterThan(0);
    await expectAllReadable(database, ROTATING, expected);

    const resumed = await rotateSealedValues(ctx, TARGETS, { batchSize: 5 });
    expect(resumed).toEqual({ records: 0, revisions: revisionsWithK1, finished: true });
    const after = await sealedKeys(database);
    expect(new Set(after.revisions.flat())).toEqual(new Set([K2.id]));
    await expectAllReadable(database, UNDER_K2, expected);
  });
});
