import { z } from 'zod';
import { idSchema } from '../../core/ids.ts';
import { countrySchema, languageTagSchema, localizedTextSchema } from '../../core/language.ts';
import { comparePartialDates, isPartialDate, partialDateSchema } from '../../core/partial-date.ts';
import { booleanQuery, listQuerySchema } from '../records/pagination.ts';
import { recordBodySchemas, recordMetaShape } from '../records/record.schema.ts';
import { itemList, itemSchema, sourcedShape, storedItemSchema } from '../records/sourced.ts';
import { issueAreaSchema } from './issue-areas.ts';
import { currentRatingSchema, IMPLEMENTATION_RATINGS, PROMISE_RATINGS, ratingSchema } from './rating.ts';

export const commitmentKindSchema = z.enum(['assurance', 'pledge', 'law-or-decree', 'un-recommendation']);
export type CommitmentKindName = z.infer<typeof commitmentKindSchema>;

export const unMechanismSchema = z.enum(['upr', 'treaty-body', 'special-procedure', 'other']);
export const recommendationResponseSchema = z.enum(['supported', 'noted']);

const ids = (label: string) =>
  z
    .array(idSchema)
    .max(500)
    .refine((list) => new Set(list).size === list.length, `${label} must not repeat`)
    .default([]);

/** A UN recommendation's mechanism, cycle and the state's response to it. */
export const unRecommendationSchema = z.strictObject({
  mechanism: unMechanismSchema,
  cycle: z.string().trim().min(1).max(100).nullable().default(null).describe('e.g. "UPR 4th cycle (2025)"'),
  recommendingStates: z.array(z.string().trim().min(1).max(200)).max(200).default([]),
  response: recommendationResponseSchema.nullable().default(null).describe('Null until the state responds'),
  isAlreadyImplemented: z.boolean().default(false).describe('The state said it was "already implemented"'),
});

/** A verifiable statement of what would count as kept, and whether it has been met. */
const benchmarkShape = {
  text: localizedTextSchema,
  status: z.enum(['unknown', 'not-met', 'partly-met', 'met']).default('unknown'),
  ...sourcedShape,
};
export const benchmarkSchema = itemSchema(benchmarkShape);

/** One piece of evidence behind a rating: a source, where in it, and what it shows. */
export const evidenceSchema = z.strictObject({
  sourceId: idSchema.describe('The source the evidence comes from'),
  locator: z.string().trim().max(500).optional().describe('Where in the source: page, paragraph'),
  summary: z.string().trim().min(1).max(5000).optional().describe('What the source shows, in our words'),
});

const ratingEntryShape = {
  rating: ratingSchema,
  ratedOn: partialDateSchema.describe('When the judgement holds from: the date of the evidence'),
  rationale: z
    .string({ error: 'give the rationale for the rating' })
    .trim()
    .min(1, 'give the rationale for the rating')
    .max(10_000),
  evidence: z
    .array(evidenceSchema, { error: 'cite at least one source as evidence' })
    .min(1, 'cite at least one source as evidence')
    .max(50),
};
export const ratingEntrySchema = itemSchema(ratingEntryShape);

export const commitmentFieldsShape = {
  title: localizedTextSchema.describe(
    'The promise in one line, e.g. "Lower the thresholds for registering parties"',
  ),
  kind: commitmentKindSchema,
  country: countrySchema.describe('The government that made it'),
  makerOrganizationId: idSchema.nullable().describe('The government or body that made it'),
  makerPersonId: idSchema.nullable().describe('The official who made it'),
  makerLabel: z.string().trim().min(1).max(300).nullable().describe('Who made it, as the source says'),
  recipient: z.string().trim().min(1).max(300).nullable().describe('To whom, or in which forum'),
  engagementId: idSchema.nullable().describe('The engagement it was given in'),
  madeOn: partialDateSchema.nullable(),
  originalLanguage: languageTagSchema.nullable().describe('The language `text` was given in'),
  text: localizedTextSchema.nullable().describe('The wording, in the original language and in translation'),
  issueAreas: z.array(issueAreaSchema).max(30).default([]),
  unRecommendation: unRecommendationSchema.nullable().describe('Only for UN recommendations'),
  askIds: ids('askIds').describe('The asks it answers'),
  caseIds: ids('caseIds'),
  organizationIds: ids('organizationIds'),
  eventIds: ids('eventIds'),
  legalInstrumentIds: ids('legalInstrumentIds'),
  benchmarks: itemList(benchmarkSchema, { max: 100, label: 'benchmarks' }),
  deadline: partialDateSchema.nullable(),
  ratings: itemList(ratingEntrySchema, { max: 1000, label: 'ratings' }).describe(
    'The rating history; each rating needs a rationale and at least one source',
  ),
};

