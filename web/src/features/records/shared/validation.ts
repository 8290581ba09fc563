import type { z } from 'zod';
import { isApiError } from '../../../api/problem.ts';

/** Messages keyed by the field's dotted path (`names.0.text`), the form the API's problem uses too. */
export type FieldErrors = Record<string, string>;

/** Runs the API's own schema on a body; the issues become field errors, none when it is valid. */
export function validate(schema: z.ZodType, body: unknown): FieldErrors {
  const result = schema.safeParse(body);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

/** The server's field errors of a failed save (a 422 problem's `errors[]`), else none. */
export function serverFieldErrors(error: unknown): FieldErrors {
  return isApiError(error) ? error.fieldErrors() : {};
}

/** The message for a field, or for anything under it when the field is a list shown as one control. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  return errors[path];
}

/** Messages under a path that no control shows on its own (e.g. a list-level rule). */
export function errorsUnder(errors: FieldErrors, prefix: string): string[] {
  return Object.entries(errors)
    .filter(([path]) => path === prefix || path.startsWith(`${prefix}.`))
    .map(([path, message]) => (path === prefix ? message : `${path.slice(prefix.length + 1)}: ${message}`));
}
