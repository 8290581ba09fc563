import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { describeEachDialect, TEST_AUDIT_KEY, TEST_KEYRING } from '../../../test/support/database.ts';
import { buildPersonInput } from '../../../test/support/factories.ts';
import { type OperationContext, operator } from '../../core/context.ts';
import { migrateToLatest, openDatabase } from '../../db/database.ts';
import { verifyAudit } from '../audit/audit.operations.ts';
import { citableKinds } from '../citations/citable-kinds.ts';
import { createPerson, personKind, updatePerson } from '../persons/person.operations.ts';
import { search } from '../search/search.operations.ts';
import { disclose } from './disclosure.ts';
import { decidePurge, requestPurge } from './purge.operations.ts';

const VALUE = 'Purge-Sentinel-Witness-Gulnara';
const HASH = createHash('sha256').update(VALUE).digest('hex');
/** A word of the value as the search index holds it (folded): it must go too. */
const INDEXED_WORD = 'gulnara';

const editor = (id: string) => ({
  id,
  kind: 'user' as const,
  role: 'editor',
  orgId: 'org-a',
  clearance: 'secret',
});

/** Every table's every row, as text: where a purged value must not be, nor its hash. */
async function everything(ctx: OperationContext): Promise<string> {
  const tables =
    ctx.dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(ctx.db))
          .rows
      : (
          await sql<{ name: string }>`select table_name as name from information_schema.tables
            where table_schema = current_schema()`.execute(ctx.db)
        ).rows;
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows = await sql`select * from ${sql.table(name)}`.execute(ctx.db);
    parts.push(JSON.stringify(rows.rows));
  }
  return parts.join('\n');
}

async function purgeScenario(ctx: OperationContext, beforePurge: () => Promise<unknown> = async () => {}) {
  const a = { ...ctx, actor: editor('editor-a') };
  const b = { ...ctx, actor: editor('editor-b') };
  // The witness's name typed into the notes, then edited around: it is in the record and revisions.
  const person = await createPerson(ctx, buildPersonInput({ notes: `Seen by ${VALUE}` }));
  await updatePerson(ctx, person.id, { version: 1, notes: `Seen by ${VALUE}, who fled`, gender: 'male' });
  await updatePerson(ctx, person.id, { version: 2, birthDate: '1977' });
  expect(await everything(ctx)).toContain(VALUE);
  await beforePurge();
  const purge = await requestPurge(a, personKind, person.id, { fields: ['notes'] });
  await expect(decidePurge(a, citableKinds, purge.id, true)).rejects.toMatchObject({ status: 403 });
  const approved = await decidePurge(b, citableKinds, purge.id, true);
  expect(approved).toMatchObject({ status: 'approved', requestedBy: 'editor-a', decidedBy: 'editor-b' });
  return person;
}

describeEachDialect('purge', (db) => {
  it('removes a value from the record, every revision and every table, approved by a second person', async () => {
    const ctx = db().context();
    const person = await purgeScenario(ctx);
    const stored = await everything(ctx);
    expect(stored).not.toContain(VALUE);
    expect(stored).not.toContain(HASH);
    // Nor in the search index: PostgreSQL's tsvector holds the folded words, here in the rows.
    expect(stored).not.toContain(INDEXED_WORD);
    expect((await search(ctx, { q: 'Gulnara' })).count).toBe(0);
    const [after] = await disclose(ctx, personKind, await personKind.load(ctx.db, [person.id]));
    expect(after).toMatchObject({ notes: null, gender: 'male', birthDate: '1977', version: 4 });
    const log = await sql<{ action: string }>`select action from audit_log order by seq`.execute(ctx.db);
    expect(log.rows.map((row) => row.action)).toEqual(
      expect.arrayContaining(['purge.request', 'purge.approve']),
    );
    expect((await verifyAudit(ctx)).broken).toBeNull();
  });
});

let scratch = '';
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = '';
});

it('leaves neither the value nor its hash in the SQLite file or its WAL', async () => {
  scratch = mkdtempSync(join(tmpdir(), 'docket-purge-'));
  const file = join(scratch, 'docket.sqlite');
  const database = openDatabase({ sqlitePath: file });
  try {
    await migrateToLatest(database);
    const ctx = {
      actor: operator,
      db: database.db,
      dialect: database.dialect,
      clock: () => new Date(),
      keyring: TEST_KEYRING,
      auditKey: TEST_AUDIT_KEY,
    };
    // The old values are first written through to the main file, as a long-running server's would be.
    await purgeScenario(ctx, async () => {
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(ctx.db);
      expect(readFileSync(file).includes(Buffer.from(INDEXED_WORD))).toBe(true);
    });
    for (const path of [file, `${file}-wal`]) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch {
        continue;
      }
      expect(bytes.includes(Buffer.from(VALUE)), path).toBe(false);
      expect(bytes.includes(Buffer.from(HASH)), path).toBe(false);
      // FTS5's secure-delete took the word out of the index's pages; secure_delete zeroed the rest.
      expect(bytes.includes(Buffer.from(INDEXED_WORD)), path).toBe(false);
    }
  } finally {
    await database.close();
  }
});
