import { z } from 'zod';

/**
 * Brute-force limits for sign-in (ASVS 5.0 V6.1.1, V6.3.1), decided from two counts the caller
 * keeps: failed sign-ins (wrong password or wrong MFA code) in the last hour for the account name
 * tried, and for the client address. Pure, so the numbers below are the whole policy.
 *
 * - Hard limit: 100 failures an hour per account name and per address. The 101st attempt inside the
 *   hour is refused, even with the right password, until older failures age out. Per account, this
 *   caps online guessing at 2,400 a day against any one account however many addresses an attacker
 *   has; per address, it stops one client spraying many accounts. A person mistyping never gets close.
 * - Growing delay: after 3 free failures, the answer waits 250 ms, doubling with each further
 *   failure up to 10 s. The caller waits before checking the password, on every attempt, so that
 *   abandoning a slow request early cannot be used to learn the answer sooner.
 *
 * Malicious lockout: anyone can spend an account's 100 failures and keep its owner out for up to an
 * hour. The cap is set high so that doing so takes a steady 100 requests an hour, visible in the
 * failure log; and the delay, unlike the cap, never refuses a request.
 */

export const SIGN_IN_FAILURE_WINDOW_SECONDS = 3600;
/** Failures per window, per account name and per address, after which attempts are refused. */
export const MAX_SIGN_IN_FAILURES = 100;
/** Failures answered without delay: typos and a forgotten caps lock. */
export const FREE_SIGN_IN_FAILURES = 3;
export const FIRST_SIGN_IN_DELAY_MS = 250;
export const MAX_SIGN_IN_DELAY_MS = 10_000;

const failureCount = z.number().int().nonnegative();

export const signInCountsSchema = z.object({
  /** Failed sign-ins in the last hour for the account name tried, whether or not it exists. */
  accountFailures: failureCount,
  /** Failed sign-ins in the last hour from the client address. */
  addressFailures: failureCount,
});

export type SignInCounts = z.infer<typeof signInCountsSchema>;

export interface SignInThrottle {
  /** False when a limit is reached: answer 429 without checking the credentials. */
  allowed: boolean;
  /** How long to wait before checking the credentials and answering (0 when refused). */
  delayMs: number;
  /** When refused: an upper bound on the wait, the whole window (older failures may age out sooner). */
  retryAfterSeconds?: number;
}

/** The delay after `failures` recent failures: 0, 0, 0, then 250 ms doubling to at most 10 s. */
export function signInDelayForFailures(failures: number): number {
  if (failures <= FREE_SIGN_IN_FAILURES) return 0;
  const doublings = Math.min(failures - FREE_SIGN_IN_FAILURES - 1, 30);
  return Math.min(FIRST_SIGN_IN_DELAY_MS * 2 ** doublings, MAX_SIGN_IN_DELAY_MS);
}

/** Whether a sign-in attempt may proceed, and how long to wait first, given the recent failures. */
export function signInThrottle(counts: SignInCounts): SignInThrottle {
  const { accountFailures, addressFailures } = signInCountsSchema.parse(counts);
  if (accountFailures >= MAX_SIGN_IN_FAILURES || addressFailures >= MAX_SIGN_IN_FAILURES) {
    return { allowed: false, delayMs: 0, retryAfterSeconds: SIGN_IN_FAILURE_WINDOW_SECONDS };
  }
  return { allowed: true, delayMs: signInDelayForFailures(Math.max(accountFailures, addressFailures)) };
}
