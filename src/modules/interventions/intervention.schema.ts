import { z } from 'zod';
import { idSchema } from '../../core/ids.ts';
import { countrySchema, localizedTextSchema } from '../../core/language.ts';
import { comparePartialDates, isPartialDate, partialDateSchema } from '../../core/partial-date.ts';
import { listQuerySchema } from '../records/pagination.ts';
import { recordBodySchemas, recordMetaShape } from '../records/record.schema.ts';

export const interventionKindSchema = z.enum([
  'urgent-appeal',
  'allegation-letter',
  'wgad-petition',
  'individual-communication',
  'other',
]);
export const interventionMechanismSchema = z.enum([
  'wgad',
  'special-rapporteur',
  'treaty-body',
  'upr',
  'other',
]);
export const interventionStatusSchema = z.enum(['draft', 'sent', 'government-replied', 'decided', 'closed']);

const ids = (label: string) =>
  z
    .array(idSchema)
    .max(500)
    .refine((list) => new Set(list).size === list.length, `${label} must not repeat`)
    .default([]);

/** A communication to a UN mechanism about cases (HURIDOCS "Intervention"), and the answer to it. */
export const interventionFieldsShape = {
  title: localizedTextSchema,
  kind: interventionKindSchema,
  mechanism: interventionMechanismSchema,
  mechanismName: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .nullable()
    .describe('e.g. "Special Rapporteur on human rights defenders"'),
  country: countrySchema.nullable().describe('The government it concerns'),
  sentOn: partialDateSchema.nullable(),
  submittedById: idSchema.nullable().describe('The organization that sent it'),
  reference: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .nullable()
    .describe('The mechanism\'s reference, e.g. "UA KAZ 1/2023" or "Opinion No. 11/2023"'),
  caseIds: ids('caseIds'),
  personIds: ids('personIds'),
  status: interventionStatusSchema,
  replyOn: partialDateSchema.nullable().describe("When the government's reply came"),
  reply: localizedTextSchema.nullable().describe("The government's reply, summarized"),
  outcome: localizedTextSchema.nullable().describe("The mechanism's decision or follow-up"),
  sourceId: idSchema.nullable().describe('Where the communication or its answer is published'),
};

const bodies = recordBodySchemas(interventionFieldsShape, ['title', 'kind', 'mechanism']);
export const { createSchema: createInterventionSchema, updateSchema: updateInterventionSchema } = bodies;

export const interventionFieldsSchema = bodies.fieldsSchema.superRefine((fields, ctx) => {
  const { sentOn, replyOn } = fields;
  if (isPartialDate(sentOn) && isPartialDate(replyOn) && comparePartialDates(replyOn, sentOn) === 'before')
    ctx.addIssue({ code: 'custom', path: ['replyOn'], message: `must not be before sentOn (${sentOn})` });
});
export type InterventionFields = z.infer<typeof interventionFieldsSchema>;

export const interventionDefaults: Partial<InterventionFields> = {
  mechanismName: null,
  country: null,
  sentOn: null,
  submittedById: null,
  reference: null,
  caseIds: [],
  personIds: [],
  status: 'sent',
  replyOn: null,
  reply: null,
  outcome: null,
  sourceId: null,
};

export const interventionSchema = z
  .object({ ...recordMetaShape, ...interventionFieldsShape })
  .meta({ id: 'Intervention' });
export type Intervention = z.infer<typeof interventionSchema>;

export const listInterventionsQuerySchema = listQuerySchema({
  search: 'Part of the title or the reference, any script, any case',
  filters: {
    kind: interventionKindSchema.optional(),
    mechanism: interventionMechanismSchema.optional(),
    country: countrySchema.optional(),
    status: interventionStatusSchema.optional(),
    caseId: idSchema.optional(),
  },
  sorts: ['sentOn', 'name', 'createdAt', 'updatedAt'] as const,
  defaultSort: 'sentOn',
});
