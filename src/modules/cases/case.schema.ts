import { z } from 'zod';
import { claimsSchema } from '../../core/claim.ts';
import { idSchema } from '../../core/ids.ts';
import { countrySchema, localizedTextSchema } from '../../core/language.ts';
import { partialDateSchema } from '../../core/partial-date.ts';
import { occupationSchema } from '../persons/person.schema.ts';
import { listQuerySchema } from '../records/pagination.ts';
import { recordBodySchemas, recordMetaShape } from '../records/record.schema.ts';
import { itemList, itemSchema, sourcedShape, storedItemSchema } from '../records/sourced.ts';
import { assessmentShape, unDecisionShape } from './assessment.schema.ts';
import { sentenceSchema, timelineStepShape } from './timeline.schema.ts';

export const caseTypeSchema = z.enum([
  'arbitrary-detention',
  'prosecution',
  'torture',
  'killing',
  'disappearance',
  'harassment',
  'travel-ban',
  'censorship',
  'forced-psychiatric-detention',
  'other',
]);

export const involvementSchema = z.enum([
  'direct',
  'ordered',
  'command-responsibility',
  'complicit',
  'unknown',
]);

const perpetratorShape = {
  personId: idSchema.nullable().default(null),
  organizationId: idSchema.nullable().default(null),
  description: z.string().trim().max(2000).nullable().default(null).describe('When no record names them'),
  involvement: involvementSchema.default('unknown'),
  ...sourcedShape,
};

/** A legal article the victim was charged under, e.g. Criminal Code art. 378.2. */
const chargeShape = {
  instrumentId: idSchema.nullable().default(null).describe('The legal instrument, when recorded'),
  article: z.string().trim().min(1).max(100),
  description: z.string().trim().max(2000).nullable().default(null),
  ...sourcedShape,
};

/** Someone who saw or can testify to what happened: their identity is secret unless decided otherwise. */
export const witnessSchema = z
  .object({
    personId: idSchema.nullable().default(null).describe('The person, when recorded as one'),
    name: z.string().trim().max(300).nullable().default(null),
    contact: z.string().trim().max(500).nullable().default(null),
    statement: z.string().trim().max(20_000).nullable().default(null),
  })
  .strict();

/**
 * The fields of a case that can identify someone, with their default sensitivity: witnesses are
 * secret; the summary, which may name people, follows the record unless marked.
 */
export const caseLevels = { summary: 'public', witnesses: 'secret' } as const;

export const caseFieldsShape = {
  victimId: idSchema.describe('The person the act was done to'),
  caseType: caseTypeSchema,
  title: z.string().trim().max(300).nullable(),
  country: countrySchema.nullable(),
  eventId: idSchema.nullable().describe('The event the case belongs to, if any'),
  summary: localizedTextSchema.nullable(),
  perpetrators: itemList(itemSchema(perpetratorShape), { max: 100, label: 'perpetrators' }),
  charges: itemList(itemSchema(chargeShape), { max: 100, label: 'charges' }),
  timeline: itemList(itemSchema(timelineStepShape), { max: 500, label: 'timeline steps' }),
  assessments: itemList(itemSchema(assessmentShape), { max: 100, label: 'assessments' }),
  unDecisions: itemList(itemSchema(unDecisionShape), { max: 50, label: 'UN decisions' }),
  witnesses: z.array(witnessSchema).max(100).describe('Secret by default'),
};

export const {
  fieldsSchema: caseFieldsSchema,
  createSchema: createCaseSchema,
  updateSchema: updateCaseSchema,
} = recordBodySchemas(caseFieldsShape, ['victimId', 'caseType'], caseLevels);
export type CaseFields = z.infer<typeof caseFieldsSchema>;
export type TimelineStep = CaseFields['timeline'][number];

export const caseDefaults: Partial<CaseFields> = {
  title: null,
  country: null,
  eventId: null,
  summary: null,
  perpetrators: [],
  charges: [],
  timeline: [],
  assessments: [],
  unDecisions: [],
  witnesses: [],
};

const storedTimelineStep = storedItemSchema({
  ...timelineStepShape,
  date: claimsSchema(partialDateSchema),
  sentence: claimsSchema(sentenceSchema).nullable(),
});

export const custodyStatusSchema = z.enum([
  'open',
  'charged',
  'pre-trial-detention',
  'administrative-detention',
  'imprisoned',
  'forced-psychiatric-detention',
  'house-arrest',
  'restricted-liberty',
  'correctional-labour',
  'travel-ban',
  'convicted-without-custody',
  'released',
  'acquitted',
  'died-in-custody',
]);
export type CaseStatus = z.infer<typeof custodyStatusSchema>;

const dayRangeSchema = z.object({ earliest: z.string(), latest: z.string() });
export const custodyIntervalSchema = z.object({
  kind: z.enum(['deprived', 'restricted']),
  start: dayRangeSchema,
  end: dayRangeSchema.nullable().describe('Null while it lasts'),
  basis: z.string().describe('The kind of step that began it'),
});

export const caseSchema = z
  .object({
    ...recordMetaShape,
    ...caseFieldsShape,
    perpetrators: z.array(storedItemSchema(perpetratorShape)),
    charges: z.array(storedItemSchema(chargeShape)),
    timeline: z.array(storedTimelineStep),
    assessments: z.array(storedItemSchema(assessmentShape)),
    unDecisions: z.array(storedItemSchema(unDecisionShape)),
    derived: z
      .object({ status: custodyStatusSchema, custody: z.array(custodyIntervalSchema) })
      .describe('Derived from the timeline, never typed'),
  })
  .meta({ id: 'Case' });

const daySchema = z.iso.date({ message: 'must be a day as YYYY-MM-DD' });

export const listCasesQuerySchema = listQuerySchema({
  search: 'Part of the victim’s name (any script), the title or an article',
  filters: {
    country: countrySchema.optional(),
    caseType: caseTypeSchema.optional(),
    status: custodyStatusSchema.optional().describe('Status once every recorded step has taken effect'),
    victimId: idSchema.optional(),
    eventId: idSchema.optional(),
    inCustodyOn: daySchema
      .optional()
      .describe('Cases whose victim was (certainly or possibly) in custody that day'),
    custody: z
      .enum(['deprived', 'restricted'])
      .default('deprived')
      .describe('Which custody inCustodyOn means'),
  },
  sorts: ['title', 'createdAt', 'updatedAt'] as const,
  defaultSort: 'createdAt',
});
export type ListCasesQuery = z.infer<typeof listCasesQuerySchema>;

export const censusQuerySchema = z
  .object({
    on: daySchema.describe('The census day; people in custody at 00:01 count'),
    custody: z.enum(['deprived', 'restricted']).default('deprived'),
    country: countrySchema.optional(),
    caseType: caseTypeSchema.optional(),
    occupation: occupationSchema.optional().describe('Only victims with this occupation, e.g. journalist'),
  })
  .strict();

export const censusSchema = z
  .object({
    on: z.string(),
    custody: z.enum(['deprived', 'restricted']),
    certain: z.number().int().describe('People certainly in custody that day'),
    possible: z.number().int().describe('People certainly or possibly in custody (partial dates)'),
  })
  .meta({ id: 'Census' });
