/**
 * `docket keys status|rotate` end to end, the program run in-process (test/cli/cli.test.ts spawns
 * the real executable), against a fresh SQLite data directory holding a person with secret
 * whereabouts, rotating first the key file, then keys the operator manages in DOCKET_SECRET_KEY.
 */

import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, runDocketInProcess } from '../support/docket-cli.ts';

interface KeyFile {
  current: string;
  keys: Array<{ id: string; key: string }>;
}

const WHEREABOUTS = `SENTINEL-hideout-${randomBytes(6).toString('hex')}`;

describe('docket keys', { timeout: 120_000 }, () => {
  let dataDir = '';
  let personId = '';
  const keyFilePath = () => join(dataDir, 'secret-keys.json');
  const readKeyFile = async () => JSON.parse(await readFile(keyFilePath(), 'utf8')) as KeyFile;

  /** The person's row as the database file holds it (no CLI runs meanwhile). */
  function storedPerson(): { id: string; whereabouts: string | null; sealed: string | null } {
    const database = new Database(join(dataDir, 'docket.sqlite'));
    try {
      return database.prepare('select id, whereabouts, sealed from persons').get() as {
        id: string;
        whereabouts: string | null;
        sealed: string | null;
      };
    } finally {
      database.close();
    }
  }

  async function showWhereabouts(env: Record<string, string>): Promise<unknown> {
    const shown = await runDocketInProcess(['persons', 'show', personId, '--json'], env);
    expect(shown.code, shown.stderr).toBe(0);
    return (JSON.parse(shown.stdout) as { person: { whereabouts: unknown } }).person.whereabouts;
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'docket-keys-'));
    const csv = join(dataDir, 'people.csv');
    const mapping = join(dataDir, 'mapping.json');
    await writeFile(csv, `No.,Full name,Where\r\nP-1,Жанболат Мамай,${WHEREABOUTS}\r\n`);
    await writeFile(
      mapping,
      JSON.stringify({ columns: { 'No.': 'ref', 'Full name': 'names.0.text', Where: 'whereabouts' } }),
    );
    const imported = await runDocketInProcess(
      ['import', csv, '--type', 'persons', '--mapping', mapping],
      baseEnv({ DOCKET_DATA_DIR: dataDir }),
    );
    expect(imported.stdout, imported.stderr).toBe('persons: created 1, updated 0, left 0 unchanged\n');
    const row = storedPerson();
    personId = row.id;
    expect(row.whereabouts).toBeNull();
    expect(row.sealed).toMatch(/^dks1\./);
  }, 60_000);

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('rotates the key file: one new key, 0600, and the value still reads', async () => {
    const env = baseEnv({ DOCKET_DATA_DIR: dataDir });
    const before = await readKeyFile();
    expect(before.keys.map((k) => k.id)).toEqual([before.current]);

    const status = await runDocketInProcess(['keys', 'status'], env);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stdout).toBe(
      'Key source: the key file in the data directory\n' +
        `Current key: ${before.current}\n` +
        `  ${before.current} (current): 1 record(s), 1 revision(s)\n`,
    );

    const rotated = await runDocketInProcess(['keys', 'rotate'], env);
    expect(rotated.code, rotated.stderr).toBe(0);
    const after = await readKeyFile();
    expect(after.keys).toHaveLength(1);
    expect(after.keys[0]?.id).toBe(after.current);
    expect(after.current).not.toBe(before.current);
    expect(after.keys[0]?.key).not.toBe(before.keys[0]?.key);
    expect(rotated.stdout).toBe(
      `Re-encrypted 1 record(s) and 1 revision(s) under key ${after.current}.\n` +
        'The old key is removed from the key file.\n',
    );
    expect((await stat(keyFilePath())).mode & 0o777).toBe(0o600);
    expect(storedPerson().sealed).toMatch(new RegExp(`^dks1\\.${after.current}\\.`));

    expect(await showWhereabouts(env)).toBe(WHEREABOUTS);
  });

  it('rotates onto DOCKET_SECRET_KEY with the old key in DOCKET_SECRET_KEY_PREVIOUS', async () => {
    const fileKey = (await readKeyFile()).keys[0]?.key;
    if (!fileKey) throw new Error('the key file holds no key');
    const newKey = randomBytes(32).toString('hex');
    const rotated = await runDocketInProcess(
      ['keys', 'rotate'],
      baseEnv({ DOCKET_DATA_DIR: dataDir, DOCKET_SECRET_KEY: newKey, DOCKET_SECRET_KEY_PREVIOUS: fileKey }),
    );
    expect(rotated.code, rotated.stderr).toBe(0);
    expect(rotated.stdout).toMatch(
      /^Re-encrypted 1 record\(s\) and 1 revision\(s\) under key [0-9a-f]{12}\.\nEvery value is under DOCKET_SECRET_KEY now: remove DOCKET_SECRET_KEY_PREVIOUS\.\n$/,
    );
    const newId = /under key ([0-9a-f]{12})/.exec(rotated.stdout)?.[1];
    expect(storedPerson().sealed).toMatch(new RegExp(`^dks1\\.${newId}\\.`));
    // The key file is left as it was: the environment manages the keys now.
    expect((await readKeyFile()).keys[0]?.key).toBe(fileKey);

    expect(await showWhereabouts(baseEnv({ DOCKET_DATA_DIR: dataDir, DOCKET_SECRET_KEY: newKey }))).toBe(
      WHEREABOUTS,
    );
  });
});
