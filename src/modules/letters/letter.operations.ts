import type { OperationContext } from '../../core/context.ts';
import { parseInput } from '../../core/validation.ts';
import { numberFootnotesInOrder } from '../briefings/briefing.markdown.ts';
import { assembleBriefing, scopeOf } from '../briefings/briefing.operations.ts';
import type { Briefing } from '../briefings/briefing.schema.ts';
import { type LetterRequest, letterRequestSchema } from './letter.schema.ts';
import { builtInTemplate, fillTemplate } from './letter-template.ts';
import { defaultAddressee, type LetterAddressee, letterView } from './letter-view.ts';

export interface LetterDraft {
  title: string;
  language: string;
  asOf: string;
  markdown: string;
  briefing: Briefing;
  /** The request as parsed, defaults applied: what a kept letter records it was drafted from. */
  request: LetterRequest;
}

/** A letter drafted from a template and the data as of a day, for an audience: Markdown to edit. */
export async function draftLetter(ctx: OperationContext, input: unknown): Promise<LetterDraft> {
  const request = parseInput(letterRequestSchema, input);
  const template = await builtInTemplate(request.template, request.language);
  const briefing = await assembleBriefing(await scopeOf(ctx, request));
  const fallback = defaultAddressee(briefing);
  const addressee: LetterAddressee = {
    lines: request.addressee ?? fallback.lines,
    salutation:
      request.salutation ?? (request.addressee ? (request.addressee[0] ?? '') : fallback.salutation),
  };
  const markdown = numberFootnotesInOrder(fillTemplate(template, letterView(briefing, addressee)), briefing);
  const about = briefing.engagement?.title;
  return {
    title: about ? `${template.title}: ${about}` : template.title,
    language: request.language,
    asOf: briefing.asOf,
    markdown,
    briefing,
    request: { ...request, asOf: briefing.asOf },
  };
}
