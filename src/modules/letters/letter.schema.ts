import { z } from 'zod';
import { idSchema } from '../../core/ids.ts';
import { briefingRequestShape, refineBriefingRequest } from '../briefings/briefing.schema.ts';
import { DECISIONS } from './sign-on.ts';

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

const daySchema = z.iso.date({ message: 'must be a day as YYYY-MM-DD' });
const versionSchema = z.number().int().min(1).describe('The letter’s version as last read');

/** `POST /api/letters`: draft a letter from the data and keep it, as version 1. */
export const createLetterSchema = letterRequestSchema;

export const saveVersionSchema = z.strictObject({
  version: versionSchema,
  markdown: z.string().trim().min(1, 'the letter must not be empty').max(500_000),
  note: z.string().trim().max(500).optional().describe('What changed, in a few words'),
});

export const circulateSchema = z.strictObject({
  version: versionSchema,
  orgIds: z.array(idSchema).min(1, 'name at least one organization').max(100),
  deadline: daySchema.describe('Sign-on closes at the end of this day (UTC)'),
});

export const decisionSchema = z
  .strictObject({
    decision: z.enum(DECISIONS),
    organizationName: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .optional()
      .describe('As it should appear when signed'),
    signatory: z.string().trim().min(1).max(300).optional().describe('Who signs for the organization'),
    title: z.string().trim().min(1).max(300).optional().describe('Their title'),
  })
  .superRefine((input, issues) => {
    if (input.decision === 'signed' && !input.signatory) {
      issues.addIssue({
        code: 'custom',
        path: ['signatory'],
        message: 'name who signs for the organization',
      });
    }
  });

export const finalizeSchema = z.strictObject({ version: versionSchema });

export const letterStatusSchema = z.enum(['draft', 'circulating', 'final']);

export const standingSchema = z.object({
  orgId: idSchema,
  orgName: z.string(),
  standing: z.enum(['invited', 'needs-confirmation', ...DECISIONS]),
  versionNumber: z.number().int().nullable(),
  organizationName: z.string().nullable(),
  signatory: z.string().nullable(),
  signatoryTitle: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

export const letterVersionSummarySchema = z.object({
  number: z.number().int(),
  sha256: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});

export const letterSchema = z
  .object({
    id: idSchema,
    title: z.string(),
    language: z.string(),
    engagementId: idSchema.nullable(),
    status: letterStatusSchema,
    deadline: z.string().nullable(),
    asOf: z.string(),
    audience: z.string(),
    draftedFor: z
      .array(idSchema)
      .describe('The partner organizations the letter was drafted for (those who manage it see them)'),
    version: z.number().int(),
    currentVersion: z.number().int().describe('The number of the latest version of the text'),
    markdown: z.string().describe('The text of the latest version (for a recipient: the one circulated)'),
    versions: z.array(letterVersionSummarySchema).describe('Every version, for those who manage it'),
    standings: z
      .array(standingSchema)
      .describe('Each recipient’s standing, for those who manage it; a recipient sees only its own'),
    finalSha256: z.string().nullable(),
    finalSignatories: z
      .object({
        named: z.array(
          z.object({
            organization: z.string(),
            signatory: z.string().nullable(),
            title: z.string().nullable(),
          }),
        ),
        anonymous: z.number().int(),
      })
      .nullable(),
    abilities: z.object({ manage: z.boolean(), read: z.boolean(), decide: z.boolean() }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Letter' });
export type Letter = z.infer<typeof letterSchema>;

/** The one answer a circulation gives: each organization's sign-on link, shown once. */
export const circulationSchema = z.object({
  letter: letterSchema,
  links: z.array(z.object({ orgId: idSchema, orgName: z.string(), token: z.string() })),
});

/** What a sign-on link shows: the letter as circulated, and the organization's own standing. */
export const signOnViewSchema = z.object({
  letterId: idSchema,
  title: z.string(),
  language: z.string(),
  markdown: z.string(),
  versionNumber: z.number().int(),
  deadline: z.string().nullable(),
  isOpen: z.boolean(),
  status: letterStatusSchema,
  orgName: z.string(),
  standing: standingSchema,
});
