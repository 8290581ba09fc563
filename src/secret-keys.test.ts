import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { open, seal, secretKeyFrom } from './core/secret-box.ts';
import { beginKeyFileRotation, finishKeyFileRotation, keySource, loadKeyring } from './secret-keys.ts';

let root: string;
let dataDir: string;
const context = 'person:1';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'docket-keys-'));
  // Not created yet, so the first load has to create it.
  dataDir = join(root, 'data');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const keyFile = () => join(dataDir, 'secret-keys.json');
const fileLoad = () => loadKeyring({ env: {}, dataDir });
const modeOf = (path: string) => statSync(path).mode & 0o777;
const keysInFile = () => (JSON.parse(readFileSync(keyFile(), 'utf8')) as { keys: unknown[] }).keys.length;

describe('the key file', () => {
  it('is created on first use, readable by the owner only, in a 0700 directory', () => {
    const keyring = fileLoad();
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(keyFile())).toBe(0o600);
    const content = JSON.parse(readFileSync(keyFile(), 'utf8'));
    expect(content).toMatchObject({
      version: 1,
      current: keyring.current.id,
      keys: [{ id: keyring.current.id }],
    });
    expect(Date.parse(content.keys[0].createdAt)).not.toBeNaN();
    // No temporary file is left behind.
    expect(readdirSync(dataDir)).toEqual(['secret-keys.json']);
  });

  it('gives the same key on every load', () => {
    const first = fileLoad();
    const sealed = seal(first, 'secret', context);
    const second = fileLoad();
    expect(second.current.id).toBe(first.current.id);
    expect(open(second, sealed, context)).toBe('secret');
  });

  it('is refused when others can read it', () => {
    fileLoad();
    chmodSync(keyFile(), 0o644);
    expect(fileLoad).toThrow(`permissions are 644; run \`chmod 600 ${keyFile()}\``);
    chmodSync(keyFile(), 0o640);
    expect(fileLoad).toThrow('chmod 600');
  });

  it('is refused with a clear error when malformed, without quoting it', () => {
    fileLoad();
    const key = randomBytes(32).toString('base64');
    writeFileSync(keyFile(), `{"version": 1, "keys": ["${key}"`, { mode: 0o600 });
    const error = (() => {
      try {
        fileLoad();
      } catch (caught) {
        return String(caught);
      }
    })();
    expect(error).toContain('is not valid JSON');
    expect(error).not.toContain(key);

    writeFileSync(keyFile(), JSON.stringify({ version: 2, current: 'abc', keys: [] }));
    expect(fileLoad).toThrow(
      /not a valid Docket key file \(version: .*current: .*keys: must hold at least one key/,
    );

    const entry = { id: '000000000000', key, createdAt: new Date().toISOString() };
    writeFileSync(keyFile(), JSON.stringify({ version: 1, current: entry.id, keys: [entry] }));
    expect(fileLoad).toThrow('key 000000000000 does not match its id');
  });
});

describe('rotating the key file', () => {
  it('adds one key on begin, even when begun twice, and keeps old values readable', () => {
    const before = fileLoad();
    const sealed = seal(before, 'secret', context);
    const begun = beginKeyFileRotation(dataDir);
    expect(begun.current.id).not.toBe(before.current.id);
    expect(begun.all.size).toBe(2);
    expect(open(begun, sealed, context)).toBe('secret');

    const resumed = beginKeyFileRotation(dataDir);
    expect(resumed.current.id).toBe(begun.current.id);
    expect(keysInFile()).toBe(2);
    expect(fileLoad().current.id).toBe(begun.current.id);
    expect(modeOf(keyFile())).toBe(0o600);
  });

  it('keeps only the current key on finish', () => {
    fileLoad();
    const begun = beginKeyFileRotation(dataDir);
    finishKeyFileRotation(dataDir);
    expect(keysInFile()).toBe(1);
    const after = fileLoad();
    expect(after.current.id).toBe(begun.current.id);
    expect([...after.all.keys()]).toEqual([begun.current.id]);
    expect(modeOf(keyFile())).toBe(0o600);
    expect(readdirSync(dataDir)).toEqual(['secret-keys.json']);
  });

  it('cannot finish without a key file', () => {
    expect(() => finishKeyFileRotation(dataDir)).toThrow('no key file');
  });
});

describe('keys from the environment', () => {
  const bytes = randomBytes(32);
  const expectedId = secretKeyFrom(bytes).id;

  it.each([
    ['hex', bytes.toString('hex')],
    ['upper-case hex', bytes.toString('hex').toUpperCase()],
    ['base64', bytes.toString('base64')],
    ['base64url', bytes.toString('base64url')],
  ])('accepts %s', (_, value) => {
    const env = { DOCKET_SECRET_KEY: value };
    expect(keySource(env)).toBe('environment');
    expect(loadKeyring({ env, dataDir }).current.id).toBe(expectedId);
    // The key file is not touched when the environment holds the key.
    expect(() => statSync(dataDir)).toThrow();
  });

  it('rejects a bad value without echoing it', () => {
    for (const value of [
      'hunter2-not-a-key',
      bytes.toString('hex').slice(2),
      randomBytes(24).toString('base64'),
    ]) {
      const load = () => loadKeyring({ env: { DOCKET_SECRET_KEY: value }, dataDir });
      expect(load).toThrow('DOCKET_SECRET_KEY must be 32 bytes as 64 hex characters or base64');
      expect(load).not.toThrow(value);
    }
  });

  it('opens old values with DOCKET_SECRET_KEY_PREVIOUS', () => {
    const old = randomBytes(32);
    const older = randomBytes(32);
    const sealedOld = seal(
      loadKeyring({ env: { DOCKET_SECRET_KEY: old.toString('hex') }, dataDir }),
      'a',
      context,
    );
    const sealedOlder = seal(
      loadKeyring({ env: { DOCKET_SECRET_KEY: older.toString('hex') }, dataDir }),
      'b',
      context,
    );
    const env = {
      DOCKET_SECRET_KEY: bytes.toString('base64'),
      DOCKET_SECRET_KEY_PREVIOUS: `${old.toString('hex')}, ${older.toString('base64url')}`,
    };
    const keyring = loadKeyring({ env, dataDir });
    expect(keyring.current.id).toBe(expectedId);
    expect(open(keyring, sealedOld, context)).toBe('a');
    expect(open(keyring, sealedOlder, context)).toBe('b');
  });

  it('names the bad entry of DOCKET_SECRET_KEY_PREVIOUS', () => {
    const env = {
      DOCKET_SECRET_KEY: bytes.toString('hex'),
      DOCKET_SECRET_KEY_PREVIOUS: `${bytes.toString('hex')},oops`,
    };
    expect(() => loadKeyring({ env, dataDir })).toThrow(
      'DOCKET_SECRET_KEY_PREVIOUS (entry 2) must be 32 bytes',
    );
  });

  it('treats an empty DOCKET_SECRET_KEY as unset, but not a lone DOCKET_SECRET_KEY_PREVIOUS', () => {
    expect(keySource({ DOCKET_SECRET_KEY: '' })).toBe('file');
    expect(loadKeyring({ env: { DOCKET_SECRET_KEY: '' }, dataDir }).current.id).toMatch(/^[0-9a-f]{12}$/);
    const env = { DOCKET_SECRET_KEY_PREVIOUS: bytes.toString('hex') };
    expect(() => loadKeyring({ env, dataDir })).toThrow(
      'DOCKET_SECRET_KEY_PREVIOUS is set but DOCKET_SECRET_KEY is not',
    );
  });
});
