import { createRequire } from 'node:module';
import { type Algorithm, parseOptions } from '@node-rs/argon2';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  activeHashingParams,
  COMMON_PASSWORD_COUNT,
  DUMMY_PRODUCTION_HASH,
  hashPassword,
  isCommonPassword,
  lowerHashingCostForTests,
  needsRehash,
  newPasswordSchema,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PRODUCTION_ARGON2,
  passwordLength,
  passwordProblem,
  TEST_ARGON2,
  verifyAgainstNothing,
  verifyPassword,
} from './password.ts';

const ARGON2I: Algorithm = 1;
const GOOD = 'correct horse battery staple';

/** The package's ranked list, read independently of the module under test. */
function rankedList(): string[] {
  const loaded = createRequire(import.meta.url)('@zxcvbn-ts/language-common') as {
    dictionary: { 'passwords-common': string[] };
  };
  return loaded.dictionary['passwords-common'];
}

/**
 * A new instance of the module, at its defaults: test/setup/fast-hashing.ts has already lowered the
 * costs of the shared one.
 */
async function freshPasswordModule(): Promise<typeof import('./password.ts')> {
  vi.resetModules();
  return import('./password.ts');
}

describe('passwordProblem', () => {
  it('sets 12 and 128 characters as the bounds', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
  });

  it.each([
    ['', 'must be at least 12 characters'],
    ['a7#kq9!zmw2', 'must be at least 12 characters'],
    ['a7#kq9!zmw2x', null],
    ['x'.repeat(128), null],
    ['x'.repeat(129), 'must be at most 128 characters'],
  ])('%j → %j', (password, expected) => {
    expect(passwordProblem(password)).toBe(expected);
  });

  it('counts Unicode code points, not UTF-16 units', () => {
    const emoji = '🔑';
    expect(emoji.length).toBe(2);
    expect(passwordLength(emoji.repeat(12))).toBe(12);
    expect(passwordProblem(emoji.repeat(11))).toBe('must be at least 12 characters');
    expect(passwordProblem(`${emoji.repeat(6)}әқүңғөһі`)).toBeNull();
    expect(passwordProblem(emoji.repeat(128))).toBeNull();
    expect(passwordProblem(emoji.repeat(129))).toBe('must be at most 128 characters');
  });

  it('has no composition rules: letters only, spaces, any script are all fine', () => {
    for (const password of [GOOD, 'onlylowercaseletters', 'Қазақстан Республикасы', '            x']) {
      expect(passwordProblem(password)).toBeNull();
    }
  });

  it('refuses common passwords long enough to pass the length rule, in any case', () => {
    const message = 'is one of the 10,000 most common passwords; choose another';
    for (const password of ['1qaz2wsx3edc', 'leavemealone', 'LeaveMeAlone', 'QWERTY123456']) {
      expect(passwordProblem(password)).toBe(message);
    }
  });

  it('takes exactly the 10,000 most common entries of the ranked list', () => {
    const ranked = rankedList();
    expect(ranked.length).toBeGreaterThan(COMMON_PASSWORD_COUNT);
    expect(isCommonPassword(ranked[0] ?? '')).toBe(true);
    expect(isCommonPassword(ranked[COMMON_PASSWORD_COUNT - 1] ?? '')).toBe(true);
    expect(isCommonPassword((ranked[COMMON_PASSWORD_COUNT - 1] ?? '').toUpperCase())).toBe(true);
    expect(isCommonPassword(ranked[COMMON_PASSWORD_COUNT] ?? '')).toBe(false);
    // Ranked below 10,000, so allowed although it is on the longer list.
    expect(ranked.indexOf('123456789987654321')).toBeGreaterThanOrEqual(COMMON_PASSWORD_COUNT);
    expect(passwordProblem('123456789987654321')).toBeNull();
  });

  it('reports the problem as a zod issue through newPasswordSchema', () => {
    const result = newPasswordSchema.safeParse('leavemealone');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'is one of the 10,000 most common passwords; choose another',
    );
    expect(newPasswordSchema.safeParse(GOOD).success).toBe(true);
  });
});

