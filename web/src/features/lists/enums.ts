import type { ListQuery } from './list-types.ts';

/**
 * The enum values the list endpoints filter on, each checked against openapi.json's types; their
 * labels are `<group>.<value>` in the shared `vocabulary` namespace.
 */
type Values<T extends keyof Q, Q> = readonly NonNullable<Q[T]>[];

export const GENDERS = ['female', 'male', 'other', 'unknown'] as const satisfies Values<
  'gender',
  ListQuery<'persons'>
>;
export const OCCUPATIONS = [
  'journalist',
  'blogger',
  'lawyer',
  'human-rights-defender',
  'activist',
  'opposition-politician',
  'religious-believer',
  'trade-unionist',
  'civil-servant',
  'academic',
  'artist',
  'student',
  'other',
] as const satisfies Values<'occupation', ListQuery<'persons'>>;
export const ORG_KINDS = [
  'ngo',
  'party',
  'media-outlet',
  'state-body',
  'court',
  'international-body',
  'other',
] as const satisfies Values<'kind', ListQuery<'organizations'>>;
export const REGISTRATION_STATUSES = [
  'applied',
  'refused',
  'registered',
  'suspended',
  'liquidated',
] as const satisfies Values<'registrationStatus', ListQuery<'organizations'>>;
export const EVENT_KINDS = [
  'protest',
  'unrest',
  'crackdown',
  'election',
  'referendum',
  'armed-conflict',
  'other',
] as const satisfies Values<'kind', ListQuery<'events'>>;
export const CASE_TYPES = [
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
] as const satisfies Values<'caseType', ListQuery<'cases'>>;
export const CASE_STATUSES = [
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
] as const satisfies Values<'status', ListQuery<'cases'>>;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CUSTODY = ['deprived', 'restricted'] as const satisfies Values<'custody', ListQuery<'cases'>>;
export const INSTRUMENT_KINDS = [
  'constitution',
  'code',
  'law',
  'decree',
  'resolution',
  'regulation',
  'order',
  'other',
] as const satisfies Values<'kind', ListQuery<'legal-instruments'>>;
export const INSTRUMENT_STATUSES = [
  'draft',
  'in-force',
  'amended',
  'suspended',
  'repealed',
] as const satisfies Values<'status', ListQuery<'legal-instruments'>>;
export const SOURCE_KINDS = [
  'document',
  'web-page',
  'report',
  'letter',
  'interview',
] as const satisfies Values<'kind', ListQuery<'sources'>>;
export const RELIABILITIES = [
  'completely-reliable',
  'usually-reliable',
  'fairly-reliable',
  'not-usually-reliable',
  'unreliable',
  'cannot-be-judged',
] as const satisfies Values<'reliability', ListQuery<'sources'>>;
/** Proceedings have a kind but their list does not filter on it; the labels still need it. */
export const PROCEEDING_KINDS = [
  'criminal-trial',
  'appeal',
  'cassation',
  'administrative-hearing',
  'other',
] as const;
