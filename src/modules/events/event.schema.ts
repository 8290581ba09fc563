import { z } from 'zod';
import { claimSchema, claimsSchema } from '../../core/claim.ts';
import { countrySchema, localizedTextSchema } from '../../core/language.ts';
import { namesSchema, storedNameSchema } from '../../core/name.schema.ts';
import { comparePartialDates, isPartialDate, partialDateSchema } from '../../core/partial-date.ts';
import { listQuerySchema } from '../records/pagination.ts';
import { recordBodySchemas, recordMetaShape } from '../records/record.schema.ts';
import { itemList, itemSchema, sourcedShape, storedItemSchema } from '../records/sourced.ts';

export const eventKindSchema = z.enum([
  'protest',
  'unrest',
  'crackdown',
  'election',
  'referendum',
  'armed-conflict',
  'other',
]);

export const figureKindSchema = z.enum([
  'deaths',
  'deaths-security-forces',
  'injured',
  'detained',
  'tortured',
  'torture-cases-opened',
  'convicted',
  'amnestied',
  'other',
]);

export const figureQualifierSchema = z
  .enum(['exact', 'at-least', 'about', 'at-most'])
  .describe('How the source states the number: exactly, at least, about or at most');
export type FigureQualifier = z.infer<typeof figureQualifierSchema>;

export const accountabilityKindSchema = z.enum([
  'investigation-opened',
  'officials-detained',
  'officials-charged',
  'officials-convicted',
  'amnesty',
  'inquiry',
  'compensation',
  'other',
]);

const figureValueSchema = z.number().int().min(0);
/** Members each claim of a figure carries besides the value and its source. */
const figureClaimExtra = {
  statedOn: partialDateSchema.optional().describe('When the source gave this number'),
  qualifier: figureQualifierSchema.default('exact'),
};

const LABEL_NEEDED = 'give a label for a figure of kind other';

/**
 * One count about the event (deaths, detentions…): the numbers sources gave stay side by side as
 * claims, so 238 can be preferred while 225, 230 and 232 remain visible.
 */
const figureShape = {
  kind: figureKindSchema,
  label: localizedTextSchema.optional().describe('What is counted; needed when kind is other'),
  claims: claimsSchema(figureValueSchema, figureClaimExtra),
};
export const figureSchema = itemSchema(figureShape).refine(
  (figure) => figure.kind !== 'other' || figure.label !== undefined,
  { path: ['label'], message: LABEL_NEEDED },
);

/** A dated, sourced step towards (or away from) accountability for what happened. */
const accountabilityStepShape = {
  kind: accountabilityKindSchema,
  date: partialDateSchema,
  count: z
    .number()
    .int()
    .min(0)
    .nullable()
    .default(null)
    .describe('How many cases, officials or people, when the source gives a number'),
  description: localizedTextSchema.nullable().default(null),
  ...sourcedShape,
};
export const accountabilityStepSchema = itemSchema(accountabilityStepShape);

export const eventFieldsShape = {
  names: namesSchema,
  kind: eventKindSchema,
  country: countrySchema.nullable().describe('Null when the event spans several countries'),
  startDate: partialDateSchema.describe('YYYY, YYYY-MM or YYYY-MM-DD'),
  endDate: partialDateSchema.nullable().describe('Null while ongoing or when not reported'),
  places: z.array(z.string().trim().min(1, 'must not be empty').max(300)).max(50),
  description: localizedTextSchema.nullable(),
  figures: itemList(figureSchema, { max: 100, label: 'figures' }),
  accountability: itemList(accountabilityStepSchema, { max: 500, label: 'accountability steps' }),
};

const bodySchemas = recordBodySchemas(eventFieldsShape, ['names', 'kind', 'startDate']);
export const { createSchema: createEventSchema, updateSchema: updateEventSchema } = bodySchemas;

/** The complete fields; an end that certainly precedes the start is refused at `endDate`. */
export const eventFieldsSchema = bodySchemas.fieldsSchema.superRefine((fields, ctx) => {
  const { startDate, endDate } = fields;
  // Guarded because refinements may run even when a date itself failed to parse.
  if (endDate === null || !isPartialDate(endDate) || !isPartialDate(startDate)) return;
  if (comparePartialDates(endDate, startDate) === 'before') {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before startDate' });
  }
});
export type EventFields = z.infer<typeof eventFieldsSchema>;
export type Figure = EventFields['figures'][number];
export type AccountabilityStep = EventFields['accountability'][number];

export const eventDefaults: Partial<EventFields> = {
  country: null,
  endDate: null,
  places: [],
  description: null,
  figures: [],
  accountability: [],
};

/** Responses are encoded through this schema, so it must be free of transforms. */
export const eventSchema = z
  .object({
    ...recordMetaShape,
    ...eventFieldsShape,
    names: z.array(storedNameSchema),
    figures: z.array(
      storedItemSchema({ ...figureShape, claims: z.array(claimSchema(figureValueSchema, figureClaimExtra)) }),
    ),
    accountability: z.array(storedItemSchema(accountabilityStepShape)),
  })
  .meta({ id: 'Event' });
export type Event = z.infer<typeof eventSchema>;

export const listEventsQuerySchema = listQuerySchema({
  search: 'Part of any name, any script, any case',
  filters: {
    kind: eventKindSchema.optional(),
    country: countrySchema.optional(),
    // Only the start is a column, so the range filters on where the event starts.
    from: partialDateSchema.optional().describe('Events starting on or after the first day of this date'),
    to: partialDateSchema.optional().describe('Events starting on or before the last day of this date'),
  },
  sorts: ['name', 'startDate', 'createdAt', 'updatedAt'] as const,
  defaultSort: 'name',
});
export type ListEventsQuery = z.infer<typeof listEventsQuerySchema>;
