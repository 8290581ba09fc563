import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Bearer secrets: session tokens, single-use link tokens and API tokens. Each carries 256 random
 * bits, so the database keeps only a SHA-256 of it: a stolen table yields nothing usable, and with
 * that much entropy a slow password hash would add nothing (ASVS 5.0 V6.5.2 allows a standard hash
 * from 112 bits).
 */

const SECRET_BYTES = 32;

/** 32 random bytes, base64url without padding: 43 characters, safe in cookies and URLs. */
export function newSessionToken(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

/** SHA-256 hex of a token as received: what the database stores and looks tokens up by. */
export function hashSecret(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export const API_TOKEN_PREFIX = 'dkt_';
const PUBLIC_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const PUBLIC_ID_LENGTH = 8;
// 32 bytes in base64url are 43 characters.
const API_TOKEN_PATTERN = /^dkt_([a-z0-9]{8})_[A-Za-z0-9_-]{43}$/;

/**
 * A new API token, `dkt_` + 8-character public id + `_` + 43-character secret. The fixed `dkt_`
 * start lets secret scanners and people recognise a leaked Docket token; `prefix` (the public id)
 * is stored in clear to list tokens and find the row, while the whole token is only ever stored
 * hashed. The public id is only an index (about 41 bits); guessing it gains nothing without the
 * secret, and the store should still keep it unique.
 */
export function newApiToken(): { token: string; prefix: string } {
  let prefix = '';
  for (let i = 0; i < PUBLIC_ID_LENGTH; i++)
    prefix += PUBLIC_ID_ALPHABET[randomInt(PUBLIC_ID_ALPHABET.length)];
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return { token: `${API_TOKEN_PREFIX}${prefix}_${secret}`, prefix };
}

/**
 * The public id of a well-formed API token, or null for anything else. The text is taken exactly
 * (no trimming), since callers hash that same text to check it. Says nothing about whether the
 * token is valid: compare its hash for that.
 */
export function parseApiToken(text: string): { prefix: string } | null {
  const prefix = API_TOKEN_PATTERN.exec(text)?.[1];
  return prefix ? { prefix } : null;
}

const HEX = /^(?:[0-9a-f]{2})*$/i;

/**
 * Whether two hex digests are equal, in time that does not depend on where they first differ.
 * Different lengths or non-hex input are unequal (length is not secret: digests have fixed size).
 */
export function timingSafeEqualHex(a: string, b: string): boolean {
  if (a.length !== b.length || !HEX.test(a) || !HEX.test(b)) return false;
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}
