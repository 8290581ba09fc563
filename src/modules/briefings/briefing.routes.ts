import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../server/problem.ts';
import type { RequestContext } from '../../server/request-context.ts';
import { draftLetter } from '../letters/letter.operations.ts';
import { letterRequestSchema } from '../letters/letter.schema.ts';
import { briefingMarkdown } from './briefing.markdown.ts';
import { buildBriefing } from './briefing.operations.ts';
import { briefingRequestShape, briefingSchema } from './briefing.schema.ts';
import {
  documentFormatSchema,
  type GeneratedDocument,
  generateBriefing,
  generateLetter,
} from './briefing-output.ts';

const FILE_TYPES = [
  'text/markdown',
  'text/html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/pdf',
];

/** Request bodies as the OpenAPI document shows them; the operations validate them in full. */
const briefingBody = z.looseObject({ ...briefingRequestShape, format: documentFormatSchema.optional() });
const letterBody = z
  .looseObject({ format: documentFormatSchema.optional() })
  .describe('A letter request (the briefing request with template, addressee and salutation) and the format');

const previewSchema = z.object({ briefing: briefingSchema, markdown: z.string() });
const letterPreviewSchema = z.object({ title: z.string(), markdown: z.string(), briefing: briefingSchema });

const errors = { 400: problemSchema, 401: problemSchema, 404: problemSchema, 422: problemSchema };

/**
 * Briefings and letters drafted from the data. POST, because the request is a document of its own
 * (countries, asks, audience, recipients) and generation is audited; the answer is the file.
 */
export function registerBriefingRoutes(app: FastifyInstance, context: RequestContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const send = (reply: FastifyReply, doc: GeneratedDocument) =>
    reply
      .type(doc.contentType)
      .header('content-disposition', `attachment; filename="${doc.fileName}"`)
      .send(doc.body);

  api.post(
    '/api/briefings',
    {
      schema: {
        tags: ['Briefings and letters'],
        summary: 'A briefing as of a day, for an audience, as Markdown, HTML, DOCX or PDF',
        body: briefingBody,
        produces: FILE_TYPES,
        response: { 200: z.unknown().describe('The file, as an attachment'), ...errors },
      },
    },
    async (request, reply) => send(reply, await generateBriefing(context(request), request.body)),
  );
  api.post(
    '/api/briefings/preview',
    {
      schema: {
        tags: ['Briefings and letters'],
        summary: 'A briefing’s facts and its Markdown, to preview before export',
        body: z.looseObject(briefingRequestShape),
        response: { 200: previewSchema, ...errors },
      },
    },
    async (request) => {
      const briefing = await buildBriefing(context(request), request.body);
      return { briefing, markdown: briefingMarkdown(briefing) };
    },
  );
  api.post(
    '/api/letters/draft',
    {
      schema: {
        tags: ['Briefings and letters'],
        summary: 'A letter drafted from a template and the data, as Markdown, HTML, DOCX or PDF (not kept)',
        body: letterBody,
        produces: FILE_TYPES,
        response: { 200: z.unknown().describe('The file, as an attachment'), ...errors },
      },
    },
    async (request, reply) => send(reply, await generateLetter(context(request), request.body)),
  );
  api.post(
    '/api/letters/preview',
    {
      schema: {
        tags: ['Briefings and letters'],
        summary: 'A letter’s draft as Markdown, with the facts it was drafted from',
        body: letterRequestSchema,
        response: { 200: letterPreviewSchema, ...errors },
      },
    },
    async (request) => {
      const draft = await draftLetter(context(request), request.body);
      return { title: draft.title, markdown: draft.markdown, briefing: draft.briefing };
    },
  );
}
