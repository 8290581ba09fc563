import { z } from 'zod';
import { idSchema } from '../../core/ids.ts';
import { countrySchema } from '../../core/language.ts';
import { askPrioritySchema, askStatusSchema } from '../asks/ask.schema.ts';
import { custodyStatusSchema } from '../cases/case.schema.ts';
import { commitmentKindSchema } from '../commitments/commitment.schema.ts';
import { issueAreaSchema } from '../commitments/issue-areas.ts';
import { currentRatingSchema } from '../commitments/rating.ts';
import { AUDIENCES } from './readership.ts';

/**
 * A briefing as data: everything a briefing or letter says, as of one day, read through the
 * policy for its audience. The Markdown, HTML, DOCX and PDF are renderings of this and nothing
 * else, so no output can say what the data does not.
 */

const daySchema = z.iso.date({ message: 'must be a day as YYYY-MM-DD' });
export const documentLanguageSchema = z.enum(['en', 'ru']).describe('The language of the document');
export type DocumentLanguage = z.infer<typeof documentLanguageSchema>;
export const audienceSchema = z
  .enum(AUDIENCES)
  .describe('internal, partner (what every recipient organization may see) or public');

export const briefingRequestShape = {
  engagementId: idSchema.optional().describe('The engagement it is for: its countries and agenda'),
  countries: z.array(countrySchema).max(20).optional().describe('Defaults to the engagement’s'),
  issueAreas: z.array(issueAreaSchema).max(30).optional().describe('Only asks and commitments under these'),
  askIds: z.array(idSchema).max(200).optional().describe('Defaults to the agenda, or the open asks'),
  asOf: daySchema.optional().describe('Valid time: what had happened by this day; today when left out'),
  audience: audienceSchema.default('internal'),
  recipientOrgIds: z
    .array(idSchema)
    .max(100)
    .default([])
    .describe('With the partner audience: the organizations that will read it'),
  language: documentLanguageSchema.default('en'),
};

/** The rules across fields of a briefing request (a letter's request shares them). */
export function refineBriefingRequest(
  request: {
    engagementId?: string | undefined;
    countries?: string[] | undefined;
    audience: string;
    recipientOrgIds: string[];
  },
  issues: z.core.$RefinementCtx,
): void {
  if (!request.engagementId && !request.countries?.length) {
    issues.addIssue({ code: 'custom', path: ['countries'], message: 'name an engagement or countries' });
  }
  if (request.audience === 'partner' && request.recipientOrgIds.length === 0) {
    issues.addIssue({
      code: 'custom',
      path: ['recipientOrgIds'],
      message: 'name the partner organizations that will read it',
    });
  }
  if (request.audience !== 'partner' && request.recipientOrgIds.length > 0) {
    issues.addIssue({
      code: 'custom',
      path: ['recipientOrgIds'],
      message: 'only go with the partner audience',
    });
  }
}

export const briefingRequestSchema = z.strictObject(briefingRequestShape).superRefine(refineBriefingRequest);
export type BriefingRequest = z.infer<typeof briefingRequestSchema>;

/** Footnote numbers: the sources behind a fact, in the briefing's one numbered list. */
const citesSchema = z.array(z.number().int().min(1));

const dayCountSchema = z.object({
  certain: z.number().int().describe('Days certainly deprived of liberty'),
  possible: z.number().int().describe('Days possibly deprived, partial dates counted widest'),
});

export const caseFactsSchema = z.object({
  id: idSchema,
  victimId: idSchema.nullable(),
  victimName: z.string().nullable().describe('Null when withheld from this audience'),
  title: z.string().nullable(),
  caseType: z.string(),
  status: custodyStatusSchema.describe('As of the day'),
  inCustody: z.enum(['yes', 'no', 'possibly']).describe('Deprived of liberty at the end of the day'),
  restricted: z
    .enum(['yes', 'no', 'possibly'])
    .describe('Liberty restricted at the end of the day (house arrest…)'),
  deprivedSince: z.string().nullable().describe('Start of the custody that lasts on the day'),
  firstDeprivedOn: z.string().nullable().describe('When the person was first deprived of liberty'),
  daysDeprived: dayCountSchema.describe('All days deprived of liberty up to the day'),
  releasedOn: z.string().nullable().describe('When the last custody ended, if it has by the day'),
  charges: z.array(z.object({ article: z.string(), description: z.string().nullable(), cites: citesSchema })),
  sentence: z
    .object({
      text: z.string().nullable(),
      custody: z.string(),
      termMonths: z.number().nullable(),
      cites: citesSchema,
    })
    .nullable(),
  politicalPrisoner: z
    .object({ assessor: z.string().nullable(), date: z.string(), cites: citesSchema })
    .nullable()
    .describe('The latest political-prisoner assessment by the day'),
  unDecisions: z.array(
    z.object({
      body: z.string(),
      opinionNumber: z.string().nullable(),
      adoptedOn: z.string().nullable(),
      finding: z.string(),
      cites: citesSchema,
    }),
  ),
  cites: citesSchema,
});
export type CaseFacts = z.infer<typeof caseFactsSchema>;

