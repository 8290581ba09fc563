import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  hashRecoveryCode,
  newRecoveryCode,
  newRecoveryCodes,
  normalizeRecoveryCode,
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_BITS,
} from './recovery-codes.ts';

const FORMAT = /^[a-km-np-z2-9]{4}(-[a-km-np-z2-9]{4}){5}$/;

describe('newRecoveryCodes', () => {
  it('gives ten distinct codes in groups of four', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(FORMAT);
  });

  it('carries at least 112 bits each, enough for a plain SHA-256 (ASVS V6.5.2)', () => {
    expect(RECOVERY_CODE_ALPHABET).toHaveLength(32);
    expect(new Set(RECOVERY_CODE_ALPHABET).size).toBe(32);
    expect(RECOVERY_CODE_BITS).toBe(120);
    expect(RECOVERY_CODE_BITS).toBeGreaterThanOrEqual(112);
  });

  it('avoids the look-alikes 0, o, 1 and l', () => {
    for (const ambiguous of '0o1l') expect(RECOVERY_CODE_ALPHABET).not.toContain(ambiguous);
  });

  it('uses every symbol of the alphabet, about evenly', () => {
    const counts = new Map<string, number>();
    const draws = 400;
    for (let i = 0; i < draws; i++) {
      for (const symbol of newRecoveryCode().replaceAll('-', ''))
        counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    }
    // 9,600 symbols over 32 letters: 300 each expected; ±40% is far outside chance.
    expect(counts.size).toBe(32);
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(180);
      expect(count).toBeLessThan(420);
    }
  });
});

describe('normalizeRecoveryCode', () => {
  it.each([
    ['abcd-efgh-ijkm-npqr-stuv-wxyz', 'abcdefghijkmnpqrstuvwxyz'],
    ['ABCD-EFGH-IJKM-NPQR-STUV-WXYZ', 'abcdefghijkmnpqrstuvwxyz'],
    ['  abcd efgh ijkm npqr stuv wxyz ', 'abcdefghijkmnpqrstuvwxyz'],
    ['abcdefghijkmnpqrstuvwxyz', 'abcdefghijkmnpqrstuvwxyz'],
    ['abcd–efgh—ijkm‐npqr − stuv\twxyz', 'abcdefghijkmnpqrstuvwxyz'],
  ])('%j → %j', (typed, expected) => {
    expect(normalizeRecoveryCode(typed)).toBe(expected);
  });
});

describe('hashRecoveryCode', () => {
  it('is the SHA-256 hex of the normalized code', () => {
    const code = newRecoveryCode();
    const expected = createHash('sha256').update(code.replaceAll('-', '')).digest('hex');
    expect(hashRecoveryCode(code)).toBe(expected);
    expect(hashRecoveryCode(code)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('matches however the code was typed, and only that code', () => {
    const code = newRecoveryCode();
    const typed = code.toUpperCase().replaceAll('-', ' ');
    expect(hashRecoveryCode(typed)).toBe(hashRecoveryCode(code));
    const other = newRecoveryCode();
    expect(hashRecoveryCode(other)).not.toBe(hashRecoveryCode(code));
  });
});
