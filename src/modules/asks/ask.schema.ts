import { z } from 'zod';
import { idSchema } from '../../core/ids.ts';
import { countrySchema, localizedTextSchema } from '../../core/language.ts';
import { issueAreaSchema } from '../commitments/issue-areas.ts';
import { booleanQuery, listQuerySchema } from '../records/pagination.ts';
import { recordBodySchemas, recordMetaShape } from '../records/record.schema.ts';

export const askPrioritySchema = z.enum(['high', 'medium', 'low']);
export type AskPriority = z.infer<typeof askPrioritySchema>;
export const ASK_PRIORITY_RANK: Record<AskPriority, number> = { high: 1, medium: 2, low: 3 };

export const askStatusSchema = z.enum(['open', 'raised', 'partly-met', 'met', 'dropped']);
export type AskStatus = z.infer<typeof askStatusSchema>;
/** Asks still to be pressed: what an engagement's agenda is planned from. */
export const OPEN_ASK_STATUSES: readonly AskStatus[] = ['open', 'raised', 'partly-met'];

const ids = (label: string) =>
  z
    .array(idSchema)
    .max(500)
    .refine((list) => new Set(list).size === list.length, `${label} must not repeat`)
    .default([]);

export const askFieldsShape = {
  title: localizedTextSchema.describe('What advocates demand, e.g. "Release Zhanbolat Mamay"'),
  country: countrySchema.describe('The government it is addressed to'),
  description: localizedTextSchema.nullable().describe('The argument for it, the facts behind it'),
  priority: askPrioritySchema,
  status: askStatusSchema,
  issueAreas: z.array(issueAreaSchema).max(30).default([]),
  personIds: ids('personIds'),
  caseIds: ids('caseIds'),
  organizationIds: ids('organizationIds'),
  eventIds: ids('eventIds'),
  legalInstrumentIds: ids('legalInstrumentIds'),
};

const bodies = recordBodySchemas(askFieldsShape, ['title', 'country']);
export const {
  fieldsSchema: askFieldsSchema,
  createSchema: createAskSchema,
  updateSchema: updateAskSchema,
} = bodies;
export type AskFields = z.infer<typeof askFieldsSchema>;

export const askDefaults: Partial<AskFields> = {
  description: null,
  priority: 'medium',
  status: 'open',
  issueAreas: [],
  personIds: [],
  caseIds: [],
  organizationIds: [],
  eventIds: [],
  legalInstrumentIds: [],
};

export const askSchema = z.object({ ...recordMetaShape, ...askFieldsShape }).meta({ id: 'Ask' });
export type Ask = z.infer<typeof askSchema>;

export const listAsksQuerySchema = listQuerySchema({
  search: 'Part of the title, any script, any case',
  filters: {
    country: countrySchema.optional(),
    status: askStatusSchema.optional(),
    priority: askPrioritySchema.optional(),
    issueArea: issueAreaSchema.optional().describe('A section covers its subsections'),
    caseId: idSchema.optional(),
    personId: idSchema.optional(),
    isOpen: booleanQuery.optional().describe('true: asks still to be pressed (open, raised, partly met)'),
  },
  sorts: ['name', 'priority', 'createdAt', 'updatedAt'] as const,
  defaultSort: 'priority',
});
export type ListAsksQuery = z.infer<typeof listAsksQuerySchema>;

/** One time an ask was on an engagement's agenda, and what came of it. */
export const askRaisingSchema = z.object({
  engagementId: idSchema,
  engagementTitle: localizedTextSchema,
  startsOn: z.string(),
  agendaItemId: idSchema,
  outcome: z.string(),
  response: localizedTextSchema.nullable(),
  commitmentIds: z.array(idSchema),
});
export const askHistorySchema = z
  .object({
    raisings: z.array(askRaisingSchema).describe('Engagements whose agenda held the ask, oldest first'),
    commitmentIds: z.array(idSchema).describe('Commitments that answer the ask, which the caller may see'),
  })
  .meta({ id: 'AskHistory' });
export type AskHistory = z.infer<typeof askHistorySchema>;
