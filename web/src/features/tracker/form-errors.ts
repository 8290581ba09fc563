import type { z } from 'zod';
import { isApiError } from '../../api/problem.ts';

/** Messages keyed by the field's dotted path (`evidence.0.sourceId`), as the API's problems name them. */
export type FieldErrors = Record<string, string>;

/** The API's own schema run on a body before sending it; its issues become field errors. */
export function validate(schema: z.ZodType, body: unknown): FieldErrors {
  const result = schema.safeParse(body);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) errors[issue.path.map(String).join('.')] ??= issue.message;
  return errors;
}

/** The field errors of a refused write (a 422's `errors[]`), none for any other failure. */
export function serverFieldErrors(error: unknown): FieldErrors {
  return isApiError(error) ? error.fieldErrors() : {};
}

/** Someone else saved the record since it was read: the write was refused and nothing was lost. */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}
