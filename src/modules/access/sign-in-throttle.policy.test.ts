import { describe, expect, it } from 'vitest';
import {
  FIRST_SIGN_IN_DELAY_MS,
  FREE_SIGN_IN_FAILURES,
  MAX_SIGN_IN_DELAY_MS,
  MAX_SIGN_IN_FAILURES,
  SIGN_IN_FAILURE_WINDOW_SECONDS,
  signInDelayForFailures,
  signInThrottle,
} from './sign-in-throttle.policy.ts';

describe('sign-in throttle constants', () => {
  it('are the documented numbers', () => {
    expect({
      SIGN_IN_FAILURE_WINDOW_SECONDS,
      MAX_SIGN_IN_FAILURES,
      FREE_SIGN_IN_FAILURES,
      FIRST_SIGN_IN_DELAY_MS,
      MAX_SIGN_IN_DELAY_MS,
    }).toEqual({
      SIGN_IN_FAILURE_WINDOW_SECONDS: 3600,
      MAX_SIGN_IN_FAILURES: 100,
      FREE_SIGN_IN_FAILURES: 3,
      FIRST_SIGN_IN_DELAY_MS: 250,
      MAX_SIGN_IN_DELAY_MS: 10_000,
    });
  });
});

describe('signInDelayForFailures', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 0],
    [3, 0],
    [4, 250],
    [5, 500],
    [6, 1000],
    [7, 2000],
    [8, 4000],
    [9, 8000],
    [10, 10_000],
    [11, 10_000],
    [99, 10_000],
    [1_000_000, 10_000],
  ])('after %i failures waits %i ms', (failures, delayMs) => {
    expect(signInDelayForFailures(failures)).toBe(delayMs);
  });

  it('never shrinks as failures grow', () => {
    for (let failures = 1; failures <= 120; failures++) {
      expect(signInDelayForFailures(failures)).toBeGreaterThanOrEqual(signInDelayForFailures(failures - 1));
    }
  });
});

describe('signInThrottle', () => {
  const refused = { allowed: false, delayMs: 0, retryAfterSeconds: 3600 };

  it.each([
    ['no failures', 0, 0, { allowed: true, delayMs: 0 }],
    ['a few typos', 3, 3, { allowed: true, delayMs: 0 }],
    ['a fourth failure on the account', 4, 0, { allowed: true, delayMs: 250 }],
    ['a fourth failure from the address', 0, 4, { allowed: true, delayMs: 250 }],
    ['the larger count sets the delay', 5, 8, { allowed: true, delayMs: 4000 }],
    ['the larger count sets the delay, other way round', 8, 5, { allowed: true, delayMs: 4000 }],
    ['the 100th attempt (99 failures) on the account', 99, 0, { allowed: true, delayMs: 10_000 }],
    ['the 100th attempt (99 failures) from the address', 0, 99, { allowed: true, delayMs: 10_000 }],
    ['the 101st attempt on the account', 100, 0, refused],
    ['the 101st attempt from the address', 0, 100, refused],
    ['both over the limit', 150, 400, refused],
    ['an address spraying many accounts', 1, 100, refused],
    ['many addresses on one account', 100, 1, refused],
  ])('%s (account %i, address %i)', (_, accountFailures, addressFailures, expected) => {
    expect(signInThrottle({ accountFailures, addressFailures })).toEqual(expected);
  });

  it('allows again once failures age out below the limit', () => {
    expect(signInThrottle({ accountFailures: 100, addressFailures: 0 }).allowed).toBe(false);
    expect(signInThrottle({ accountFailures: 99, addressFailures: 0 }).allowed).toBe(true);
  });

  it.each([
    [-1, 0],
    [0, -1],
    [1.5, 0],
    [0, Number.NaN],
    [Number.POSITIVE_INFINITY, 0],
  ])('rejects impossible counts (account %s, address %s)', (accountFailures, addressFailures) => {
    expect(() => signInThrottle({ accountFailures, addressFailures })).toThrow();
  });
});
