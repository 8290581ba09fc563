import { z } from 'zod';
import { idSchema } from '../../core/ids.ts';
import { countrySchema, localizedTextSchema } from '../../core/language.ts';
import { comparePartialDates, isPartialDate, partialDateSchema } from '../../core/partial-date.ts';
import { createCommitmentSchema } from '../commitments/commitment.schema.ts';
import { listQuerySchema } from '../records/pagination.ts';
import { recordBodySchemas, recordMetaShape } from '../records/record.schema.ts';
import { itemList, itemSchema, sourcedShape, storedItemSchema } from '../records/sourced.ts';

export const engagementKindSchema = z.enum([
  'visit',
  'bilateral-meeting',
  'dialogue',
  'un-review',
  'hearing',
  'other',
]);
export type EngagementKindName = z.infer<typeof engagementKindSchema>;

export const participantSideSchema = z.enum([
  'government',
  'delegation',
  'civil-society',
  'international',
  'other',
]);

const participantShape = {
  name: z.string().trim().min(1).max(300).nullable().default(null).describe('As the source names them'),
  personId: idSchema.nullable().default(null),
  organizationId: idSchema.nullable().default(null),
  role: z.string().trim().min(1).max(300).nullable().default(null).describe('e.g. "Foreign Minister"'),
  side: participantSideSchema,
};
export const participantSchema = itemSchema(participantShape);

/** What happened to an agenda item: not yet known, raised, not raised, or no one reported either way. */
export const agendaOutcomeSchema = z.enum(['pending', 'raised', 'not-raised', 'not-reported']);
export type AgendaOutcome = z.infer<typeof agendaOutcomeSchema>;

/** An ask to raise, and afterwards whether it was raised, the answer, and the assurances it brought. */
const agendaItemShape = {
  askId: idSchema,
  outcome: agendaOutcomeSchema.default('pending'),
  response: localizedTextSchema.nullable().default(null).describe("The government's answer, as reported"),
  commitmentIds: z.array(idSchema).max(100).default([]).describe('Assurances received, as commitments'),
  ...sourcedShape,
};
export const agendaItemSchema = itemSchema(agendaItemShape);

const daySchema = z.iso.date({ message: 'must be a day as YYYY-MM-DD' });

const followUpShape = {
  title: z.string().trim().min(1, 'must not be empty').max(1000),
  ownerUserId: idSchema.nullable().default(null).describe('The user who is to do it'),
  dueOn: daySchema.nullable().default(null),
  status: z.enum(['open', 'done']).default('open'),
};
export const followUpSchema = itemSchema(followUpShape);

export const engagementFieldsShape = {
  title: localizedTextSchema.describe('e.g. "US Secretary of State\'s visit to Astana and Tashkent"'),
  kind: engagementKindSchema,
  countries: z
    .array(countrySchema)
    .min(1, 'name at least one country')
    .max(20)
    .refine((list) => new Set(list).size === list.length, 'countries must not repeat'),
  startsOn: partialDateSchema,
  endsOn: partialDateSchema.nullable(),
  places: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  summary: localizedTextSchema.nullable(),
  participants: itemList(participantSchema, { max: 200, label: 'participants' }),
  agenda: itemList(agendaItemSchema, { max: 200, label: 'agenda' }).refine(
    (items) => new Set(items.map((i) => i.askId)).size === items.length,
    'an ask is on the agenda once',
  ),
  followUps: itemList(followUpSchema, { max: 500, label: 'followUps' }),
};

const bodies = recordBodySchemas(engagementFieldsShape, ['title', 'kind', 'countries', 'startsOn']);
export const { createSchema: createEngagementSchema, updateSchema: updateEngagementSchema } = bodies;

export const engagementFieldsSchema = bodies.fieldsSchema.superRefine((fields, ctx) => {
  const { startsOn, endsOn } = fields;
  if (isPartialDate(startsOn) && isPartialDate(endsOn) && comparePartialDates(endsOn, startsOn) === 'before')
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: `must not be before startsOn (${startsOn})` });
});
export type EngagementFields = z.infer<typeof engagementFieldsSchema>;
export type AgendaItem = EngagementFields['agenda'][number];

export const engagementDefaults: Partial<EngagementFields> = {
  endsOn: null,
  places: [],
  summary: null,
  participants: [],
  agenda: [],
  followUps: [],
};

export const engagementSchema = z
  .object({
    ...recordMetaShape,
    ...engagementFieldsShape,
    participants: z.array(storedItemSchema(participantShape)),
    agenda: z.array(storedItemSchema(agendaItemShape)),
    followUps: z.array(storedItemSchema(followUpShape)),
  })
  .meta({ id: 'Engagement' });
export type Engagement = z.infer<typeof engagementSchema>;

export const listEngagementsQuerySchema = listQuerySchema({
  search: 'Part of the title, any script, any case',
  filters: {
    kind: engagementKindSchema.optional(),
    country: countrySchema.optional(),
    askId: idSchema.optional().describe('Engagements whose agenda holds the ask'),
  },
  sorts: ['startsOn', 'name', 'createdAt', 'updatedAt'] as const,
  defaultSort: 'startsOn',
});
export type ListEngagementsQuery = z.infer<typeof listEngagementsQuerySchema>;

/**
 * An assurance received on an agenda item, recorded as a commitment: the commitment's fields,
 * with what the engagement already says (kind, country, date, the ask) filled in when left out.
 */
const assuranceSchema = createCommitmentSchema.partial({ kind: true, country: true });

/** The body of `POST /api/engagements/{id}/outcome`: what happened, item by item. */
export const engagementOutcomeSchema = z.strictObject({
  version: z.number().int().min(1),
  items: z
    .array(
      z.strictObject({
        agendaItemId: idSchema,
        outcome: agendaOutcomeSchema,
        response: localizedTextSchema.nullable().optional(),
        sourceId: idSchema.nullable().optional(),
        locator: z.string().trim().max(500).optional(),
        assurances: z.array(assuranceSchema).max(20).default([]),
      }),
    )
    .min(1, 'give the outcome of at least one agenda item')
    .max(200)
    .refine(
      (items) => new Set(items.map((item) => item.agendaItemId)).size === items.length,
      'give each agenda item one outcome',
    ),
});
export type EngagementOutcomeInput = z.infer<typeof engagementOutcomeSchema>;
