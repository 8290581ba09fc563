import type { TFunction } from 'i18next';
import { isApiError } from '../../api/problem.ts';
import { PASSWORD_MIN_LENGTH } from './types.ts';

/**
 * The server answers field errors in English (`is wrong`, `must be at least 12 characters`); the
 * known ones are shown in the interface language, anything else as the server wrote it.
 */
export function translateFieldError(t: TFunction<'account'>, path: string, message: string): string {
  if (path === 'currentPassword' && /wrong/i.test(message)) return t('password.errors.wrongCurrent');
  const atLeast = /at least (\d+)/i.exec(message);
  if (atLeast) return t('password.errors.tooShort', { min: Number(atLeast[1]) });
  const atMost = /at most (\d+)/i.exec(message);
  if (atMost) return t('password.errors.tooLong', { max: Number(atMost[1]) });
  if (/common/i.test(message)) return t('password.errors.tooCommon');
  if (path === 'code') return t('password.errors.code');
  return message;
}

/** The field errors of an API error, translated, keyed by field path; empty for anything else. */
export function fieldErrorsOf(t: TFunction<'account'>, error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fieldErrors())) {
    out[path] = translateFieldError(t, path, message);
  }
  return out;
}

/** The checks made before asking the server: length and the confirmation matching. */
export function localPasswordErrors(
  t: TFunction<'account'>,
  password: string,
  confirmation: string,
): { password?: string; confirmation?: string } {
  const out: { password?: string; confirmation?: string } = {};
  if ([...password].length < PASSWORD_MIN_LENGTH)
    out.password = t('password.errors.tooShort', { min: PASSWORD_MIN_LENGTH });
  if (confirmation !== password) out.confirmation = t('password.errors.mismatch');
  return out;
}
