import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '../../core/ids.ts';
import { PUBLIC } from '../../server/authenticate.ts';
import { problemSchema } from '../../server/problem.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { documentFormatSchema } from '../briefings/briefing-output.ts';
import { idParamsSchema } from '../records/record.schema.ts';
import {
  circulateSchema,
  circulationSchema,
  createLetterSchema,
  decisionSchema,
  finalizeSchema,
  letterSchema,
  saveVersionSchema,
  signOnViewSchema,
} from './letter.schema.ts';
import {
  createLetter,
  exportLetter,
  getLetter,
  getLetterVersion,
  listLetters,
  saveLetterVersion,
} from './letter-workflow.operations.ts';
import {
  circulateLetter,
  decideByLink,
  decideOnLetter,
  finalizeLetter,
  signOnView,
} from './sign-on.operations.ts';

const TAGS = ['Briefings and letters'];
const errors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
};
const tokenParams = z.object({ token: z.string().min(1).max(200) });
const versionParams = z.object({ id: idSchema, number: z.coerce.number().int().min(1) });

/** Kept letters: versions, circulation, decisions and the frozen final version; sign-on links. */
export function registerLetterRoutes(app: FastifyInstance, context: RequestContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/letters',
    {
      schema: {
        tags: TAGS,
        summary: 'The letters the caller may read, most recently changed first',
        querystring: z.strictObject({ engagementId: idSchema.optional() }),
        response: { 200: z.object({ items: z.array(letterSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listLetters(context(request), request.query) }),
  );
  api.post(
    '/api/letters',
    {
      schema: {
        tags: TAGS,
        summary: 'Draft a letter from a template and the data and keep it as version 1',
        body: createLetterSchema,
        response: { 201: letterSchema, ...errors, 422: problemSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createLetter(context(request), request.body)),
  );
  api.get(
    '/api/letters/:id',
    {
      schema: {
        tags: TAGS,
        summary: 'A letter, its versions and who has signed',
        params: idParamsSchema,
        response: { 200: letterSchema, ...errors },
      },
    },
    (request) => getLetter(context(request), request.params.id),
  );
  api.get(
    '/api/letters/:id/versions/:number',
    {
      schema: {
        tags: TAGS,
        summary: 'The text of one version',
        params: versionParams,
        response: {
          200: z.object({ number: z.number().int(), markdown: z.string(), sha256: z.string() }),
          ...errors,
        },
      },
    },
    (request) => getLetterVersion(context(request), request.params.id, request.params.number),
  );
  api.post(
    '/api/letters/:id/versions',
    {
      schema: {
        tags: TAGS,
        summary: 'Keep an edited text as the next version (signatures must then be confirmed again)',
        params: idParamsSchema,
        body: saveVersionSchema,
        response: { 200: letterSchema, ...errors },
      },
    },
    (request) => saveLetterVersion(context(request), request.params.id, request.body),
  );
  api.post(
    '/api/letters/:id/circulate',
    {
      schema: {
        tags: TAGS,
        summary:
          'Circulate the letter for sign-on: a link per organization, valid until the deadline (shown once)',
        params: idParamsSchema,
        body: circulateSchema,
        response: { 200: circulationSchema, ...errors },
      },
    },
    (request) => circulateLetter(context(request), request.params.id, request.body),
  );
  api.post(
    '/api/letters/:id/decisions',
    {
      schema: {
        tags: TAGS,
        summary: 'Sign (named or anonymously), decline or withdraw, for the caller’s organization',
        params: idParamsSchema,
        body: decisionSchema,
        response: { 200: letterSchema, ...errors },
      },
    },
    (request) => decideOnLetter(context(request), request.params.id, request.body),
  );
  api.post(
    '/api/letters/:id/finalize',
    {
      schema: {
        tags: TAGS,
        summary: 'Freeze the letter with its signatories and SHA-256; it cannot change afterwards',
        params: idParamsSchema,
        body: finalizeSchema,
        response: { 200: letterSchema, ...errors },
      },
    },
    (request) => finalizeLetter(context(request), request.params.id, request.body),
  );
  api.get(
    '/api/letters/:id/export',
    {
      schema: {
        tags: TAGS,
        summary: 'A version of the letter (the latest by default) as Markdown, HTML, DOCX or PDF',
        params: idParamsSchema,
        querystring: z.strictObject({
          format: documentFormatSchema.optional(),
          version: z.coerce.number().int().min(1).optional(),
        }),
        response: { 200: z.unknown().describe('The file, as an attachment'), ...errors },
      },
    },
    async (request, reply) => {
      const doc = await exportLetter(context(request), request.params.id, request.query);
      return reply
        .type(doc.contentType)
        .header('content-disposition', `attachment; filename="${doc.fileName}"`)
        .send(doc.body);
    },
  );
  // The sign-on link is the credential: it names one organization and one letter until the deadline.
  api.get(
    '/api/sign-on/:token',
    {
      config: PUBLIC,
      schema: {
        tags: TAGS,
        summary: 'What a sign-on link shows: the letter as circulated and the organization’s standing',
        params: tokenParams,
        response: { 200: signOnViewSchema, ...errors },
      },
    },
    (request) => signOnView(context(request), request.params.token),
  );
  api.post(
    '/api/sign-on/:token',
    {
      config: PUBLIC,
      schema: {
        tags: TAGS,
        summary: 'Sign, sign anonymously, decline or withdraw through a sign-on link',
        params: tokenParams,
        body: decisionSchema,
        response: { 200: signOnViewSchema, ...errors },
      },
    },
    (request) => decideByLink(context(request), request.params.token, request.body),
  );
}