const bodies = recordBodySchemas(commitmentFieldsShape, ['title', 'kind', 'country']);
export const { createSchema: createCommitmentSchema, updateSchema: updateCommitmentSchema } = bodies;

/** The complete fields, with the rules that tie them together. */
export const commitmentFieldsSchema = bodies.fieldsSchema.superRefine((fields, ctx) => {
  const isUn = fields.kind === 'un-recommendation';
  if (isUn && !fields.unRecommendation)
    ctx.addIssue({
      code: 'custom',
      path: ['unRecommendation'],
      message: 'give the mechanism of a UN recommendation',
    });
  if (!isUn && fields.unRecommendation)
    ctx.addIssue({ code: 'custom', path: ['unRecommendation'], message: 'only UN recommendations have one' });
  const scale: readonly string[] = isUn ? IMPLEMENTATION_RATINGS : PROMISE_RATINGS;
  fields.ratings?.forEach((entry, i) => {
    if (!scale.includes(entry.rating))
      ctx.addIssue({
        code: 'custom',
        path: ['ratings', i, 'rating'],
        message: `a ${isUn ? 'UN recommendation' : 'commitment of this kind'} is rated ${scale.join(', ')}`,
      });
  });
  const { madeOn, deadline } = fields;
  if (isPartialDate(madeOn) && isPartialDate(deadline) && comparePartialDates(deadline, madeOn) === 'before')
    ctx.addIssue({ code: 'custom', path: ['deadline'], message: `must not be before madeOn (${madeOn})` });
});
export type CommitmentFields = z.infer<typeof commitmentFieldsSchema>;
export type RatingEntry = CommitmentFields['ratings'][number];
export type Benchmark = CommitmentFields['benchmarks'][number];

export const commitmentDefaults: Partial<CommitmentFields> = {
  makerOrganizationId: null,
  makerPersonId: null,
  makerLabel: null,
  recipient: null,
  engagementId: null,
  madeOn: null,
  originalLanguage: null,
  text: null,
  issueAreas: [],
  unRecommendation: null,
  askIds: [],
  caseIds: [],
  organizationIds: [],
  eventIds: [],
  legalInstrumentIds: [],
  benchmarks: [],
  deadline: null,
  ratings: [],
};

/** What every response adds, derived from the record as of the server's today. */
export const commitmentDerivedShape = {
  currentRating: currentRatingSchema,
  isOverdue: z.boolean().describe('Deadline passed with no final rating'),
};

export const commitmentSchema = z
  .object({
    ...recordMetaShape,
    ...commitmentFieldsShape,
    benchmarks: z.array(storedItemSchema(benchmarkShape)),
    ratings: z.array(storedItemSchema(ratingEntryShape)),
    ...commitmentDerivedShape,
  })
  .meta({ id: 'Commitment' });
export type Commitment = z.infer<typeof commitmentSchema>;

/** The body of `POST /api/commitments/{id}/ratings`: one new rating on the version read. */
export const rateCommitmentSchema = z.strictObject({
  version: z.number().int().min(1),
  ...ratingEntryShape,
});
export type RateCommitmentInput = z.infer<typeof rateCommitmentSchema>;

export const listCommitmentsQuerySchema = listQuerySchema({
  search: 'Part of the title, any script, any case',
  filters: {
    kind: commitmentKindSchema.optional(),
    country: countrySchema.optional(),
    rating: currentRatingSchema.optional().describe('The current rating'),
    issueArea: issueAreaSchema.optional().describe('A section covers its subsections'),
    engagementId: idSchema.optional(),
    askId: idSchema.optional(),
    caseId: idSchema.optional(),
    isOverdue: booleanQuery.optional(),
  },
  sorts: ['name', 'madeOn', 'deadline', 'createdAt', 'updatedAt'] as const,
  defaultSort: 'name',
});
export type ListCommitmentsQuery = z.infer<typeof listCommitmentsQuerySchema>;
