import type { z } from 'zod';
import {
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
  updateOrganizationSchema,
} from '../../../../../src/modules/organizations/organization.schema.ts';
import {
  createProceedingSchema,
  proceedingDefaults,
  proceedingFieldsShape,
  updateProceedingSchema,
} from '../../../../../src/modules/proceedings/proceeding.schema.ts';
import type { RecordSegment } from '../shared/types.ts';

/** One control of a form described by data: what it edits and how. */
export type FieldSpec =
  | {
      field: string;
      control: 'names' | 'country' | 'date' | 'text' | 'textarea' | 'localized' | 'url';
      required?: boolean;
    }
  | { field: string; control: 'enum'; group: string; options: readonly string[]; required?: boolean }
  | { field: string; control: 'record'; segment: RecordSegment; required?: boolean }
  | { field: string; control: 'records'; segment: RecordSegment }
  | { field: string; control: 'figures' };

export interface TypeSpec {
  fields: readonly FieldSpec[];
  initial: Record<string, unknown>;
  createSchema: z.ZodType;
  updateSchema: z.ZodType;
}

const primaryName = [{ text: '', language: null, kind: 'primary' }];

/**
 * The editors of the types whose fields are mostly plain values. The lists without a control here
 * (registration steps, provisions, accountability steps) are kept as stored.
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
    ],
    initial: { ...legalInstrumentDefaults, titles: primaryName, kind: 'law', status: 'in-force' },
    createSchema: createLegalInstrumentSchema,
    updateSchema: updateLegalInstrumentSchema,
  },
};
