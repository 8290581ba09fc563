import { askPrioritySchema, askStatusSchema } from '../../../../src/modules/asks/ask.schema.ts';
import { caseTypeSchema, custodyStatusSchema } from '../../../../src/modules/cases/case.schema.ts';
import { commitmentKindSchema } from '../../../../src/modules/commitments/commitment.schema.ts';
import { ISSUE_AREAS } from '../../../../src/modules/commitments/issue-areas.ts';
import { currentRatingSchema } from '../../../../src/modules/commitments/rating.ts';
import { engagementKindSchema } from '../../../../src/modules/engagements/engagement.schema.ts';
import { eventKindSchema } from '../../../../src/modules/events/event.schema.ts';
import {
  interventionKindSchema,
  interventionMechanismSchema,
  interventionStatusSchema,
} from '../../../../src/modules/interventions/intervention.schema.ts';
import {
  legalInstrumentKindSchema,
  legalInstrumentStatusSchema,
} from '../../../../src/modules/legal-instruments/legal-instrument.schema.ts';
import { organizationKindSchema } from '../../../../src/modules/organizations/organization.schema.ts';
import { genderSchema, occupationSchema } from '../../../../src/modules/persons/person.schema.ts';
import { reliabilitySchema, sourceKindSchema } from '../../../../src/modules/sources/source.schema.ts';
import type { ListQuery } from './list-types.ts';

/**
 * The enum values the list endpoints filter on, taken from the API's zod schemas and checked against
 * openapi.json's list query types; their labels are `<group>.<value>` in the `vocabulary` namespace.
 */
type Values<T extends keyof Q, Q> = readonly NonNullable<Q[T]>[];

export const GENDERS = genderSchema.options satisfies Values<'gender', ListQuery<'persons'>>;
export const OCCUPATIONS = occupationSchema.options satisfies Values<'occupation', ListQuery<'persons'>>;
export const ORG_KINDS = organizationKindSchema.options satisfies Values<'kind', ListQuery<'organizations'>>;
export const REGISTRATION_STATUSES = [
  'applied',
  'refused',
  'registered',
  'suspended',
  'liquidated',
] as const satisfies Values<'registrationStatus', ListQuery<'organizations'>>;
export const EVENT_KINDS = eventKindSchema.options satisfies Values<'kind', ListQuery<'events'>>;
export const CASE_TYPES = caseTypeSchema.options satisfies Values<'caseType', ListQuery<'cases'>>;
export const CASE_STATUSES = custodyStatusSchema.options satisfies Values<'status', ListQuery<'cases'>>;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CUSTODY = ['deprived', 'restricted'] as const satisfies Values<'custody', ListQuery<'cases'>>;
export const INSTRUMENT_KINDS = legalInstrumentKindSchema.options satisfies Values<
  'kind',
  ListQuery<'legal-instruments'>
>;
export const INSTRUMENT_STATUSES = legalInstrumentStatusSchema.options satisfies Values<
  'status',
  ListQuery<'legal-instruments'>
>;
export const SOURCE_KINDS = sourceKindSchema.options satisfies Values<'kind', ListQuery<'sources'>>;
export const RELIABILITIES = reliabilitySchema.options satisfies Values<'reliability', ListQuery<'sources'>>;
/** Proceedings have a kind but their list does not filter on it; the labels still need it. */
export const PROCEEDING_KINDS = [
  'criminal-trial',
  'appeal',
  'cassation',
  'administrative-hearing',
  'other',
] as const;
export const COMMITMENT_KINDS = commitmentKindSchema.options satisfies Values<
  'kind',
  ListQuery<'commitments'>
>;
export const RATINGS = currentRatingSchema.options satisfies Values<'rating', ListQuery<'commitments'>>;
export type CurrentRating = (typeof RATINGS)[number];
export const ISSUE_AREA_CODES = ISSUE_AREAS satisfies Values<'issueArea', ListQuery<'commitments'>> &
  Values<'issueArea', ListQuery<'asks'>>;
export const ASK_STATUSES = askStatusSchema.options satisfies Values<'status', ListQuery<'asks'>>;
export const ASK_PRIORITIES = askPrioritySchema.options satisfies Values<'priority', ListQuery<'asks'>>;
export const ENGAGEMENT_KINDS = engagementKindSchema.options satisfies Values<
  'kind',
  ListQuery<'engagements'>
>;
export const INTERVENTION_KINDS = interventionKindSchema.options satisfies Values<
  'kind',
  ListQuery<'interventions'>
>;
export const INTERVENTION_MECHANISMS = interventionMechanismSchema.options satisfies Values<
  'mechanism',
  ListQuery<'interventions'>
>;
export const INTERVENTION_STATUSES = interventionStatusSchema.options satisfies Values<
  'status',
  ListQuery<'interventions'>
>;
