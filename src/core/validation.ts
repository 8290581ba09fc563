import type { z } from 'zod';
import { type FieldError, validationError } from './errors.ts';
import { unsafeTextErrors } from './text-safety.ts';

/** Turns zod issues into field errors with dotted paths; unknown keys get one error each. */
export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const base = joinPath(prefix, issue.path.map(String).join('.'));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({ path: joinPath(base, key), message: 'is not a known field' });
      }
    } else {
      errors.push({ path: base, message: issue.message });
    }
  }
  return errors;
}

function joinPath(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  return `${a}.${b}`;
}

/**
 * Parses operation input, throwing a validation DocketError instead of a ZodError. Text no database
 * can store faithfully is refused here too, so it cannot reach a store from the API or the CLI.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const unsafe = unsafeTextErrors(input);
  if (unsafe.length > 0) throw validationError(unsafe);
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(fieldErrorsFromIssues(result.error.issues));
  return result.data;
}
