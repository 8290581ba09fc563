import { createRequire } from 'node:module';
import { type Algorithm, hash, parseOptions, type Version, verify } from '@node-rs/argon2';
import { z } from 'zod';

/**
 * Password rules and storage (ASVS 5.0 V6.2, V11.4.2).
 *
 * Rules: 12 to 128 characters, no composition rules (V6.2.5), and not one of the 10,000 most
 * common passwords (V6.2.4). Passwords are hashed and verified exactly as received: no trimming,
 * case folding or truncation (V6.2.8).
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** How many entries of the ranked list count as "common". */
export const COMMON_PASSWORD_COUNT = 10_000;

// The package's enums are ambient `const enum`s, which `verbatimModuleSyntax` forbids reading, so
// their values are spelled here; the tests check the encoded hash says argon2id, v=19.
const ARGON2ID: Algorithm = 2;
const VERSION_0X13: Version = 1;

export interface Argon2Params {
  algorithm: Algorithm;
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** OWASP's argon2id minimum (m=19 MiB, t=2, p=1): about 50 ms a hash on the reference machine. */
export const PRODUCTION_ARGON2: Readonly<Argon2Params> = Object.freeze({
  algorithm: ARGON2ID,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
});

/** What `lowerHashingCostForTests` switches to: still argon2id, ~1 ms a hash. */
export const TEST_ARGON2: Readonly<Argon2Params> = Object.freeze({
  algorithm: ARGON2ID,
  memoryCost: 1024,
  timeCost: 1,
  parallelism: 1,
});

let activeParams: Readonly<Argon2Params> = PRODUCTION_ARGON2;

/**
 * Makes hashing cheap so suites that create many users stay fast. Refuses outside vitest, so no
 * configuration mistake can weaken stored hashes in production.
 */
export function lowerHashingCostForTests(): void {
  if (!process.env.VITEST) throw new Error('lowerHashingCostForTests() may only be called by the test suite');
  activeParams = TEST_ARGON2;
}

/** The parameters new hashes are made with now: production unless the test suite lowered them. */
export function activeHashingParams(): Readonly<Argon2Params> {
  return activeParams;
}

// --- Rules -----------------------------------------------------------------------------------

const rankedListSchema = z.object({
  dictionary: z.object({ 'passwords-common': z.array(z.string()).min(1) }),
});

let commonPasswords: Set<string> | undefined;

/**
 * The first 10,000 entries of zxcvbn-ts's ranked password list (most common first; compiled from
 * leaked-password corpora), lower-cased. Loaded on first use with `require`, because the package
 * decompresses all of its dictionaries at import time and most processes (CLI commands) never
 * check a password.
 */
function commonPasswordSet(): Set<string> {
  if (!commonPasswords) {
    const loaded: unknown = createRequire(import.meta.url)('@zxcvbn-ts/language-common');
    const ranked = rankedListSchema.parse(loaded).dictionary['passwords-common'];
    commonPasswords = new Set(ranked.slice(0, COMMON_PASSWORD_COUNT).map((entry) => entry.toLowerCase()));
  }
  return commonPasswords;
}

/** Whether the password is on the common list, ignoring case ("Password123" is as weak as "password123"). */
export function isCommonPassword(password: string): boolean {
  return commonPasswordSet().has(password.toLowerCase());
}

/** Length as a person counts it: Unicode code points, so an emoji or "ә" counts once. */
export function passwordLength(password: string): number {
  let length = 0;
  for (const _ of password) length++;
  return length;
}

/**
 * What is wrong with a new password, as a message that follows the field name ("Password must
 * be…"), or null when it is acceptable.
 */
export function passwordProblem(password: string): string | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (isCommonPassword(password)) return 'is one of the 10,000 most common passwords; choose another';
  return null;
}

/** A zod schema for a new password that reports `passwordProblem`'s message as the field's error. */
export const newPasswordSchema = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

// --- Hashing ---------------------------------------------------------------------------------

/** A PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`) with a fresh 16-byte random salt. */
export async function hashPassword(
  password: string,
  options: { params?: Readonly<Argon2Params> } = {},
): Promise<string> {
  return hash(password, { ...(options.params ?? activeParams), version: VERSION_0X13 });
}

/**
 * Whether the password matches the stored hash. A wrong password is `false`, and so is a hash that
 * cannot be read (corrupt row, another scheme): sign-in treats both as "wrong credentials".
 */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/**
 * Whether a hash that just verified should be replaced by one made with the production parameters:
 * weaker memory, time or parallelism, another argon2 variant or version, or an unreadable hash.
 */
export function needsRehash(storedHash: string): boolean {
  try {
    const used = parseOptions(storedHash);
    return (
      used.algorithm !== PRODUCTION_ARGON2.algorithm ||
      used.version !== VERSION_0X13 ||
      used.memoryCost < PRODUCTION_ARGON2.memoryCost ||
      used.timeCost < PRODUCTION_ARGON2.timeCost ||
      used.parallelism < PRODUCTION_ARGON2.parallelism
    );
  } catch {
    return true;
  }
}

/**
 * A hash of 32 random bytes nobody kept, made with PRODUCTION_ARGON2, so `verifyAgainstNothing`
 * costs a real verify without a hash to compute at first use.
 */
export const DUMMY_PRODUCTION_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$3JU00lLAKUBTbLUO80+Ktg$ozJuRxG08t0xRN9MMXrYebzwJsYy5KMuC+kexddPVKM';

let lowCostDummy: { params: Readonly<Argon2Params>; hash: Promise<string> } | undefined;

function dummyHash(): Promise<string> {
  if (activeParams === PRODUCTION_ARGON2) return Promise.resolve(DUMMY_PRODUCTION_HASH);
  // Under lowered test costs, a dummy at the same lowered cost keeps the two paths alike there too.
  if (lowCostDummy?.params !== activeParams) {
    lowCostDummy = { params: activeParams, hash: hashPassword('no account has this password') };
  }
  return lowCostDummy.hash;
}

/**
 * Spends the time of a real `verifyPassword` when the account does not exist (or has no password),
 * so a sign-in answers alike, in time too, whether or not the account exists (V6.3.8). Always false.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  await verifyPassword(await dummyHash(), password);
  return false;
}