export const figureFactsSchema = z.object({
  eventId: idSchema,
  eventName: z.string(),
  kind: z.string(),
  label: z.string().nullable(),
  value: z.number().nullable().describe('The preferred or agreed number; null when sources disagree'),
  qualifier: z.string().nullable(),
  cites: citesSchema,
  alternatives: z.array(z.object({ value: z.number(), qualifier: z.string(), cites: citesSchema })),
});
export type FigureFacts = z.infer<typeof figureFactsSchema>;

export const indicatorFactsSchema = z.object({
  id: idSchema,
  name: z.string(),
  unit: z.string(),
  points: z.array(
    z.object({ date: z.string(), value: z.number(), qualifier: z.string(), cites: citesSchema }),
  ),
});
export type IndicatorFacts = z.infer<typeof indicatorFactsSchema>;

export const askFactsSchema = z.object({
  id: idSchema,
  title: z.string(),
  description: z.string().nullable(),
  priority: askPrioritySchema,
  status: askStatusSchema.describe('As of the day (see statusIsRecorded)'),
  statusIsRecorded: z
    .boolean()
    .describe('True when the status is the one recorded now; false when derived for a past day'),
  issueAreas: z.array(issueAreaSchema),
  cases: z.array(caseFactsSchema),
  figures: z.array(figureFactsSchema).describe('Figures of the events the ask is about'),
  cites: citesSchema,
});
export type AskFacts = z.infer<typeof askFactsSchema>;

export const commitmentFactsSchema = z.object({
  id: idSchema,
  title: z.string(),
  kind: commitmentKindSchema,
  madeBy: z.string().nullable(),
  madeOn: z.string().nullable(),
  deadline: z.string().nullable(),
  rating: currentRatingSchema,
  ratedOn: z.string().nullable(),
  rationale: z.string().nullable(),
  isOverdue: z.boolean(),
  evidence: z.array(z.object({ summary: z.string().nullable(), cites: citesSchema })),
});
export type CommitmentFacts = z.infer<typeof commitmentFactsSchema>;

export const talkingPointSchema = z.discriminatedUnion('rule', [
  z.object({
    rule: z.literal('open-ask-in-custody'),
    askId: idSchema,
    askTitle: z.string(),
    caseId: idSchema,
    victimName: z.string().nullable(),
    status: custodyStatusSchema,
    firstDeprivedOn: z.string().nullable(),
    daysDeprived: dayCountSchema,
    cites: citesSchema,
  }),
  z.object({
    rule: z.literal('un-finding-unremedied'),
    caseId: idSchema,
    victimName: z.string().nullable(),
    body: z.string(),
    opinionNumber: z.string().nullable(),
    cites: citesSchema,
  }),
  z.object({
    rule: z.literal('overdue-commitment'),
    commitmentId: idSchema,
    title: z.string(),
    deadline: z.string(),
    cites: citesSchema,
  }),
  z.object({
    rule: z.literal('broken-commitment'),
    commitmentId: idSchema,
    title: z.string(),
    ratedOn: z.string().nullable(),
    cites: citesSchema,
  }),
  z.object({
    rule: z.literal('figure-disputed'),
    eventName: z.string(),
    kind: z.string(),
    values: z.array(z.number()),
    cites: citesSchema,
  }),
]);
export type TalkingPoint = z.infer<typeof talkingPointSchema>;

export const countryBriefingSchema = z.object({
  country: countrySchema,
  asks: z.array(askFactsSchema),
  indicators: z.array(indicatorFactsSchema),
  commitments: z.array(commitmentFactsSchema),
  talkingPoints: z.array(talkingPointSchema),
});
export type CountryBriefing = z.infer<typeof countryBriefingSchema>;

export const footnoteSchema = z.object({
  number: z.number().int().min(1),
  sourceId: idSchema,
  locator: z.string().nullable(),
  title: z.string(),
  author: z.string().nullable(),
  publishedOn: z.string().nullable(),
  url: z.string().nullable(),
});
export type Footnote = z.infer<typeof footnoteSchema>;

export const briefingSchema = z
  .object({
    asOf: daySchema,
    audience: audienceSchema,
    language: documentLanguageSchema,
    engagement: z
      .object({
        id: idSchema,
        title: z.string(),
        kind: z.string(),
        startsOn: z.string(),
        endsOn: z.string().nullable(),
        places: z.array(z.string()),
        addressee: z
          .object({
            name: z.string().nullable(),
            role: z.string().nullable(),
            organization: z.string().nullable(),
          })
          .nullable()
          .describe('The delegation’s lead participant, whom a letter is addressed to'),
      })
      .nullable(),
    countries: z.array(countryBriefingSchema),
    footnotes: z.array(footnoteSchema),
  })
  .meta({ id: 'Briefing' });
export type Briefing = z.infer<typeof briefingSchema>;
