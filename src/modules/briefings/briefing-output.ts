import { z } from 'zod';
import type { OperationContext } from '../../core/context.ts';
import { parseInput } from '../../core/validation.ts';
import {
  OUTPUT_CONTENT_TYPES,
  OUTPUT_EXTENSIONS,
  type OutputFormat,
  renderDocument,
} from '../../render/render.ts';
import { appendAudit } from '../audit/audit.store.ts';
import { draftLetter } from '../letters/letter.operations.ts';
import { briefingMarkdown, briefingTitle } from './briefing.markdown.ts';
import { buildBriefing } from './briefing.operations.ts';
import type { Briefing } from './briefing.schema.ts';

/**
 * Briefings and letters as files: drafted from the data, rendered to the format asked for, and
 * audited (who generated what for which audience as of which day: never a value of it).
 */

export const documentFormatSchema = z.enum(['md', 'html', 'docx', 'pdf']).describe('md, html, docx or pdf');

export interface GeneratedDocument {
  fileName: string;
  contentType: string;
  body: Buffer;
  format: OutputFormat;
}

/** `briefing-2023-02-27.docx` */
const fileNameOf = (kind: string, asOf: string, format: OutputFormat) =>
  `${kind}-${asOf}${OUTPUT_EXTENSIONS[format]}`;

async function audited(ctx: OperationContext, action: string, briefing: Briefing, format: OutputFormat) {
  await appendAudit(ctx, [
    {
      action,
      targetType: briefing.engagement ? 'engagement' : null,
      targetId: briefing.engagement?.id ?? null,
      detail: {
        format,
        audience: briefing.audience,
        asOf: briefing.asOf,
        countries: briefing.countries.map((c) => c.country).join(','),
      },
    },
  ]);
}

function splitFormat(input: unknown): { format: OutputFormat; request: Record<string, unknown> } {
  const { format, ...request } = (input ?? {}) as Record<string, unknown>;
  return {
    format: parseInput(z.object({ format: documentFormatSchema.default('md') }), { format }).format,
    request,
  };
}

export async function generateBriefing(ctx: OperationContext, input: unknown): Promise<GeneratedDocument> {
  const { format, request } = splitFormat(input);
  const briefing = await buildBriefing(ctx, request);
  const body = await renderDocument(
    briefingMarkdown(briefing),
    { title: briefingTitle(briefing), language: briefing.language, date: briefing.asOf, author: 'Docket' },
    format,
  );
  await audited(ctx, 'briefing.generate', briefing, format);
  return {
    fileName: fileNameOf('briefing', briefing.asOf, format),
    contentType: OUTPUT_CONTENT_TYPES[format],
    body,
    format,
  };
}

export async function generateLetter(ctx: OperationContext, input: unknown): Promise<GeneratedDocument> {
  const { format, request } = splitFormat(input);
  const draft = await draftLetter(ctx, request);
  const body = await renderDocument(
    draft.markdown,
    { title: draft.title, language: draft.language, date: draft.asOf, author: 'Docket' },
    format,
  );
  await audited(ctx, 'letter.generate', draft.briefing, format);
  return {
    fileName: fileNameOf('letter', draft.asOf, format),
    contentType: OUTPUT_CONTENT_TYPES[format],
    body,
    format,
  };
}
