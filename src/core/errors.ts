/**
 * Errors every layer can raise. The HTTP layer renders them as RFC 9457 problem+json; the CLI prints
 * the title, detail and field errors. The `type` is a stable slug clients may branch on.
 */
export interface FieldError {
  /** Dotted path into the input, e.g. `names.1.script`; empty for the whole body. */
  path: string;
  message: string;
}

export type ProblemType =
  | 'validation'
  | 'malformed-json'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'not-found'
  | 'version-conflict'
  | 'duplicate'
  | 'invalid-reference'
  | 'unreadable-file'
  | 'not-deleted'
  | 'deleted'
  | 'method-not-allowed'
  | 'unauthenticated'
  | 'forbidden'
  | 'too-many-requests'
  | 'internal';

const statusByType: Record<ProblemType, number> = {
  validation: 400,
  'malformed-json': 400,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  'not-found': 404,
  'version-conflict': 409,
  duplicate: 409,
  'invalid-reference': 422,
  'unreadable-file': 422,
  'not-deleted': 409,
  deleted: 410,
  'method-not-allowed': 405,
  unauthenticated: 401,
  forbidden: 403,
  'too-many-requests': 429,
  internal: 500,
};

export class DocketError extends Error {
  readonly type: ProblemType;
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  /** Extra members for the problem document (e.g. the current version on a conflict). */
  readonly extensions: Record<string, unknown>;

  constructor(options: {
    type: ProblemType;
    title: string;
    detail?: string;
    errors?: FieldError[];
    extensions?: Record<string, unknown>;
  }) {
    super(options.detail ? `${options.title}: ${options.detail}` : options.title);
    this.name = 'DocketError';
    this.type = options.type;
    this.status = statusByType[options.type];
    this.title = options.title;
    this.detail = options.detail;
    this.errors = options.errors ?? [];
    this.extensions = options.extensions ?? {};
  }
}

export function notFound(recordType: string, id: string): DocketError {
  return new DocketError({ type: 'not-found', title: 'Not found', detail: `No ${recordType} with id ${id}` });
}

export function versionConflict(
  recordType: string,
  id: string,
  expected: number,
  current: number,
): DocketError {
  return new DocketError({
    type: 'version-conflict',
    title: 'Version conflict',
    detail:
      `The ${recordType} ${id} is at version ${current}, not ${expected}: someone changed it since you read it. ` +
      'Reload it, reapply your change and send the new version.',
    extensions: { currentVersion: current },
  });
}

export function validationError(
  errors: FieldError[],
  detail = 'The request has invalid fields',
): DocketError {
  return new DocketError({ type: 'validation', title: 'Invalid input', detail, errors });
}

export function invalidReference(path: string, message: string): DocketError {
  return new DocketError({
    type: 'invalid-reference',
    title: 'Invalid reference',
    detail: message,
    errors: [{ path, message }],
  });
}

export function isDocketError(error: unknown): error is DocketError {
  return error instanceof DocketError;
}

/** 401: no valid session or token, or one that has not finished signing in. */
export function unauthenticated(detail = 'Sign in, or send an API token'): DocketError {
  return new DocketError({ type: 'unauthenticated', title: 'Not signed in', detail });
}

/** 403: signed in, but this is beyond the caller's role or token scope. */
export function forbidden(detail: string): DocketError {
  return new DocketError({ type: 'forbidden', title: 'Not allowed', detail });
}

/**
 * The same error with its field paths rewritten, for an operation that validates a nested body
 * through another operation (an assurance inside an outcome) and must name paths as its caller
 * spelled them. Anything that is not a DocketError passes through unchanged.
 */
export function rebaseFieldErrors(error: unknown, rebase: (path: string) => string): unknown {
  if (!(error instanceof DocketError) || error.errors.length === 0) return error;
  const errors = error.errors.map((e) => ({ ...e, path: rebase(e.path) }));
  return new DocketError({
    type: error.type,
    title: error.title,
    detail:
      error.type === 'validation' ? error.detail : errors.map((e) => `${e.path}: ${e.message}`).join('; '),
    errors,
    extensions: error.extensions,
  });
}
