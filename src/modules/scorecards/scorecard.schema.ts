import { z } from 'zod';
import { idSchema } from '../../core/ids.ts';
import { countrySchema, localizedTextSchema } from '../../core/language.ts';
import { commitmentKindSchema } from '../commitments/commitment.schema.ts';
import { issueAreaSchema } from '../commitments/issue-areas.ts';
import { currentRatingSchema } from '../commitments/rating.ts';

const daySchema = z.iso.date({ message: 'must be a day as YYYY-MM-DD' });

export const scorecardQuerySchema = z.strictObject({
  country: countrySchema,
  asOf: daySchema.optional().describe('Valid time: what had happened by this day; today when left out'),
  issueArea: issueAreaSchema
    .optional()
    .describe('Only commitments under this area (a section covers its subsections)'),
});

export const engagementScorecardQuerySchema = z.strictObject({
  asOf: daySchema.optional().describe('Valid time: what had happened by this day; today when left out'),
});

export const ratingCountsSchema = z.record(currentRatingSchema, z.number().int());

export const scorecardTotalsSchema = z.object({
  commitments: z.number().int(),
  byRating: ratingCountsSchema,
  rated: z.number().int().describe('Commitments with any rating'),
  kept: z.number().int().describe('Rated kept, or fully implemented'),
  shareKept: z.number().nullable().describe('kept ÷ rated; null when none is rated'),
  overdue: z.number().int(),
  medianDaysToKept: z
    .number()
    .nullable()
    .describe('Median days from the promise to the rating that found it kept; null when none is kept'),
});
export type ScorecardTotals = z.infer<typeof scorecardTotalsSchema>;

export const scoredCommitmentSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  kind: commitmentKindSchema,
  madeOn: z.string().nullable(),
  deadline: z.string().nullable(),
  rating: currentRatingSchema.describe('As of the scorecard day'),
  ratedOn: z.string().nullable(),
  rationale: z.string().nullable(),
  isOverdue: z.boolean(),
  issueAreas: z.array(issueAreaSchema),
});
export type ScoredCommitment = z.infer<typeof scoredCommitmentSchema>;

export const timelinePointSchema = z.object({
  day: daySchema,
  made: z.number().int().describe('Commitments made by this day'),
  kept: z.number().int().describe('Of those, rated kept on this day'),
  broken: z.number().int().describe('Of those, rated broken on this day'),
});

export const scorecardSchema = z
  .object({
    country: countrySchema,
    asOf: daySchema,
    issueArea: issueAreaSchema.nullable(),
    totals: scorecardTotalsSchema,
    byIssueArea: z.array(z.object({ issueArea: issueAreaSchema, totals: scorecardTotalsSchema })),
    timeline: z
      .array(timelinePointSchema)
      .describe('Promise against reality, one point per day something changed'),
    commitments: z.array(scoredCommitmentSchema),
  })
  .meta({ id: 'Scorecard' });
export type Scorecard = z.infer<typeof scorecardSchema>;

export const engagementScorecardSchema = z
  .object({
    engagementId: idSchema,
    title: localizedTextSchema,
    startsOn: z.string(),
    asOf: daySchema,
    items: z.array(
      z.object({
        agendaItemId: idSchema,
        askId: idSchema,
        askTitle: localizedTextSchema.nullable().describe('Null when the caller may not see the ask'),
        askStatus: z.string().nullable(),
        outcome: z.string(),
        response: localizedTextSchema.nullable(),
        commitments: z.array(scoredCommitmentSchema),
      }),
    ),
    otherCommitments: z.array(scoredCommitmentSchema).describe('Given at the engagement, on no agenda item'),
  })
  .meta({ id: 'EngagementScorecard' });
export type EngagementScorecard = z.infer<typeof engagementScorecardSchema>;
