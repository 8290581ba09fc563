import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerDbCommands } from '../cli/db.command.ts';
import { type Config, loadConfig } from '../config.ts';
import type { DocketError } from '../core/errors.ts';
import { openConfiguredDatabase } from '../runtime.ts';
import {
  type DocketDatabase,
  isPlaintextSqliteFile,
  migrateToLatest,
  openDatabase,
  pendingMigrations,
} from './database.ts';

const KEY = "correct horse battery staple, isn't it";
const OTHER_KEY = 'a different passphrase of some length';
/** Text no SQLite page holds by chance, with Cyrillic so UTF-8 is checked too. */
const SENTINEL = 'SENTINEL-Жанболат-7f3a9c1e';
const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'docket-enc-'));
  path = join(dir, 'docket.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const contains = (file: string, text: string) => readFileSync(file).includes(Buffer.from(text, 'utf8'));

async function writeNote(database: DocketDatabase, text: string): Promise<void> {
  await sql`create table if not exists notes (text text not null)`.execute(database.db);
  await sql`insert into notes (text) values (${text})`.execute(database.db);
}

async function readNotes(database: DocketDatabase): Promise<string[]> {
  const result = await sql<{ text: string }>`select text from notes`.execute(database.db);
  return result.rows.map((row) => row.text);
}

/** The message `open` fails with. */
function failure(open: () => unknown): string {
  try {
    open();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('it opened');
}

describe('DOCKET_DATABASE_KEY', () => {
  it('is optional, empty counts as unset, and it must be at least 16 characters', () => {
    expect(loadConfig({}).databaseKey).toBeUndefined();
    expect(loadConfig({ DOCKET_DATABASE_KEY: '' }).databaseKey).toBeUndefined();
    expect(loadConfig({ DOCKET_DATABASE_KEY: KEY }).databaseKey).toBe(KEY);
    let refusal: DocketError | undefined;
    try {
      loadConfig({ DOCKET_DATABASE_KEY: 'hunter2-short' });
    } catch (error) {
      refusal = error as DocketError;
    }
    expect(refusal?.errors).toEqual([
      { path: 'DOCKET_DATABASE_KEY', message: expect.stringMatching(/^must be at least 16 characters/) },
    ]);
    // The refused value is not echoed back.
    expect(JSON.stringify(refusal?.errors)).not.toContain('hunter2');
    expect(refusal?.message).not.toContain('hunter2');
  });
});

describe('an encrypted SQLite file', () => {
  it('does not start with the SQLite header and reads back with its key after migrations, in WAL mode', async () => {
    const first = openDatabase({ sqlitePath: path, key: KEY });
    try {
      await migrateToLatest(first);
      await writeNote(first, SENTINEL);
      const journal = await sql.raw<{ journal_mode: string }>('pragma journal_mode').execute(first.db);
      expect(journal.rows[0]?.journal_mode).toBe('wal');
      // Temporary files are not encrypted by the cipher layer, so they are kept in memory.
      const temp = await sql.raw<{ temp_store: number }>('pragma temp_store').execute(first.db);
      expect(temp.rows[0]?.temp_store).toBe(2);
    } finally {
      await first.close();
    }
    expect(readFileSync(path).subarray(0, 16).equals(PLAINTEXT_HEADER)).toBe(false);
    expect(isPlaintextSqliteFile(path)).toBe(false);

    const again = openDatabase({ sqlitePath: path, key: KEY });
    try {
      expect(await readNotes(again)).toEqual([SENTINEL]);
      expect(await pendingMigrations(again)).toEqual([]);
      expect(await migrateToLatest(again)).toEqual([]);
    } finally {
      await again.close();
    }
  });

  it('refuses to open without its key, or with another key, saying so', async () => {
    const database = openDatabase({ sqlitePath: path, key: KEY });
    await writeNote(database, SENTINEL);
    await database.close();

    expect(failure(() => openDatabase({ sqlitePath: path }))).toBe(
      `The database at ${path} is encrypted: set DOCKET_DATABASE_KEY to its key`,
    );
    expect(failure(() => openDatabase({ sqlitePath: path, key: OTHER_KEY }))).toBe(
      `DOCKET_DATABASE_KEY does not open ${path}`,
    );
    // Neither attempt damaged it.
    const again = openDatabase({ sqlitePath: path, key: KEY });
    expect(await readNotes(again)).toEqual([SENTINEL]);
    await again.close();
  });

  it('is not opened by a key when it is a plaintext database', async () => {
    const plain = openDatabase({ sqlitePath: path });
    await writeNote(plain, SENTINEL);
    await plain.close();
    expect(failure(() => openDatabase({ sqlitePath: path, key: KEY }))).toMatch(
      `The database at ${path} is not encrypted: unset DOCKET_DATABASE_KEY, or encrypt it first`,
    );
  });

  it('holds no plaintext in the file or its WAL (a plaintext database, the control, does)', async () => {
    for (const key of [KEY, undefined]) {
      const file = join(dir, key ? 'encrypted.sqlite' : 'plain.sqlite');
      const database = openDatabase({ sqlitePath: file, key });
      try {
        await writeNote(database, SENTINEL);
        // Still open: the committed row sits in the WAL until a checkpoint.
        expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
        expect(contains(`${file}-wal`, SENTINEL), `${file}-wal`).toBe(key === undefined);
      } finally {
        await database.close();
      }
      // Closing checkpoints the WAL into the file.
      expect(contains(file, SENTINEL), file).toBe(key === undefined);
      expect(readFileSync(file).subarray(0, 16).equals(PLAINTEXT_HEADER)).toBe(key === undefined);
    }
  });

  it('is what the configured database becomes when DOCKET_DATABASE_KEY is set, readable by the operator only', async () => {
    const config = loadConfig({ DOCKET_DATA_DIR: dir, DOCKET_DATABASE_KEY: KEY });
    const database = openConfiguredDatabase(config);
    try {
      await migrateToLatest(database);
      await writeNote(database, SENTINEL);
    } finally {
      await database.close();
    }
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(isPlaintextSqliteFile(path)).toBe(false);
    expect(contains(path, SENTINEL)).toBe(false);
    expect(failure(() => openConfiguredDatabase(loadConfig({ DOCKET_DATA_DIR: dir })))).toMatch(
      /is encrypted/,
    );
  });
});

describe('docket db encrypt / decrypt', () => {
  /** Runs `docket db …` in-process with DOCKET_DATA_DIR set to the test's directory; returns stdout. */
  async function docketDb(env: NodeJS.ProcessEnv, ...args: string[]): Promise<string> {
    const program = new Command().exitOverride();
    registerDbCommands(program, (): Config => loadConfig({ DOCKET_DATA_DIR: dir, ...env }));
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      await program.parseAsync(['db', ...args], { from: 'user' });
    } finally {
      spy.mockRestore();
    }
    return written.join('');
  }
  const rejection = (promise: Promise<unknown>) =>
    promise.then(
      () => 'resolved',
      (error: Error) => error.message,
    );

  it('encrypts a plaintext database in place and decrypts it back, keeping its data', async () => {
    const plain = openDatabase({ sqlitePath: path });
    await migrateToLatest(plain);
    await writeNote(plain, SENTINEL);
    await plain.close();
    expect(contains(path, SENTINEL)).toBe(true);

    const encrypted = await docketDb({ DOCKET_DATABASE_KEY: KEY }, 'encrypt');
    expect(encrypted).toContain(`Encrypted the database at ${path}`);
    expect(encrypted).not.toContain(KEY);
    expect(isPlaintextSqliteFile(path)).toBe(false);
    expect(contains(path, SENTINEL)).toBe(false);
    expect(existsSync(`${path}-journal`)).toBe(false);
    expect(failure(() => openDatabase({ sqlitePath: path }))).toMatch(/is encrypted/);
    const locked = openDatabase({ sqlitePath: path, key: KEY });
    try {
      expect(await readNotes(locked)).toEqual([SENTINEL]);
      expect(await pendingMigrations(locked)).toEqual([]);
      const journal = await sql.raw<{ journal_mode: string }>('pragma journal_mode').execute(locked.db);
      expect(journal.rows[0]?.journal_mode).toBe('wal');
    } finally {
      await locked.close();
    }

    expect(await rejection(docketDb({ DOCKET_DATABASE_KEY: KEY }, 'encrypt'))).toMatch(
      /is already encrypted/,
    );
    expect(await rejection(docketDb({ DOCKET_DATABASE_KEY: OTHER_KEY }, 'decrypt'))).toBe(
      `DOCKET_DATABASE_KEY does not open ${path}`,
    );

    expect(await docketDb({ DOCKET_DATABASE_KEY: KEY }, 'decrypt')).toContain(
      `Decrypted the database at ${path}`,
    );
    expect(isPlaintextSqliteFile(path)).toBe(true);
    const reopened = openDatabase({ sqlitePath: path });
    try {
      expect(await readNotes(reopened)).toEqual([SENTINEL]);
    } finally {
      await reopened.close();
    }
    expect(await rejection(docketDb({ DOCKET_DATABASE_KEY: KEY }, 'decrypt'))).toMatch(/is not encrypted/);
  });

  it('refuses while the database is open elsewhere, without a key, on PostgreSQL, or with no database', async () => {
    expect(await rejection(docketDb({ DOCKET_DATABASE_KEY: KEY }, 'encrypt'))).toBe(`No database at ${path}`);
    const open = openDatabase({ sqlitePath: path });
    try {
      await writeNote(open, SENTINEL);
      expect(await rejection(docketDb({ DOCKET_DATABASE_KEY: KEY }, 'encrypt'))).toMatch(
        `The database at ${path} is in use: stop the server`,
      );
      expect(await readNotes(open)).toEqual([SENTINEL]);
    } finally {
      await open.close();
    }
    expect(isPlaintextSqliteFile(path)).toBe(true);
    expect(await rejection(docketDb({}, 'encrypt'))).toMatch(/set DOCKET_DATABASE_KEY/);
    expect(
      await rejection(
        docketDb({ DOCKET_DATABASE_KEY: KEY, DOCKET_DATABASE_URL: 'postgres://localhost/docket' }, 'encrypt'),
      ),
    ).toMatch(/SQLite file only/);
  });
});
