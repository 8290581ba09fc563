import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DocketError, type FieldError, isDocketError, type ProblemType } from '../core/errors.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const problemSchema = z
  .object({
    type: z.string().describe('Stable URI of the kind of problem'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .loose()
  .meta({ id: 'Problem' });

export function problemTypeUri(type: ProblemType): string {
  return `urn:docket:problem:${type}`;
}

/** Renders any error as RFC 9457 problem+json; unexpected errors say nothing about internals. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: DocketError): FastifyReply {
  const body = {
    ...error.extensions,
    type: problemTypeUri(error.type),
    title: error.title,
    status: error.status,
    ...(error.detail ? { detail: error.detail } : {}),
    instance: request.url,
    ...(error.errors.length > 0 ? { errors: error.errors } : {}),
  };
  return reply.status(error.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
}

const CONTEXT_LABEL: Record<string, string> = {
  body: 'The request body',
  querystring: 'The query string',
  params: 'The URL',
  headers: 'The request headers',
};

function fromFastifyError(error: FastifyError): DocketError {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldError[] = error.validation.flatMap((issue) => {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const keys =
        issue.keyword === 'unrecognized_keys' ? (issue.params.keys as string[] | undefined) : undefined;
      if (keys)
        return keys.map((key) => ({ path: path ? `${path}.${key}` : key, message: 'is not a known field' }));
      return [{ path, message: issue.message ?? 'is invalid' }];
    });
    const where = CONTEXT_LABEL[error.validationContext ?? 'body'] ?? 'The request';
    return new DocketError({
      type: 'validation',
      title: 'Invalid input',
      detail: `${where} has invalid fields`,
      errors,
    });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new DocketError({
        type: 'malformed-json',
        title: 'Malformed JSON',
        detail:
          error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
            ? 'The request body is empty'
            : 'The request body is not valid JSON',
      });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new DocketError({
        type: 'payload-too-large',
        title: 'Request body too large',
        detail: error.message,
      });
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new DocketError({
        type: 'validation',
        title: 'Bad request',
        detail: 'The Content-Length header does not match the body',
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new DocketError({
        type: 'unsupported-media-type',
        title: 'Unsupported media type',
        detail: 'Send the body as application/json',
      });
    default:
      break;
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new DocketError({ type: 'validation', title: 'Bad request', detail: error.message });
  }
  return new DocketError({
    type: 'internal',
    title: 'Internal error',
    detail: 'The server could not complete the request',
  });
}

export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = isDocketError(error) ? error : fromFastifyError(error);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, problem);
  });
}

/**
 * Requests Node's HTTP parser rejects before Fastify sees them (e.g. raw non-ASCII in the URL, headers
 * past Node's 16 KiB `maxHeaderSize`) still get a problem+json answer rather than Fastify's default
 * shape, with `headers` (the security headers) since no reply hook runs for them.
 */
export function clientErrorHandlerWith(
  headers: Readonly<Record<string, string>>,
): (error: Error & { code?: string }, socket: Socket) => void {
  const headerLines = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return (error, socket) => {
    if (!socket.writable) return;
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const body = JSON.stringify({
      type: problemTypeUri('validation'),
      title: tooLarge ? 'Request headers too large' : 'Malformed request',
      status,
      detail: tooLarge
        ? 'The request line and headers are too large'
        : 'The request could not be parsed; percent-encode non-ASCII characters in the URL',
    });
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `${headerLines}Connection: close\r\n\r\n${body}`,
    );
  };
}

/**
 * URLs the router refuses before any route or hook runs (a path parameter past `maxParamLength`, a
 * percent-escape that does not decode): problem+json like every other refusal.
 */
export function frameworkErrorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const detail = FRAMEWORK_ERROR_DETAIL[error.code];
  sendProblem(
    request,
    reply,
    detail
      ? new DocketError({ type: 'validation', title: 'Bad request', detail })
      : new DocketError({
          type: 'internal',
          title: 'Internal error',
          detail: 'The server could not route the request',
        }),
  );
}

const FRAMEWORK_ERROR_DETAIL: Readonly<Record<string, string>> = {
  FST_ERR_MAX_PARAM_LENGTH: 'A segment of the URL is too long',
  FST_ERR_BAD_URL: 'The URL has a percent-escape that does not decode',
};

/** Fastify decodes every JSON body as UTF-8; a body declared in another charset would be misread. */
export function assertUtf8Body(contentType: string | undefined): void {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new DocketError({
      type: 'unsupported-media-type',
      title: 'Unsupported charset',
      detail: `Send the body as UTF-8 JSON, not ${charset}`,
    });
  }
}
