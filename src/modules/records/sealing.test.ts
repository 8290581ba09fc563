import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect, type TestDatabase } from '../../../test/support/database.ts';
import { buildPersonInput } from '../../../test/support/factories.ts';
import type { Actor, OperationContext } from '../../core/context.ts';
import { isSealed, SecretBoxError } from '../../core/secret-box.ts';
import { caseKind, createCase, getCase } from '../cases/case.operations.ts';
import { createPerson, getPerson, personKind, updatePerson } from '../persons/person.operations.ts';
import { disclose } from './disclosure.ts';
import { listRecordRevisions } from './record.operations.ts';

/**
 * Secret values at rest: what the database holds is ciphertext bound to its record, what the
 * operator reads is the value, and what a caller without clearance reads is a redaction.
 */

const sentinel = (label: string) => `SENTINEL-${label}-${randomBytes(6).toString('hex')}`;

/** A user of the coalition (no organization) whose clearance stops at internal. */
const internalResearcher: Actor = {
  id: 'user-internal',
  kind: 'user',
  role: 'researcher',
  clearance: 'internal',
};

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/** Every value of every row of these tables, as text, joined: what someone with the file would read. */
async function rawText(database: TestDatabase, tables: readonly string[]): Promise<string> {
  const parts: string[] = [];
  for (const table of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(database.db);
    for (const row of rows.rows) parts.push(Object.values(row).map(asText).join('|'));
  }
  return parts.join('\n');
}

