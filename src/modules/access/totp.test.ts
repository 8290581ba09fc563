import { Secret, URI } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { checkTotp, newTotpSecret, normalizeTotpCode, totpCode, totpStep, totpUri } from './totp.ts';

/** RFC 6238 appendix B: the ASCII key "12345678901234567890" for SHA-1, in base32. */
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const at = (seconds: number) => new Date(seconds * 1000);

describe('newTotpSecret', () => {
  it('is 160 random bits in unpadded base32', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(Secret.fromBase32(secret).bytes).toHaveLength(20);
  });

  it('differs every time', () => {
    const secrets = new Set(Array.from({ length: 50 }, newTotpSecret));
    expect(secrets.size).toBe(50);
  });
});

describe('totpUri', () => {
  it('names the issuer and account and sets SHA1, 6 digits, 30 s', () => {
    const uri = new URL(totpUri({ secret: RFC_SECRET, account: 'aigerim@example.org' }));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Docket:aigerim@example.org');
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      secret: RFC_SECRET,
      issuer: 'Docket',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    });
  });

  it('takes another issuer and round-trips through an authenticator-style parser', () => {
    const parsed = URI.parse(totpUri({ secret: RFC_SECRET, account: 'Ақжол Нұр', issuer: 'Docket staging' }));
    expect(parsed.issuer).toBe('Docket staging');
    expect(parsed.label).toBe('Ақжол Нұр');
    expect(parsed.secret.base32).toBe(RFC_SECRET);
  });
});

describe('totpCode', () => {
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ])('matches the RFC 6238 SHA-1 vector at %i s', (seconds, code) => {
    expect(totpCode(RFC_SECRET, at(seconds))).toBe(code);
  });

  it('changes every 30 seconds', () => {
    expect(totpStep(at(0))).toBe(0);
    expect(totpStep(at(29.999))).toBe(0);
    expect(totpStep(at(30))).toBe(1);
    expect(() => totpStep(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('normalizeTotpCode', () => {
  it.each([
    ['287082', '287082'],
    [' 287082 ', '287082'],
    ['287 082', '287082'],
    ['28708', null],
    ['2870822', null],
    ['28708a', null],
    ['', null],
    ['２８７０８２', null],
    ['-28708', null],
  ])('%j → %j', (typed, expected) => {
    expect(normalizeTotpCode(typed)).toBe(expected);
  });
});

describe('checkTotp', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-03-08T10:00:10Z');
  const step = totpStep(now);
  const codeAt = (offsetSteps: number) => totpCode(secret, at((step + offsetSteps) * 30 + 5));

  it.each([
    ['the current step', 0, true],
    ['one step behind (a slow phone clock)', -1, true],
    ['one step ahead (a fast phone clock)', 1, true],
    ['two steps behind', -2, false],
    ['two steps ahead', 2, false],
  ])('%s: accepted %s', (_, offset, accepted) => {
    const result = checkTotp({ secret, code: codeAt(offset), now, lastUsedStep: null });
    expect(result).toEqual(accepted ? { ok: true, step: step + offset } : { ok: false });
  });

  it('accepts a code typed with spaces', () => {
    const code = codeAt(0);
    const spaced = ` ${code.slice(0, 3)} ${code.slice(3)} `;
    expect(checkTotp({ secret, code: spaced, now, lastUsedStep: null })).toEqual({ ok: true, step });
  });

  it('refuses a code already used (a replay), and any code of an earlier step', () => {
    const first = checkTotp({ secret, code: codeAt(0), now, lastUsedStep: null });
    expect(first).toEqual({ ok: true, step });
    expect(checkTotp({ secret, code: codeAt(0), now, lastUsedStep: step })).toEqual({ ok: false });
    expect(checkTotp({ secret, code: codeAt(-1), now, lastUsedStep: step })).toEqual({ ok: false });
    expect(checkTotp({ secret, code: codeAt(1), now, lastUsedStep: step + 1 })).toEqual({ ok: false });
  });

  it('accepts a later step than the last one used', () => {
    expect(checkTotp({ secret, code: codeAt(0), now, lastUsedStep: step - 1 })).toEqual({ ok: true, step });
    expect(checkTotp({ secret, code: codeAt(1), now, lastUsedStep: step })).toEqual({
      ok: true,
      step: step + 1,
    });
  });

  it('refuses malformed codes and another secret’s code', () => {
    for (const code of ['', '12345', '1234567', 'abcdef', codeAt(0).replace(/\d$/, 'x')]) {
      expect(checkTotp({ secret, code, now, lastUsedStep: null })).toEqual({ ok: false });
    }
    const other = totpCode(newTotpSecret(), now);
    const own = new Set([codeAt(-1), codeAt(0), codeAt(1)]);
    if (!own.has(other))
      expect(checkTotp({ secret, code: other, now, lastUsedStep: null })).toEqual({ ok: false });
  });

  it('uses the clock it is given, not the machine’s', () => {
    const code = totpCode(RFC_SECRET, at(59));
    expect(checkTotp({ secret: RFC_SECRET, code, now: at(59), lastUsedStep: null })).toEqual({
      ok: true,
      step: 1,
    });
    expect(checkTotp({ secret: RFC_SECRET, code, now: at(200), lastUsedStep: null })).toEqual({ ok: false });
  });
});
