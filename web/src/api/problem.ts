/** An RFC 9457 problem the API answered with, thrown by the client so screens can show it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Array<{ path: string; message: string }>;
  [extension: string]: unknown;
}

export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
  /** The stable kind of problem, e.g. `version-conflict` from `urn:docket:problem:version-conflict`. */
  get kind(): string {
    return this.problem.type.replace(/^urn:docket:problem:/, '');
  }
  /** Field-level messages keyed by the field's path (`names.0.text`). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const error of this.problem.errors ?? []) out[error.path] ??= error.message;
    return out;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function toProblem(status: number, body: unknown): Problem {
  if (body && typeof body === 'object' && 'title' in body && 'type' in body) return body as Problem;
  return { type: 'about:blank', title: `HTTP ${status}`, status };
}