describe('production hashing parameters', () => {
  it('are argon2id with m=19456 KiB, t=2, p=1', () => {
    expect(PRODUCTION_ARGON2).toEqual({ algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    expect(Object.isFrozen(PRODUCTION_ARGON2)).toBe(true);
  });

  it('encode m=19456,t=2,p=1 in the hash, which verifies and needs no rehash', async () => {
    const stored = await hashPassword(GOOD, { params: PRODUCTION_ARGON2 });
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(parseOptions(stored)).toMatchObject({ saltLen: 16, outputLen: 32 });
    expect(await verifyPassword(stored, GOOD)).toBe(true);
    expect(needsRehash(stored)).toBe(false);
  });

  it('are used by default until the test suite lowers them', async () => {
    const fresh = await freshPasswordModule();
    expect(fresh.activeHashingParams()).toBe(fresh.PRODUCTION_ARGON2);
    expect(await fresh.hashPassword(GOOD)).toContain('$m=19456,t=2,p=1$');
  });

  it('salt every hash', async () => {
    const [a, b] = await Promise.all([hashPassword(GOOD), hashPassword(GOOD)]);
    expect(a).not.toBe(b);
  });

  it('make the dummy hash, so a missing account costs a real verify', async () => {
    expect(parseOptions(DUMMY_PRODUCTION_HASH)).toMatchObject({ ...PRODUCTION_ARGON2, version: 1 });
    expect(needsRehash(DUMMY_PRODUCTION_HASH)).toBe(false);
    const fresh = await freshPasswordModule();
    expect(await fresh.verifyAgainstNothing('no account has this password')).toBe(false);
  });
});

describe('needsRehash', () => {
  it('is true for weaker memory or time, another variant or version, or an unreadable hash', async () => {
    const weaker = await Promise.all([
      hashPassword(GOOD, { params: { ...PRODUCTION_ARGON2, timeCost: 1 } }),
      hashPassword(GOOD, { params: { ...PRODUCTION_ARGON2, memoryCost: 4096 } }),
      hashPassword(GOOD, { params: { ...PRODUCTION_ARGON2, algorithm: ARGON2I } }),
    ]);
    for (const stored of weaker) expect(needsRehash(stored)).toBe(true);
    const version16 = DUMMY_PRODUCTION_HASH.replace('v=19', 'v=16');
    expect(parseOptions(version16).version).toBe(0);
    expect(needsRehash(version16)).toBe(true);
    expect(needsRehash('not a hash')).toBe(true);
  });

  it('is false for parameters stronger than production', async () => {
    expect(needsRehash(await hashPassword(GOOD, { params: { ...PRODUCTION_ARGON2, timeCost: 3 } }))).toBe(
      false,
    );
  });
});

describe('verifyPassword', () => {
  it('checks the password exactly as received: no trimming, no case folding', async () => {
    const stored = await hashPassword(GOOD, { params: TEST_ARGON2 });
    expect(await verifyPassword(stored, GOOD)).toBe(true);
    expect(await verifyPassword(stored, `${GOOD} `)).toBe(false);
    expect(await verifyPassword(stored, GOOD.toUpperCase())).toBe(false);
    expect(await verifyPassword(stored, GOOD.slice(0, -1))).toBe(false);
  });

  it('answers false, without throwing, for a malformed or foreign hash', async () => {
    for (const stored of ['', 'garbage', '$argon2id$v=19$m=19456', '$2b$12$abcdefghijklmnopqrstuv']) {
      await expect(verifyPassword(stored, GOOD)).resolves.toBe(false);
    }
  });
});

describe('lowerHashingCostForTests', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('refuses outside the test suite', async () => {
    const fresh = await freshPasswordModule();
    vi.stubEnv('VITEST', '');
    expect(() => fresh.lowerHashingCostForTests()).toThrow(/only be called by the test suite/);
    expect(fresh.activeHashingParams()).toBe(fresh.PRODUCTION_ARGON2);
  });

  it('switches new hashes to cheap parameters, which then need a rehash', async () => {
    lowerHashingCostForTests();
    expect(activeHashingParams()).toBe(TEST_ARGON2);
    const stored = await hashPassword(GOOD);
    expect(stored).toContain('$m=1024,t=1,p=1$');
    expect(await verifyPassword(stored, GOOD)).toBe(true);
    expect(needsRehash(stored)).toBe(true);
    expect(await verifyAgainstNothing(GOOD)).toBe(false);
    expect(await hashPassword(GOOD, { params: PRODUCTION_ARGON2 })).toContain('$m=19456,t=2,p=1$');
  });
});
