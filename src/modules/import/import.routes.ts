import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DocketError, validationError } from '../../core/errors.ts';
import { problemSchema } from '../../server/problem.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { exportableTypeNames } from '../export/exportable-types.ts';
import { booleanQuery } from '../records/pagination.ts';
import { importFormatSchema, importRecords } from './import.operations.ts';

/** Uploads are spooled to disk, not memory, so this bounds disk use and upload time only. */
export const IMPORT_BODY_LIMIT_BYTES = 512 * 1024 * 1024;

const CONTENT_TYPES = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const paramsSchema = z.object({
  type: z
    .string()
    .max(100)
    .describe(`The record type: ${exportableTypeNames.join(', ')}`),
});

const querySchema = z.strictObject({
  format: importFormatSchema.optional().describe('json, csv or xlsx; by default from the content type'),
  dryRun: booleanQuery.default(false).describe('true: check every row and answer what would change'),
  mapping: z
    .string()
    .max(100_000)
    .optional()
    .describe('A mapping of the file’s columns and values to ours, as JSON text (see the README)'),
});

const resultSchema = z.object({
  type: z.string(),
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rowsNotListed: z
    .number()
    .int()
    .describe('Rows done but not listed in `rows`, which lists the first 10,000 of a large file'),
  rows: z.array(
    z.object({
      row: z
        .number()
        .int()
        .describe('The row of the file: a spreadsheet row (header = 1), or the n-th record'),
      action: z.enum(['create', 'update', 'unchanged']),
      id: z
        .string()
        .nullable()
        .describe('The record created, updated or left alone; null in a dry run create'),
      ref: z.string().nullable(),
    }),
  ),
});

/**
 * `POST /api/import/:type`: the file is the raw request body. The body is spooled to a temporary
 * file first and imported from there: memory stays flat for a large file, and the import's
 * transaction (a write lock on SQLite) is never held open while a slow client is still uploading.
 * The content-type parsers live in this plugin only, so the rest of the API still answers 415 to
 * CSV and XLSX.
 */
export function registerImportRoutes(app: FastifyInstance, context: RequestContext): void {
  void app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    for (const type of Object.values(CONTENT_TYPES)) {
      // The raw request stream becomes the body; the handler spools it.
      scope.addContentTypeParser(type, (_request, payload, done) => done(null, payload));
    }

    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/import/:type',
      {
        bodyLimit: IMPORT_BODY_LIMIT_BYTES,
        schema: {
          tags: ['Import'],
          summary:
            'Import a JSON, CSV or XLSX file as the raw request body; mapping as JSON text in ?mapping=',
          description:
            'Send the file itself as the body (up to 512 MiB) with its content type: `application/json` ' +
            '(an export, or an array of records), `text/csv` (UTF-8, header row) or ' +
            '`application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` (the first worksheet). ' +
            '`format` defaults from the content type. A file with its own column names takes a mapping ' +
            '(`{"columns":…,"values":…,"defaults":…,"refs":…}`) as JSON text in the `mapping` query ' +
            'parameter. Every row is checked first: a bad file is a 400 problem whose `errors` have paths ' +
            'like `row 7, "Date detained"` (and `rows` lists them as {row, column, message}), and nothing ' +
            'is written. Rows match by id, else by ref, so importing the same file twice changes nothing.',
          params: paramsSchema,
          querystring: querySchema,
          consumes: Object.values(CONTENT_TYPES),
          body: z.unknown().describe('The file'),
          response: { 200: resultSchema, 400: problemSchema, 404: problemSchema, 413: problemSchema },
        },
      },
      async (request) => {
        const { format, dryRun, mapping } = request.query;
        const input = {
          type: request.params.type,
          format: format ?? formatOf(request.headers['content-type']),
          mapping: mapping === undefined ? undefined : parseMappingText(mapping),
          dryRun,
        };
        const body: unknown = request.body;
        if (!isReadable(body)) throw validationError([{ path: 'body', message: 'must be the file' }]);
        return withSpooledFile(body, (path) =>
          importRecords(context(request), { ...input, chunks: createReadStream(path) }),
        );
      },
    );
  });
}

function isReadable(body: unknown): body is NodeJS.ReadableStream {
  return typeof body === 'object' && body !== null && 'pipe' in body && typeof body.pipe === 'function';
}

/** Writes the upload to a private temporary file, refusing it past the limit, and removes it after. */
async function withSpooledFile<T>(
  body: NodeJS.ReadableStream,
  work: (path: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'docket-import-'));
  try {
    const path = join(dir, 'upload');
    let received = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        done(received > IMPORT_BODY_LIMIT_BYTES ? tooLarge() : null, chunk);
      },
    });
    await pipeline(body, limit, createWriteStream(path, { mode: 0o600 }));
    return await work(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function tooLarge(): DocketError {
  return new DocketError({
    type: 'payload-too-large',
    title: 'The file is too large',
    detail: `An import through the API takes at most ${IMPORT_BODY_LIMIT_BYTES / 2 ** 20} MiB; use docket import for larger files`,
  });
}

function formatOf(contentType: string | undefined): string {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const found = Object.entries(CONTENT_TYPES).find(([, known]) => known === type);
  if (!found) {
    throw validationError([
      { path: 'format', message: 'is required when the content type is not one of the file types' },
    ]);
  }
  return found[0];
}

function parseMappingText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw validationError([{ path: 'mapping', message: `must be JSON: ${reason}` }]);
  }
}
