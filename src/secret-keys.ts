import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  generateSecretKey,
  type Keyring,
  keyringOf,
  type SecretKey,
  secretKeyFrom,
} from './core/secret-box.ts';

/**
 * Where the keys that seal secret field values come from: DOCKET_SECRET_KEY (plus
 * DOCKET_SECRET_KEY_PREVIOUS during a rotation) when the operator manages keys, otherwise a key file
 * in the data directory that Docket creates on first use and rotates on `docket keys rotate`.
 */

const ENV_KEY = 'DOCKET_SECRET_KEY';
const ENV_PREVIOUS = 'DOCKET_SECRET_KEY_PREVIOUS';
const KEY_FILE = 'secret-keys.json';
const KEY_FORM = '32 bytes as 64 hex characters or base64/base64url (e.g. `openssl rand -base64 32`)';

const keyFileSchema = z.object({
  version: z.literal(1),
  current: z.string().regex(/^[0-9a-f]{12}$/, 'must be a key id (12 hex characters)'),
  keys: z
    .array(
      z.object({
        id: z.string(),
        key: z.string().refine((text) => decodeKey(text) !== null, 'must be 32 bytes in base64'),
        createdAt: z.iso.datetime(),
      }),
    )
    .min(1, 'must hold at least one key'),
});

type KeyFile = z.infer<typeof keyFileSchema>;

export function keySource(env: NodeJS.ProcessEnv): 'environment' | 'file' {
  return env[ENV_KEY]?.trim() ? 'environment' : 'file';
}

export function loadKeyring(options: { env: NodeJS.ProcessEnv; dataDir: string }): Keyring {
  const { env, dataDir } = options;
  if (keySource(env) === 'file') {
    // Silently ignoring old keys would only surface later, as values that no longer open.
    if (env[ENV_PREVIOUS]?.trim()) throw new Error(`${ENV_PREVIOUS} is set but ${ENV_KEY} is not`);
    return keyringFromFile(readOrCreateKeyFile(dataDir));
  }
  const current = keyFromEnv(env[ENV_KEY] ?? '', ENV_KEY);
  const previous = (env[ENV_PREVIOUS] ?? '')
    .split(',')
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .map((text, index) => keyFromEnv(text, `${ENV_PREVIOUS} (entry ${index + 1})`));
  return keyringOf(current, previous);
}

/**
 * Adds a fresh key and makes it current, keeping the old ones so existing values still open. When a
 * rotation is already pending (more than one key) it adds nothing, so an interrupted rotation resumes.
 */
export function beginKeyFileRotation(dataDir: string): Keyring {
  const file = readOrCreateKeyFile(dataDir);
  if (file.keys.length > 1) return keyringFromFile(file);
  const fresh = generateSecretKey();
  const rotated: KeyFile = { ...file, current: fresh.id, keys: [...file.keys, fileEntry(fresh)] };
  writeAtomically(dataDir, rotated);
  return keyringFromFile(rotated);
}

/** Drops every key but the current one, once every value has been resealed with it. */
export function finishKeyFileRotation(dataDir: string): void {
  const file = readKeyFile(join(dataDir, KEY_FILE));
  if (!file) throw new Error(`there is no key file at ${join(dataDir, KEY_FILE)} to finish rotating`);
  writeAtomically(dataDir, { ...file, keys: file.keys.filter((entry) => entry.id === file.current) });
}

function keyFromEnv(text: string, name: string): SecretKey {
  const key = decodeKey(text.trim());
  // Never echo the value: it is the key, or a typo of it.
  if (!key) throw new Error(`${name} must be ${KEY_FORM}`);
  return secretKeyFrom(key);
}

/** 64 hex characters, or canonical base64/base64url of exactly 32 bytes; null for anything else. */
function decodeKey(text: string): Buffer | null {
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  const unpadded = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/_-]{43}$/.test(unpadded)) return null;
  const bytes = Buffer.from(unpadded, 'base64url');
  // Node ignores spare bits in the last character; a non-canonical key is more likely a typo.
  const canonical = bytes.toString('base64url');
  return canonical === unpadded.replaceAll('+', '-').replaceAll('/', '_') ? bytes : null;
}

function keyringFromFile(file: KeyFile): Keyring {
  const keys = file.keys.map((entry) => secretKeyFrom(decodeKey(entry.key) ?? Buffer.alloc(0)));
  const current = keys.find((key) => key.id === file.current);
  if (!current) throw new Error(`the key file's current key ${file.current} is not among its keys`);
  return keyringOf(current, keys);
}

function fileEntry(key: SecretKey): KeyFile['keys'][number] {
  return { id: key.id, key: key.key.toString('base64'), createdAt: new Date().toISOString() };
}

function readOrCreateKeyFile(dataDir: string): KeyFile {
  const path = join(dataDir, KEY_FILE);
  const existing = readKeyFile(path);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = generateSecretKey();
  const file: KeyFile = { version: 1, current: key.id, keys: [fileEntry(key)] };
  // Written in full under a temporary name, then linked into place: a hard link fails if the name
  // exists, so two first runs cannot overwrite each other's key, and nobody reads a half-written file.
  const temp = writeTempFile(dataDir, file);
  try {
    linkSync(temp, path);
    fsyncDirectory(dataDir);
    return file;
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    const winner = readKeyFile(path);
    if (!winner) throw error;
    return winner;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** The key file's content, or null when there is none; refuses a file others can read. */
function readKeyFile(path: string): KeyFile | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  let text: string;
  try {
    // Checked on the open descriptor, so the file read is the file checked.
    const mode = fstatSync(fd).mode & 0o777;
    if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
      throw new Error(
        `${path} holds the keys to secret values but its permissions are ${mode.toString(8)}; ` +
          `run \`chmod 600 ${path}\``,
      );
    }
    text = readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
  return parseKeyFile(path, text);
}

function parseKeyFile(path: string, text: string): KeyFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // JSON.parse quotes the text around the error, which could be key material.
    throw new Error(`${path} is not valid JSON; restore it from a backup`);
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(`${path} is not a valid Docket key file (${issues.join('; ')})`);
  }
  const file = parsed.data;
  for (const entry of file.keys) {
    // A hand-edited or damaged entry would otherwise surface later as values that no longer open.
    const actualId = secretKeyFrom(decodeKey(entry.key) ?? Buffer.alloc(0)).id;
    if (entry.id !== actualId) throw new Error(`${path}: key ${entry.id} does not match its id`);
  }
  if (!file.keys.some((entry) => entry.id === file.current)) {
    throw new Error(`${path}: the current key ${file.current} is not among its keys`);
  }
  return file;
}

/** Replaces the key file so that a crash leaves either the old file or the new one, never a mix. */
function writeAtomically(dataDir: string, file: KeyFile): void {
  const temp = writeTempFile(dataDir, file);
  try {
    renameSync(temp, join(dataDir, KEY_FILE));
    fsyncDirectory(dataDir);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Creates a 0600 file beside the key file ('wx' with the mode, so it is never readable by others). */
function writeTempFile(dataDir: string, file: KeyFile): string {
  const temp = join(dataDir, `.${KEY_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeFileSync(fd, `${JSON.stringify(file, null, 2)}\n`);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  return temp;
}

/** Makes a rename or link durable; some platforms cannot open a directory, and there it is skipped. */
function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: the file itself is already on disk.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
