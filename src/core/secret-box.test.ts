import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateSecretKey,
  isSealed,
  keyringOf,
  open,
  SecretBoxError,
  seal,
  sealedKeyId,
  secretKeyFrom,
} from './secret-box.ts';

const key = generateSecretKey();
const keyring = keyringOf(key, []);
const context = 'person:0190f3a0-0000-7000-8000-000000000001';

/** The error `work` throws, so a test can check both its class and its message. */
function errorOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

/** `sealed` with one character of part `index` replaced by another valid base64url character. */
function alterPart(sealed: string, index: number, at: number): string {
  const parts = sealed.split('.');
  const part = parts[index] ?? '';
  const position = at % part.length;
  const swapped = part[position] === 'A' ? 'B' : 'A';
  parts[index] = part.slice(0, position) + swapped + part.slice(position + 1);
  return parts.join('.');
}

describe('secretKeyFrom', () => {
  it('names a key by the start of its SHA-256', () => {
    const fixed = secretKeyFrom(Buffer.alloc(32, 0));
    // sha256 of 32 zero bytes: 66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925
    expect(fixed.id).toBe('66687aadf862');
  });

  it('rejects keys that are not 32 bytes', () => {
    expect(() => secretKeyFrom(Buffer.alloc(16))).toThrow('exactly 32 bytes, got 16');
    expect(() => secretKeyFrom(Buffer.alloc(33))).toThrow('exactly 32 bytes, got 33');
  });
});

describe('seal and open', () => {
  it.each(['hello', 'Жанаозен, 16 декабря', '🔐 секрет 🙂', '', 'a.b.c.d'])('round-trips %j', (text) => {
    const sealed = seal(keyring, text, context);
    expect(sealed).toMatch(/^dks1\.[0-9a-f]{12}\.[\w-]{16}\.[\w-]+$/);
    expect(open(keyring, sealed, context)).toBe(text);
  });

  it('round-trips any Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (text, ctx) => {
        expect(open(keyring, seal(keyring, text, ctx), ctx)).toBe(text);
      }),
    );
  });

  it('uses a fresh IV every time', () => {
    const sealed = Array.from({ length: 50 }, () => seal(keyring, 'same', context));
    const ivs = new Set(sealed.map((value) => value.split('.')[2]));
    expect(ivs.size).toBe(50);
  });

  it('refuses text with a lone surrogate, which UTF-8 cannot carry', () => {
    const error = errorOf(() => seal(keyring, 'a\uD800b', context));
    expect(error).toBeInstanceOf(SecretBoxError);
  });

  it('detects a change to any part', () => {
    const sealed = seal(keyring, 'the witness lives at…', context);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.nat(), (index, at) => {
        const error = errorOf(() => open(keyring, alterPart(sealed, index, at), context));
        expect(error).toBeInstanceOf(SecretBoxError);
      }),
    );
  });

  it('detects a changed ciphertext or tag as an authentication failure', () => {
    const sealed = seal(keyring, 'secret', context);
    for (const index of [2, 3]) {
      const error = errorOf(() => open(keyring, alterPart(sealed, index, 0), context));
      expect(error).toMatchObject({ name: 'SecretBoxError', reason: 'authentication' });
    }
  });

  it('will not open a value moved to another record', () => {
    const sealed = seal(keyring, 'passport 4815162342', 'person:1');
    const error = errorOf(() => open(keyring, sealed, 'person:2'));
    expect(error).toMatchObject({ reason: 'authentication' });
    expect(String(error)).not.toContain('4815162342');
  });

  it('rejects malformed values', () => {
    const sealed = seal(keyring, 'x', context);
    const [, id, iv, body] = sealed.split('.');
    const malformed = [
      '',
      'plain text',
      `dks2.${id}.${iv}.${body}`,
      `dks1.${id}.${iv}`,
      `dks1.${id}.${iv}.${body}.extra`,
      `dks1.XYZ.${iv}.${body}`,
      `dks1.${id}.${iv}A.${body}`, // IV not 12 bytes
      `dks1.${id}.${iv}.AAAA`, // shorter than the tag
      `dks1.${id}.${iv}.${body}=`, // not base64url
    ];
    for (const value of malformed) {
      expect(errorOf(() => open(keyring, value, context))).toMatchObject({ reason: 'malformed' });
    }
  });

  it('names an unknown key and suggests what happened', () => {
    const other = generateSecretKey();
    const sealed = seal(keyringOf(other, []), 'secret', context);
    const error = errorOf(() => open(keyring, sealed, context));
    expect(error).toBeInstanceOf(SecretBoxError);
    expect(error).toHaveProperty(
      'message',
      `sealed with key ${other.id}, which this keyring does not hold — ` +
        'was DOCKET_SECRET_KEY changed without `docket keys rotate`?',
    );
  });

  it('opens values sealed with an older key of the keyring, and seals with the current one', () => {
    const old = generateSecretKey();
    const sealedBefore = seal(keyringOf(old, []), 'secret', context);
    const rotated = keyringOf(generateSecretKey(), [old]);
    expect(open(rotated, sealedBefore, context)).toBe('secret');
    expect(sealedKeyId(seal(rotated, 'secret', context))).toBe(rotated.current.id);
  });

  it('never puts key bytes in error messages', () => {
    const sealed = seal(keyring, 'secret', context);
    const message = String(errorOf(() => open(keyring, sealed, 'elsewhere')));
    expect(message).not.toContain(key.key.toString('hex'));
    expect(message).not.toContain(key.key.toString('base64url'));
  });
});

describe('sealedKeyId and isSealed', () => {
  it('reads the key id of a sealed value', () => {
    expect(sealedKeyId(seal(keyring, 'x', context))).toBe(key.id);
    expect(sealedKeyId('dks1.nope')).toBeNull();
    expect(sealedKeyId('plain')).toBeNull();
  });

  it('recognizes sealed strings only', () => {
    expect(isSealed(seal(keyring, 'x', context))).toBe(true);
    expect(isSealed('dks1.')).toBe(true);
    expect(isSealed('plain')).toBe(false);
    expect(isSealed(42)).toBe(false);
    expect(isSealed(null)).toBe(false);
  });
});
