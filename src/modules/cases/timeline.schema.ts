import { z } from 'zod';
import { claimsSchema } from '../../core/claim.ts';
import { idSchema } from '../../core/ids.ts';
import { partialDateSchema } from '../../core/partial-date.ts';
import { sourcedShape } from '../records/sourced.ts';

export const stepKindSchema = z.enum([
  'arrest',
  'administrative-detention',
  'pre-trial-detention',
  'charge',
  'house-arrest',
  'trial',
  'sentence',
  'appeal',
  'transfer',
  'release',
  'pardon',
  'amnesty',
  'acquittal',
  'correctional-labour',
  'forced-psychiatric-detention',
  'travel-ban',
  'death-in-custody',
  'other',
]);
export type StepKind = z.infer<typeof stepKindSchema>;

export const sentenceCustodySchema = z.enum([
  'imprisonment',
  'suspended',
  'restricted-liberty',
  'correctional-labour',
  'probation',
  'fine-only',
  'none',
]);

/** A sentence as reported; sources that disagree give one claim each. */
export const sentenceSchema = z.strictObject({
  custody: sentenceCustodySchema,
  termMonths: z.number().int().min(0).max(1200).nullable().default(null),
  fines: z
    .array(
      z.strictObject({
        kind: z.enum(['fine', 'damages']),
        amount: z.number().min(0),
        currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as KZT or UZS'),
      }),
    )
    .max(10)
    .default([]),
  bans: z
    .array(
      z.strictObject({
        scope: z.string().trim().min(1).max(300),
        termMonths: z.number().int().min(0).nullable(),
      }),
    )
    .max(10)
    .default([]),
  text: z.string().trim().max(2000).nullable().default(null).describe('The sentence in the source’s words'),
});
export type Sentence = z.infer<typeof sentenceSchema>;

/** A single date is shorthand for one unsourced claim; conflicting dates are several claims. */
const stepDateSchema = z.union([
  partialDateSchema.transform((value) => [{ value, sourceId: null, isPreferred: false }]),
  claimsSchema(partialDateSchema),
]);

export const timelineStepShape = {
  kind: stepKindSchema,
  date: stepDateSchema,
  durationDays: z
    .number()
    .int()
    .min(1)
    .max(366)
    .nullable()
    .default(null)
    .describe('For administrative detention: its length, after which it ends by itself'),
  courtId: idSchema.nullable().default(null).describe('The court (an organization), when one acted'),
  place: z.string().trim().max(300).nullable().default(null),
  sentence: claimsSchema(sentenceSchema).nullable().default(null).describe('For sentence and appeal steps'),
  appealOutcome: z
    .enum(['upheld', 'reduced', 'increased', 'overturned', 'sent-back'])
    .nullable()
    .default(null),
  note: z.string().trim().max(2000).nullable().default(null),
  ...sourcedShape,
};
