import { timingSafeEqual } from 'node:crypto';
import { HOTP, Secret, TOTP } from 'otpauth';

/**
 * Time-based one-time passwords (RFC 6238) with the parameters every authenticator app supports:
 * SHA-1, 6 digits, 30-second steps (ASVS 5.0 V6.5). The caller passes the server's clock (V6.5.8)
 * and the last step it accepted, which it stores, so each code works once (V6.5.1).
 */

export const TOTP_ALGORITHM = 'SHA1';
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** 160 bits, the HMAC-SHA1 block-size recommendation of RFC 4226. */
export const TOTP_SECRET_BYTES = 20;
/** Steps accepted either side of now, for phone clocks a little off: a code lives 30 s, ±30 s. */
export const TOTP_DRIFT_STEPS = 1;

/** A new random secret (from the system CSPRNG, V6.5.3), base32 without padding: 32 characters. */
export function newTotpSecret(): string {
  return new Secret({ size: TOTP_SECRET_BYTES }).base32;
}

/** The `otpauth://totp/…` URI an authenticator app scans (as a QR code) to enroll. */
export function totpUri({
  secret,
  account,
  issuer = 'Docket',
}: {
  secret: string;
  account: string;
  issuer?: string;
}): string {
  return new TOTP({
    issuer,
    label: account,
    secret: Secret.fromBase32(secret),
    algorithm: TOTP_ALGORITHM,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  }).toString();
}

/** The 30-second step a moment falls in (the RFC's counter T). */
export function totpStep(now: Date): number {
  const ms = now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('totpStep needs a valid date');
  return Math.floor(ms / 1000 / TOTP_PERIOD_SECONDS);
}

function codeAtStep(secret: Secret, step: number): string {
  return HOTP.generate({ secret, algorithm: TOTP_ALGORITHM, digits: TOTP_DIGITS, counter: step });
}

/** The code an authenticator shows at `now`: for tests and the demo. */
export function totpCode(secret: string, now: Date): string {
  return codeAtStep(Secret.fromBase32(secret), totpStep(now));
}

/** What a person typed, without spaces ("123 456" as some apps show it), or null unless 6 digits. */
export function normalizeTotpCode(code: string): string | null {
  const digits = code.replace(/\s+/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

export type TotpCheck = { ok: true; step: number } | { ok: false };

/**
 * Whether `code` is the code of the current step or one step either side, and not of a step at or
 * before `lastUsedStep`. On success the caller stores `step` as the new `lastUsedStep` — atomically
 * with its use, so two requests racing with the same code cannot both pass.
 */
export function checkTotp({
  secret,
  code,
  now,
  lastUsedStep,
}: {
  secret: string;
  code: string;
  now: Date;
  lastUsedStep: number | null;
}): TotpCheck {
  const typed = normalizeTotpCode(code);
  if (typed === null) return { ok: false };
  const key = Secret.fromBase32(secret);
  const current = totpStep(now);
  const typedBytes = Buffer.from(typed);
  for (let step = current - TOTP_DRIFT_STEPS; step <= current + TOTP_DRIFT_STEPS; step++) {
    if (lastUsedStep !== null && step <= lastUsedStep) continue;
    // Constant-time, so response times say nothing about how many leading digits were right.
    if (timingSafeEqual(Buffer.from(codeAtStep(key, step)), typedBytes)) return { ok: true, step };
  }
  return { ok: false };
}
