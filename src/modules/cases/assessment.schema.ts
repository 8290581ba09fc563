import { z } from 'zod';
import { idSchema } from '../../core/ids.ts';
import { partialDateSchema } from '../../core/partial-date.ts';
import { sourcedShape } from '../records/sourced.ts';

/** PACE Resolution 1900 (2012) criteria (a)–(e) for a political prisoner. */
export const paceCriterionSchema = z.enum(['a', 'b', 'c', 'd', 'e']);

/** A dated political-prisoner assessment, by whom, on which criteria — or none stated. */
export const assessmentShape = {
  date: partialDateSchema,
  assessorId: idSchema.nullable().default(null).describe('The organization that assessed, when recorded'),
  assessorName: z.string().trim().max(300).nullable().default(null),
  conclusion: z.enum(['political-prisoner', 'not-a-political-prisoner']).default('political-prisoner'),
  criteria: z
    .union([z.literal('not-stated'), z.array(paceCriterionSchema).min(1).max(5)])
    .describe('PACE 1900 criteria met, or "not-stated" when a source gives none'),
  ...sourcedShape,
};

/** A UN decision on the case, e.g. a WGAD opinion (number and date, categories I–V). */
export const unDecisionShape = {
  body: z.enum(['WGAD', 'HRC', 'CAT', 'CEDAW', 'other']),
  opinionNumber: z
    .string()
    .regex(/^\d{1,3}\/\d{4}$/, 'must look like 40/2013')
    .nullable()
    .default(null)
    .describe('Null while unverified'),
  adoptedOn: partialDateSchema.nullable().default(null),
  publishedOn: partialDateSchema.nullable().default(null),
  finding: z.enum(['arbitrary', 'not-arbitrary', 'violation', 'no-violation', 'other']),
  categories: z
    .array(z.enum(['I', 'II', 'III', 'IV', 'V']))
    .max(5)
    .default([]),
  note: z.string().trim().max(2000).nullable().default(null),
  ...sourcedShape,
};
