import { createHash, randomInt } from 'node:crypto';

/**
 * Single-use recovery codes, the fallback when the authenticator is lost (ASVS 5.0 "lookup secrets").
 *
 * Each code is 24 characters from a 32-letter alphabet, so 120 bits from the system CSPRNG (V6.5.3).
 * That size is what lets them be stored as a plain SHA-256: V6.5.2 allows a standard hash only for
 * lookup secrets of 112 bits or more (shorter ones need a salted password hash, which would also
 * rule out finding a code by its hash). At 120 bits nobody can enumerate candidates, so a slow hash
 * would add nothing. Shown in groups of four, like Apple's 28-character recovery key, to stay easy
 * to read and type.
 */

export const RECOVERY_CODE_COUNT = 10;
/** Lowercase letters and digits without the look-alikes 0/o and 1/l, so 32 symbols: 5 bits each. */
export const RECOVERY_CODE_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_GROUPS = 6;
export const RECOVERY_CODE_GROUP_LENGTH = 4;
export const RECOVERY_CODE_BITS =
  RECOVERY_CODE_GROUPS * RECOVERY_CODE_GROUP_LENGTH * Math.log2(RECOVERY_CODE_ALPHABET.length);

function randomGroup(): string {
  let group = '';
  // randomInt draws without modulo bias.
  for (let i = 0; i < RECOVERY_CODE_GROUP_LENGTH; i++) {
    group += RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)];
  }
  return group;
}

/** One recovery code as shown to the user: `xxxx-xxxx-xxxx-xxxx-xxxx-xxxx`. */
export function newRecoveryCode(): string {
  return Array.from({ length: RECOVERY_CODE_GROUPS }, randomGroup).join('-');
}

/** A fresh set of ten codes, shown once; only their hashes are kept. */
export function newRecoveryCodes(): string[] {
  const codes = new Set<string>();
  // A repeat is astronomically unlikely at 120 bits, but a set of ten must be ten.
  while (codes.size < RECOVERY_CODE_COUNT) codes.add(newRecoveryCode());
  return [...codes];
}

/**
 * The code as compared: lower case, without spaces or dashes (typographic ones included, as a code
 * pasted from a word processor has them), so however it was typed it hashes the same.
 */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s\-\u2010-\u2015\u2212]+/g, '');
}

/** SHA-256 hex of the normalized code: what the database stores and looks codes up by. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(code), 'utf8').digest('hex');
}
