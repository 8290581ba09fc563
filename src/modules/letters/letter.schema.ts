import { z } from 'zod';
import { briefingRequestShape, refineBriefingRequest } from '../briefings/briefing.schema.ts';

/** A letter is drafted from the same request as a briefing, plus its template and addressee. */
export const letterRequestSchema = z
  .strictObject({
    ...briefingRequestShape,
    template: z
      .string()
      .max(80)
      .default('coalition-letter')
      .describe('A built-in template, in the letter’s language: coalition-letter'),
    addressee: z
      .array(z.string().trim().min(1).max(300))
      .max(12)
      .optional()
      .describe('The addressee block, one line each; defaults to the engagement’s lead delegate'),
    salutation: z.string().trim().min(1).max(200).optional().describe('e.g. "Secretary Blinken"'),
  })
  .superRefine(refineBriefingRequest);
export type LetterRequest = z.infer<typeof letterRequestSchema>;
