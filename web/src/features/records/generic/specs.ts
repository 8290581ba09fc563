import {
  accountabilityKindSchema,
  createEventSchema,
  eventDefaults,
  eventKindSchema,
  updateEventSchema,
} from '../../../../../src/modules/events/event.schema.ts';
import {
  createLegalInstrumentSchema,
  legalInstrumentDefaults,
  legalInstrumentKindSchema,
  legalInstrumentStatusSchema,
  updateLegalInstrumentSchema,
} from '../../../../../src/modules/legal-instruments/legal-instrument.schema.ts';
import {
  createOrganizationSchema,
  organizationDefaults,
  organizationKindSchema,
  registrationStatusSchema,
  updateOrganizationSchema,
} from '../../../../../src/modules/organizations/organization.schema.ts';
import {
  createProceedingSchema,
  proceedingDefaults,
  proceedingFieldsShape,
  updateProceedingSchema,
} from '../../../../../src/modules/proceedings/proceeding.schema.ts';
import type { RecordSegment } from '../shared/types.ts';
import type { TypeSpec } from './spec-types.ts';
import { TRACKER_SPECS } from './tracker-specs.ts';

export type { FieldSpec, TypeSpec } from './spec-types.ts';

const primaryName = [{ text: '', language: null, kind: 'primary' }];

/**
 * The editors of the other types, field by field. Narrative members of list items (a provision's
 * summary, an accountability step's description) are kept as stored: the item forms do not show them.
 */
export const TYPE_SPECS: Partial<Record<RecordSegment, TypeSpec>> = {
  events: {
    fields: [
      { field: 'names', control: 'names' },
      { field: 'kind', control: 'enum', group: 'kind', options: eventKindSchema.options, required: true },
      { field: 'country', control: 'country' },
      { field: 'startDate', control: 'date', required: true },
      { field: 'endDate', control: 'date' },
      { field: 'description', control: 'localized' },
      { field: 'figures', control: 'figures' },
      {
        field: 'accountability',
        control: 'items',
        items: [
          { key: 'kind', kind: 'enum', group: 'kind', options: accountabilityKindSchema.options },
          { key: 'date', kind: 'date', required: true },
          { key: 'count', kind: 'number' },
          { key: 'sourceId', kind: 'source' },
        ],
        blank: { kind: 'investigation-opened', date: '', count: null, description: null, sourceId: null },
      },
    ],
    initial: { ...eventDefaults, names: primaryName, kind: 'protest', startDate: '' },
    createSchema: createEventSchema,
    updateSchema: updateEventSchema,
  },
  organizations: {
    fields: [
      { field: 'names', control: 'names' },
      {
        field: 'kind',
        control: 'enum',
        group: 'kind',
        options: organizationKindSchema.options,
        required: true,
      },
      { field: 'country', control: 'country' },
      { field: 'website', control: 'url' },
      { field: 'description', control: 'localized' },
      {
        field: 'registrations',
        control: 'items',
        items: [
          { key: 'status', kind: 'enum', group: 'status', options: registrationStatusSchema.options },
          { key: 'date', kind: 'date', required: true },
          { key: 'authorityId', kind: 'record', segment: 'organizations' },
          { key: 'note', kind: 'text' },
          { key: 'sourceId', kind: 'source' },
        ],
        blank: { status: 'applied', date: '', authorityId: null, sourceId: null },
      },
    ],
    initial: { ...organizationDefaults, names: primaryName, kind: 'ngo' },
    createSchema: createOrganizationSchema,
    updateSchema: updateOrganizationSchema,
  },
  proceedings: {
    fields: [
      { field: 'names', control: 'names' },
      {
        field: 'kind',
        control: 'enum',
        group: 'kind',
        options: proceedingFieldsShape.kind.options,
        required: true,
      },
      { field: 'country', control: 'country' },
      { field: 'courtId', control: 'record', segment: 'organizations' },
      { field: 'startDate', control: 'date' },
      { field: 'endDate', control: 'date' },
      { field: 'caseIds', control: 'records', segment: 'cases' },
      { field: 'description', control: 'localized' },
    ],
    initial: { ...proceedingDefaults, names: primaryName, kind: 'criminal-trial' },
    createSchema: createProceedingSchema,
    updateSchema: updateProceedingSchema,
  },
  'legal-instruments': {
    fields: [
      { field: 'titles', control: 'names' },
      {
        field: 'kind',
        control: 'enum',
        group: 'kind',
        options: legalInstrumentKindSchema.options,
        required: true,
      },
      {
        field: 'status',
        control: 'enum',
        group: 'status',
        options: legalInstrumentStatusSchema.options,
        required: true,
      },
      { field: 'country', control: 'country' },
      { field: 'number', control: 'text' },
      { field: 'issuedBy', control: 'record', segment: 'organizations' },
      { field: 'adoptedOn', control: 'date' },
      { field: 'inForceFrom', control: 'date' },
      { field: 'inForceTo', control: 'date' },
      { field: 'summary', control: 'localized' },
      {
        field: 'provisions',
        control: 'items',
        items: [
          { key: 'article', kind: 'text', required: true },
          { key: 'heading', kind: 'text' },
          { key: 'sourceId', kind: 'source' },
        ],
        blank: { article: '', heading: null, summary: null, concern: null, sourceId: null },
      },
    ],
    initial: { ...legalInstrumentDefaults, titles: primaryName, kind: 'law', status: 'in-force' },
    createSchema: createLegalInstrumentSchema,
    updateSchema: updateLegalInstrumentSchema,
  },
  ...TRACKER_SPECS,
};
