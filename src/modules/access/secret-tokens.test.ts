import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  hashSecret,
  newApiToken,
  newSessionToken,
  parseApiToken,
  timingSafeEqualHex,
} from './secret-tokens.ts';

describe('newSessionToken', () => {
  it('is 32 random bytes in base64url', () => {
    const token = newSessionToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });

  it('differs every time', () => {
    expect(new Set(Array.from({ length: 100 }, newSessionToken)).size).toBe(100);
  });
});

describe('hashSecret', () => {
  it('is the SHA-256 hex of the token exactly as given', () => {
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const token = newSessionToken();
    expect(hashSecret(token)).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hashSecret(`${token} `)).not.toBe(hashSecret(token));
  });
});

describe('newApiToken', () => {
  it('is dkt_ + an 8-character public id + _ + a 43-character secret', () => {
    const { token, prefix } = newApiToken();
    expect(token).toMatch(/^dkt_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(`dkt_${prefix}_`)).toBe(true);
    expect(Buffer.from(token.slice(13), 'base64url')).toHaveLength(32);
  });

  it('gives distinct ids and secrets', () => {
    const tokens = Array.from({ length: 100 }, newApiToken);
    expect(new Set(tokens.map((t) => t.prefix)).size).toBe(100);
    expect(new Set(tokens.map((t) => t.token.slice(13))).size).toBe(100);
  });

  it('parses back to its own public id', () => {
    const { token, prefix } = newApiToken();
    expect(parseApiToken(token)).toEqual({ prefix });
  });
});

describe('parseApiToken', () => {
  const secret = 'A'.repeat(43);
  it.each([
    [`dkt_abcd1234_${secret}`, { prefix: 'abcd1234' }],
    [`dkt_abcd1234_${'-_'.repeat(21)}x`, { prefix: 'abcd1234' }],
    [`dkt_abcd1234_${secret}A`, null],
    [`dkt_abcd1234_${secret.slice(1)}`, null],
    [`dkt_ABCD1234_${secret}`, null],
    [`dkt_abcd123_${secret}`, null],
    [`xyz_abcd1234_${secret}`, null],
    [`dkt_abcd1234-${secret}`, null],
    [`dkt_abcd1234_${secret}\n`, null],
    [` dkt_abcd1234_${secret}`, null],
    [`dkt_abcd1234_${secret.slice(1)}=`, null],
    ['', null],
    [newSessionToken(), null],
  ])('%j → %j', (text, expected) => {
    expect(parseApiToken(text)).toEqual(expected);
  });
});

describe('timingSafeEqualHex', () => {
  const digest = hashSecret('a token');
  it.each([
    ['the same digest', digest, digest, true],
    ['the same digest in upper case', digest, digest.toUpperCase(), true],
    ['another digest', digest, hashSecret('another token'), false],
    ['one digit off at the end', digest, `${digest.slice(0, -1)}${digest.endsWith('0') ? '1' : '0'}`, false],
    ['a shorter string', digest, digest.slice(0, -2), false],
    ['non-hex of the same length', digest, 'z'.repeat(64), false],
    ['an odd length', 'abc', 'abc', false],
    ['two empty strings', '', '', true],
  ])('%s → %s', (_, a, b, expected) => {
    expect(timingSafeEqualHex(a, b)).toBe(expected);
  });
});
