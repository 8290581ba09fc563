import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Authenticated encryption of "secret" field values with AES-256-GCM. Pure: the keys come in as a
 * keyring, loaded elsewhere (`src/secret-keys.ts`). A sealed value is one compact string,
 * `dks1.<keyId>.<iv>.<ciphertext+tag>` (base64url parts), so it fits in any text column or JSON
 * document and names the key that opens it, which lets a rotation keep old values readable.
 */

/** Version tag of the format; a later format gets a new tag so old values stay readable. */
const PREFIX = 'dks1';
const KEY_BYTES = 32;
// 96-bit IVs are what GCM is designed for; random ones are safe far beyond any realistic volume of
// values under one key (NIST SP 800-38D allows 2^32 per key).
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID = /^[0-9a-f]{12}$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export interface SecretKey {
  /** First 12 hex characters of the SHA-256 of the key bytes: names the key without revealing it. */
  id: string;
  key: Buffer;
}

export interface Keyring {
  /** The key new values are sealed with. */
  current: SecretKey;
  /** Every key that may open a value, the current one included, by id. */
  all: ReadonlyMap<string, SecretKey>;
}

export type SecretBoxFailure = 'malformed' | 'unknown-key' | 'authentication' | 'invalid-plaintext';

/** Raised when a value cannot be sealed or opened; the message never holds plaintext or key bytes. */
export class SecretBoxError extends Error {
  readonly reason: SecretBoxFailure;

  constructor(reason: SecretBoxFailure, message: string) {
    super(message);
    this.name = 'SecretBoxError';
    this.reason = reason;
  }
}

export function secretKeyFrom(key: Buffer): SecretKey {
  if (key.length !== KEY_BYTES) {
    throw new Error(`a secret key must be exactly ${KEY_BYTES} bytes, got ${key.length}`);
  }
  // A copy, so a caller reusing its buffer cannot change the key under the keyring.
  const bytes = Buffer.from(key);
  return { id: createHash('sha256').update(bytes).digest('hex').slice(0, 12), key: bytes };
}

export function generateSecretKey(): SecretKey {
  return secretKeyFrom(randomBytes(KEY_BYTES));
}

export function keyringOf(current: SecretKey, others: SecretKey[]): Keyring {
  const all = new Map<string, SecretKey>();
  for (const key of others) all.set(key.id, key);
  all.set(current.id, current);
  return { current, all };
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(`${PREFIX}.`);
}

/** The id of the key a value was sealed with, or null when it is not a well-formed sealed value. */
export function sealedKeyId(sealed: string): string | null {
  return parse(sealed)?.keyId ?? null;
}

export function seal(keyring: Keyring, plaintext: string, context: string): string {
  // UTF-8 would silently turn a lone surrogate into U+FFFD, so the value opened would differ.
  if (/\p{Surrogate}/u.test(plaintext)) {
    throw new SecretBoxError('invalid-plaintext', 'cannot seal text that is not valid Unicode');
  }
  const { id, key } = keyring.current;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(id, context));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return [PREFIX, id, iv.toString('base64url'), body.toString('base64url')].join('.');
}

export function open(keyring: Keyring, sealed: string, context: string): string {
  const parts = parse(sealed);
  if (!parts)
    throw new SecretBoxError('malformed', 'not a sealed secret value (expected dks1.<key>.<iv>.<data>)');
  const secretKey = keyring.all.get(parts.keyId);
  if (!secretKey) {
    throw new SecretBoxError(
      'unknown-key',
      `sealed with key ${parts.keyId}, which this keyring does not hold — ` +
        'was DOCKET_SECRET_KEY changed without `docket keys rotate`?',
    );
  }
  const decipher = createDecipheriv('aes-256-gcm', secretKey.key, parts.iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(additionalData(parts.keyId, context));
  decipher.setAuthTag(parts.body.subarray(parts.body.length - TAG_BYTES));
  try {
    const ciphertext = parts.body.subarray(0, parts.body.length - TAG_BYTES);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretBoxError(
      'authentication',
      `secret value sealed with key ${parts.keyId} failed authentication: it was altered, or belongs to another record`,
    );
  }
}

/**
 * The context (e.g. `person:<id>`) is what stops a sealed value being copied onto another record;
 * the format tag and key id ride along so no part of the header can be swapped either. The key id
 * has a fixed length, so the concatenation is unambiguous.
 */
function additionalData(keyId: string, context: string): Buffer {
  return Buffer.from(`${PREFIX}.${keyId}.${context}`, 'utf8');
}

interface SealedParts {
  keyId: string;
  iv: Buffer;
  body: Buffer;
}

function parse(sealed: string): SealedParts | null {
  const parts = sealed.split('.');
  if (parts.length !== 4) return null;
  const [prefix, keyId, ivText, bodyText] = parts;
  if (prefix !== PREFIX || keyId === undefined || !KEY_ID.test(keyId)) return null;
  const iv = decodeBase64url(ivText);
  const body = decodeBase64url(bodyText);
  if (!iv || iv.length !== IV_BYTES || !body || body.length < TAG_BYTES) return null;
  return { keyId, iv, body };
}

/** Strict: Node ignores stray characters and spare bits, which would let an altered value pass. */
function decodeBase64url(text: string | undefined): Buffer | null {
  if (text === undefined || !BASE64URL.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}
