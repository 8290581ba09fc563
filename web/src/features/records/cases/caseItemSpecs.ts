import { paceCriterionSchema } from '../../../../../src/modules/cases/assessment.schema.ts';
import { involvementSchema } from '../../../../../src/modules/cases/case.schema.ts';
import type { ItemField } from './ItemsInput.tsx';

/** How each list of a case is edited: its members, in order, and a new item's values. */
export const CASE_ITEM_SPECS: Record<
  string,
  { fields: readonly ItemField[]; blank: Record<string, unknown> }
> = {
  perpetrators: {
    fields: [
      { key: 'personId', kind: 'record', segment: 'persons' },
      { key: 'organizationId', kind: 'record', segment: 'organizations' },
      { key: 'description', kind: 'text' },
      { key: 'involvement', kind: 'enum', group: 'involvement', options: involvementSchema.options },
      { key: 'sourceId', kind: 'source' },
    ],
    blank: {
      personId: null,
      organizationId: null,
      description: null,
      involvement: 'unknown',
      sourceId: null,
    },
  },
  assessments: {
    fields: [
      { key: 'date', kind: 'date', required: true },
      { key: 'assessorName', kind: 'text' },
      { key: 'assessorId', kind: 'record', segment: 'organizations' },
      {
        key: 'conclusion',
        kind: 'enum',
        group: 'conclusion',
        options: ['political-prisoner', 'not-a-political-prisoner'],
      },
      { key: 'criteria', kind: 'multi', options: paceCriterionSchema.options, emptyMeans: 'not-stated' },
      { key: 'sourceId', kind: 'source' },
    ],
    blank: {
      date: '',
      assessorId: null,
      assessorName: null,
      conclusion: 'political-prisoner',
      criteria: 'not-stated',
      sourceId: null,
    },
  },
  unDecisions: {
    fields: [
      { key: 'body', kind: 'enum', group: null, options: ['WGAD', 'HRC', 'CAT', 'CEDAW', 'other'] },
      { key: 'opinionNumber', kind: 'text' },
      { key: 'adoptedOn', kind: 'date' },
      {
        key: 'finding',
        kind: 'enum',
        group: 'finding',
        options: ['arbitrary', 'not-arbitrary', 'violation', 'no-violation', 'other'],
      },
      { key: 'categories', kind: 'multi', options: ['I', 'II', 'III', 'IV', 'V'] },
      { key: 'note', kind: 'textarea' },
      { key: 'sourceId', kind: 'source' },
    ],
    blank: {
      body: 'WGAD',
      opinionNumber: null,
      adoptedOn: null,
      publishedOn: null,
      finding: 'arbitrary',
      categories: [],
      note: null,
      sourceId: null,
    },
  },
  witnesses: {
    fields: [
      { key: 'personId', kind: 'record', segment: 'persons' },
      { key: 'name', kind: 'text' },
      { key: 'contact', kind: 'text' },
      { key: 'statement', kind: 'textarea' },
    ],
    blank: { personId: null, name: null, contact: null, statement: null },
  },
};
