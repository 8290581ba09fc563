import {
  askDefaults,
  askPrioritySchema,
  askStatusSchema,
  createAskSchema,
  updateAskSchema,
} from '../../../../../src/modules/asks/ask.schema.ts';
import {
  benchmarkSchema,
  commitmentDefaults,
  commitmentKindSchema,
  createCommitmentSchema,
  updateCommitmentSchema,
} from '../../../../../src/modules/commitments/commitment.schema.ts';
import { ISSUE_AREAS } from '../../../../../src/modules/commitments/issue-areas.ts';
import {
  createEngagementSchema,
  engagementDefaults,
  engagementKindSchema,
  followUpSchema,
  participantSideSchema,
  updateEngagementSchema,
} from '../../../../../src/modules/engagements/engagement.schema.ts';
import {
  createInterventionSchema,
  interventionDefaults,
  interventionKindSchema,
  interventionMechanismSchema,
  interventionStatusSchema,
  updateInterventionSchema,
} from '../../../../../src/modules/interventions/intervention.schema.ts';
import type { RecordSegment } from '../shared/types.ts';
import type { FieldSpec, TypeSpec } from './spec-types.ts';

const issueAreas: FieldSpec = {
  field: 'issueAreas',
  control: 'enums',
  group: 'issueArea',
  options: ISSUE_AREAS,
};

/** The records an ask or a commitment concerns, each a list of links. */
const linked = (...fields: Array<[field: string, segment: RecordSegment]>): FieldSpec[] =>
  fields.map(([field, segment]) => ({ field, control: 'records', segment }));

/** What a new UN recommendation starts with: the mechanism most recommendations come from. */
const NEW_UN_RECOMMENDATION = {
  mechanism: 'upr',
  cycle: null,
  recommendingStates: [],
  response: null,
  isAlreadyImplemented: false,
};

/**
 * The benchmark's status values come from its schema (an item schema transformed to add ids, whose
 * input shape still names them).
 */
const BENCHMARK_STATUSES = benchmarkSchema.in.shape.status.unwrap().options;
const FOLLOW_UP_STATUSES = followUpSchema.in.shape.status.unwrap().options;

/**
 * The editors of the tracker's records. A commitment's ratings are not edited here: each is added
 * with its evidence through the rating form on the commitment's page. An engagement's agenda and
 * outcomes are edited on the engagement's page; a follow-up's owner is kept as stored.
 */
