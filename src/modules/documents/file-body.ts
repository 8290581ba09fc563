import type { FastifyInstance } from 'fastify';
import { validationError } from '../../core/errors.ts';
import { MAX_FILE_BYTES } from './ingest.operations.ts';

/**
 * Makes every request body in this (encapsulated) scope the file itself, whatever its type, up to
 * the document size limit: uploads send the raw bytes, and only their routes read bodies so.
 */
export function acceptFileBodies(scope: FastifyInstance): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_request, body, done) =>
    done(null, body),
  );
}

/** The uploaded file, or a field error when the body is not one. */
export function fileBody(body: unknown): Buffer {
  if (!Buffer.isBuffer(body)) throw validationError([{ path: 'body', message: 'must be the file' }]);
  return body;
}