/** Every table of the database (the test schema on PostgreSQL). */
async function allTables(database: TestDatabase): Promise<string[]> {
  const rows =
    database.dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master
          where type = 'table' and name not like 'sqlite_%'`.execute(database.db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(database.db);
  return rows.rows.map((row) => row.name);
}

async function sealedOf(database: TestDatabase, table: 'persons' | 'cases', id: string) {
  const row = await database.db.selectFrom(table).select('sealed').where('id', '=', id).executeTakeFirst();
  return row?.sealed;
}

describeEachDialect('secret values at rest', (db) => {
  async function personWithSecrets(ctx: OperationContext) {
    const whereabouts = sentinel('W');
    const contact = sentinel('C');
    const person = await createPerson(
      ctx,
      buildPersonInput({ whereabouts, contacts: [{ kind: 'phone', value: contact }] }),
    );
    return { person, whereabouts, contact };
  }

  it('stores no secret in clear, shows it to the operator and withholds it from an internal caller', async () => {
    const database = db();
    const ctx = database.context();
    const { person, whereabouts } = await personWithSecrets(ctx);
    const witnessName = sentinel('WN');
    const witnessStatement = sentinel('WS');
    const created = await createCase(ctx, {
      victimId: person.id,
      caseType: 'arbitrary-detention',
      witnesses: [{ name: witnessName, contact: null, statement: witnessStatement }],
    });
    // A later change to a secret field: its revision holds both sides sealed.
    const newWhereabouts = sentinel('W2');
    await updatePerson(ctx, person.id, { version: 1, whereabouts: newWhereabouts });

    const raw = await rawText(database, ['persons', 'cases', 'revisions', 'person_names']);
    expect(raw).toContain('Жанболат Мамай'); // the dump does read the rows
    for (const secret of [whereabouts, newWhereabouts, witnessName, witnessStatement]) {
      expect(raw).not.toContain(secret);
    }
    // Nor anywhere else in the database (search text, custody, …).
    const everything = await rawText(database, await allTables(database));
    for (const secret of [whereabouts, newWhereabouts, witnessName, witnessStatement]) {
      expect(everything).not.toContain(secret);
    }
    expect(isSealed(await sealedOf(database, 'persons', person.id))).toBe(true);
    expect(isSealed(await sealedOf(database, 'cases', created.id))).toBe(true);
    // What the stores give back is the stored form: the secret field blanked.
    expect((await getPerson(ctx, person.id)).whereabouts).toBeNull();
    expect((await getCase(ctx, created.id)).witnesses).toEqual([]);

    const [shownPerson] = await disclose(ctx, personKind, [await getPerson(ctx, person.id)]);
    expect(shownPerson).toMatchObject({ whereabouts: newWhereabouts, redacted: [] });
    expect(shownPerson).not.toHaveProperty('sealed');
    const [shownCase] = await disclose(ctx, caseKind, [await getCase(ctx, created.id)]);
    expect(shownCase?.witnesses).toEqual([
      { personId: null, name: witnessName, contact: null, statement: witnessStatement },
    ]);
    expect(shownCase?.redacted).toEqual([]);
    const history = await listRecordRevisions(ctx, personKind, person.id);
    expect(history[0]?.snapshot).toMatchObject({ whereabouts });
    expect(history[1]?.changes).toContainEqual({
      field: 'whereabouts',
      from: whereabouts,
      to: newWhereabouts,
    });

    // The internal caller reads the records, but never the secret (nor the confidential contacts);
    // nothing is decrypted for it, so it needs no key.
    const { keyring: _keyring, ...withoutKey } = database.context({ actor: internalResearcher });
    for (const internalCtx of [database.context({ actor: internalResearcher }), withoutKey]) {
      const [personSeen] = await disclose(internalCtx, personKind, [await getPerson(internalCtx, person.id)]);
      expect(personSeen).toMatchObject({ whereabouts: null, contacts: null });
      expect(personSeen?.redacted).toEqual(['contacts', 'whereabouts']);
      const [caseSeen] = await disclose(internalCtx, caseKind, [await getCase(internalCtx, created.id)]);
      expect(caseSeen).toMatchObject({ witnesses: null, redacted: ['witnesses'] });
      const seenHistory = await listRecordRevisions(internalCtx, personKind, person.id);
      const shown = JSON.stringify(seenHistory);
      expect(shown).not.toContain(whereabouts);
      expect(shown).not.toContain(newWhereabouts);
      expect(shown).not.toContain('dks1.');
      expect(seenHistory[1]?.changes).toContainEqual({ field: 'whereabouts', from: null, to: null });
    }
  });

  it('seals a field in every older revision when it becomes secret, and the operator still reads them', async () => {
    const database = db();
    const ctx = database.context();
    const { person, contact } = await personWithSecrets(ctx);
    const secondContact = sentinel('C2');
    await updatePerson(ctx, person.id, { version: 1, contacts: [{ kind: 'email', value: secondContact }] });
    await updatePerson(ctx, person.id, { version: 2, notes: 'moved' });
    // Confidential, so far in clear: the revisions hold both contacts.
    const before = await rawText(database, ['revisions']);
    expect(before).toContain(contact);
    expect(before).toContain(secondContact);

    const secret = await updatePerson(ctx, person.id, {
      version: 3,
      fieldSensitivity: { contacts: 'secret' },
    });
    expect(secret.fieldSensitivity.contacts).toBe('secret');
    const raw = await rawText(database, ['persons', 'revisions', 'person_names']);
    expect(raw).not.toContain(contact);
    expect(raw).not.toContain(secondContact);
    const everything = await rawText(database, await allTables(database));
    expect(everything).not.toContain(contact);
    expect(everything).not.toContain(secondContact);
    expect((await getPerson(ctx, person.id)).contacts).toEqual([]);

    const history = await listRecordRevisions(ctx, personKind, person.id);
    expect(history.map((r) => r.version)).toEqual([1, 2, 3, 4]);
    expect(history[0]?.snapshot).toMatchObject({ contacts: [{ kind: 'phone', value: contact, note: null }] });
    expect(history[0]?.changes).toContainEqual({
      field: 'contacts',
      from: null,
      to: [{ kind: 'phone', value: contact, note: null }],
    });
    expect(history[1]?.changes).toContainEqual({
      field: 'contacts',
      from: [{ kind: 'phone', value: contact, note: null }],
      to: [{ kind: 'email', value: secondContact, note: null }],
    });
    for (const revision of history.slice(1)) {
      expect(revision.snapshot).toMatchObject({ contacts: [{ kind: 'email', value: secondContact }] });
    }
    const [shown] = await disclose(ctx, personKind, [await getPerson(ctx, person.id)]);
    expect(shown?.contacts).toEqual([{ kind: 'email', value: secondContact, note: null }]);
  });

  it('refuses to open a sealed value copied onto another record', async () => {
    const database = db();
    const ctx = database.context();
    const a = await personWithSecrets(ctx);
    const b = await personWithSecrets(ctx);
    await sql`update persons set sealed = (select p.sealed from persons p where p.id = ${a.person.id})
      where id = ${b.person.id}`.execute(database.db);
    expect(await sealedOf(database, 'persons', b.person.id)).toBe(
      await sealedOf(database, 'persons', a.person.id),
    );

    const stored = await getPerson(ctx, b.person.id);
    const opened = disclose(ctx, personKind, [stored]);
    await expect(opened).rejects.toBeInstanceOf(SecretBoxError);
    await expect(opened).rejects.toMatchObject({ reason: 'authentication' });
    await expect(opened).rejects.not.toThrow(a.whereabouts);
    await expect(updatePerson(ctx, b.person.id, { version: 1, notes: 'x' })).rejects.toMatchObject({
      reason: 'authentication',
    });
    // A's own record is untouched and still opens.
    const [shownA] = await disclose(ctx, personKind, [await getPerson(ctx, a.person.id)]);
    expect(shownA?.whereabouts).toBe(a.whereabouts);
  });

  it('keeps no ciphertext for a record without secret values', async () => {
    const database = db();
    const ctx = database.context();
    // Contacts are confidential, not secret: no sealing for them by default.
    const plain = await createPerson(
      ctx,
      buildPersonInput({ contacts: [{ kind: 'phone', value: '+7 700' }] }),
    );
    expect(await sealedOf(database, 'persons', plain.id)).toBeNull();
    const noWitness = await createCase(ctx, { victimId: plain.id, caseType: 'harassment' });
    expect(await sealedOf(database, 'cases', noWitness.id)).toBeNull();
    const revisions = await rawText(database, ['revisions']);
    expect(revisions).not.toContain('dks1.');

    // Emptying the only secret value drops the ciphertext too.
    const { person } = await personWithSecrets(ctx);
    expect(isSealed(await sealedOf(database, 'persons', person.id))).toBe(true);
    await updatePerson(ctx, person.id, { version: 1, whereabouts: null });
    expect(await sealedOf(database, 'persons', person.id)).toBeNull();
    const [shown] = await disclose(ctx, personKind, [await getPerson(ctx, person.id)]);
    expect(shown?.whereabouts).toBeNull();
  });
});