export const TRACKER_SPECS: Partial<Record<RecordSegment, TypeSpec>> = {
  asks: {
    fields: [
      { field: 'title', control: 'localized', required: true },
      { field: 'country', control: 'country', required: true },
      {
        field: 'priority',
        control: 'enum',
        group: 'askPriority',
        options: askPrioritySchema.options,
        required: true,
      },
      {
        field: 'status',
        control: 'enum',
        group: 'askStatus',
        options: askStatusSchema.options,
        required: true,
      },
      { field: 'description', control: 'localized' },
      issueAreas,
      ...linked(
        ['personIds', 'persons'],
        ['caseIds', 'cases'],
        ['organizationIds', 'organizations'],
        ['eventIds', 'events'],
        ['legalInstrumentIds', 'legal-instruments'],
      ),
    ],
    initial: { ...askDefaults, title: null, country: '' },
    createSchema: createAskSchema,
    updateSchema: updateAskSchema,
  },
  interventions: {
    fields: [
      { field: 'title', control: 'localized', required: true },
      {
        field: 'kind',
        control: 'enum',
        group: 'interventionKind',
        options: interventionKindSchema.options,
        required: true,
      },
      {
        field: 'mechanism',
        control: 'enum',
        group: 'interventionMechanism',
        options: interventionMechanismSchema.options,
        required: true,
      },
      { field: 'mechanismName', control: 'text' },
      {
        field: 'status',
        control: 'enum',
        group: 'interventionStatus',
        options: interventionStatusSchema.options,
        required: true,
      },
      { field: 'country', control: 'country' },
      { field: 'reference', control: 'text' },
      { field: 'sentOn', control: 'date' },
      { field: 'submittedById', control: 'record', segment: 'organizations' },
      { field: 'replyOn', control: 'date' },
      { field: 'sourceId', control: 'source' },
      { field: 'reply', control: 'localized' },
      { field: 'outcome', control: 'localized' },
      ...linked(['caseIds', 'cases'], ['personIds', 'persons']),
    ],
    initial: { ...interventionDefaults, title: null, kind: 'urgent-appeal', mechanism: 'special-rapporteur' },
    createSchema: createInterventionSchema,
    updateSchema: updateInterventionSchema,
  },
  commitments: {
    fields: [
      { field: 'title', control: 'localized', required: true },
      {
        field: 'kind',
        control: 'enum',
        group: 'commitmentKind',
        options: commitmentKindSchema.options,
        required: true,
      },
      { field: 'country', control: 'country', required: true },
      { field: 'makerLabel', control: 'text' },
      { field: 'makerOrganizationId', control: 'record', segment: 'organizations' },
      { field: 'makerPersonId', control: 'record', segment: 'persons' },
      { field: 'recipient', control: 'text' },
      { field: 'engagementId', control: 'record', segment: 'engagements' },
      { field: 'madeOn', control: 'date' },
      { field: 'deadline', control: 'date' },
      { field: 'originalLanguage', control: 'language' },
      { field: 'text', control: 'localized' },
      { field: 'unRecommendation', control: 'un-recommendation' },
      issueAreas,
      {
        field: 'benchmarks',
        control: 'items',
        items: [
          { key: 'text', kind: 'localized', required: true },
          { key: 'status', kind: 'enum', group: 'benchmarkStatus', options: BENCHMARK_STATUSES },
          { key: 'sourceId', kind: 'source' },
        ],
        blank: { text: {}, status: 'unknown', sourceId: null },
      },
      ...linked(
        ['askIds', 'asks'],
        ['caseIds', 'cases'],
        ['organizationIds', 'organizations'],
        ['eventIds', 'events'],
        ['legalInstrumentIds', 'legal-instruments'],
      ),
    ],
    initial: { ...commitmentDefaults, title: null, kind: 'assurance', country: '' },
    createSchema: createCommitmentSchema,
    updateSchema: updateCommitmentSchema,
    adjust: (draft, field) => {
      if (field !== 'kind') return draft;
      const isUn = draft.kind === 'un-recommendation';
      if (isUn && !draft.unRecommendation) return { ...draft, unRecommendation: NEW_UN_RECOMMENDATION };
      if (!isUn && draft.unRecommendation) return { ...draft, unRecommendation: null };
      return draft;
    },
  },
  engagements: {
    fields: [
      { field: 'title', control: 'localized', required: true },
      {
        field: 'kind',
        control: 'enum',
        group: 'engagementKind',
        options: engagementKindSchema.options,
        required: true,
      },
      { field: 'countries', control: 'countries', required: true },
      { field: 'startsOn', control: 'date', required: true },
      { field: 'endsOn', control: 'date' },
      { field: 'places', control: 'words' },
      { field: 'summary', control: 'localized' },
      {
        field: 'participants',
        control: 'items',
        items: [
          { key: 'name', kind: 'text' },
          { key: 'role', kind: 'text' },
          { key: 'side', kind: 'enum', group: 'participantSide', options: participantSideSchema.options },
          { key: 'personId', kind: 'record', segment: 'persons' },
          { key: 'organizationId', kind: 'record', segment: 'organizations' },
        ],
        blank: { name: null, role: null, side: 'government', personId: null, organizationId: null },
      },
      {
        field: 'followUps',
        control: 'items',
        items: [
          { key: 'title', kind: 'text', required: true },
          { key: 'dueOn', kind: 'day' },
          { key: 'status', kind: 'enum', group: 'followUpStatus', options: FOLLOW_UP_STATUSES },
        ],
        blank: { title: '', ownerUserId: null, dueOn: null, status: 'open' },
      },
    ],
    initial: { ...engagementDefaults, title: null, kind: 'visit', countries: [], startsOn: '' },
    createSchema: createEngagementSchema,
    updateSchema: updateEngagementSchema,
  },
};
