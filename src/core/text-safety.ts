import type { FieldError } from './errors.ts';

/**
 * Strings no store can keep faithfully: PostgreSQL text refuses NUL, and an unpaired UTF-16
 * surrogate comes back as U+FFFD (differently on each database). They are refused at the door,
 * wherever they sit in the input, so every module is covered without repeating the rule.
 */
const NUL = '\u0000';
const LONE_SURROGATE = /\p{Cs}/u;

export function unsafeTextErrors(input: unknown, path: string[] = []): FieldError[] {
  if (typeof input === 'string') {
    if (input.includes(NUL))
      return [{ path: path.join('.'), message: 'must not contain NUL (U+0000) characters' }];
    if (LONE_SURROGATE.test(input)) {
      return [{ path: path.join('.'), message: 'must be valid Unicode text (it has an unpaired surrogate)' }];
    }
    return [];
  }
  if (Array.isArray(input)) return input.flatMap((item, i) => unsafeTextErrors(item, [...path, String(i)]));
  if (input !== null && typeof input === 'object') {
    return Object.entries(input).flatMap(([key, value]) => [
      ...unsafeTextErrors(key, [...path, '(key)']),
      ...unsafeTextErrors(value, [...path, key]),
    ]);
  }
  return [];
}
