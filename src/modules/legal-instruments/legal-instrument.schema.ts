import { z } from 'zod';
import { idSchema } from '../../core/ids.ts';
import { countrySchema, localizedTextSchema } from '../../core/language.ts';
import { namesSchema, storedNameSchema } from '../../core/name.schema.ts';
import { comparePartialDates, isPartialDate, partialDateSchema } from '../../core/partial-date.ts';
import { listQuerySchema } from '../records/pagination.ts';
import { recordBodySchemas, recordMetaShape } from '../records/record.schema.ts';
import { itemList, itemSchema, sourcedShape, storedItemSchema } from '../records/sourced.ts';

export const legalInstrumentKindSchema = z.enum([
  'constitution',
  'code',
  'law',
  'decree',
  'resolution',
  'regulation',
  'order',
  'other',
]);
export type LegalInstrumentKindName = z.infer<typeof legalInstrumentKindSchema>;

export const legalInstrumentStatusSchema = z.enum(['draft', 'in-force', 'amended', 'suspended', 'repealed']);
export type LegalInstrumentStatus = z.infer<typeof legalInstrumentStatusSchema>;

/** One article or clause that matters to advocates, with where the reading of it comes from. */
const provisionShape = {
  article: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(100)
    .describe('The article or clause as the instrument numbers it, e.g. "378.2" or "Art. 244-1"'),
  heading: z.string().trim().min(1, 'must not be empty').max(500).nullable().default(null),
  summary: localizedTextSchema.nullable().default(null).describe('What the provision says'),
  concern: localizedTextSchema.nullable().default(null).describe('Why advocates care about it'),
  ...sourcedShape,
};
export const provisionSchema = itemSchema(provisionShape);

export const legalInstrumentFieldsShape = {
  titles: namesSchema.describe('Titles in several scripts and languages, one of them primary'),
  kind: legalInstrumentKindSchema,
  country: countrySchema.nullable().describe('Null for international instruments'),
  number: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(100)
    .nullable()
    .describe('The number it was issued under, e.g. "No. 3"'),
  issuedBy: idSchema.nullable().describe('The organization (state body) that issued it'),
  adoptedOn: partialDateSchema.nullable(),
  inForceFrom: partialDateSchema.nullable().describe('First day in force'),
  inForceTo: partialDateSchema.nullable().describe('Last day in force; null while it is still in force'),
  status: legalInstrumentStatusSchema.describe('Where it stands now'),
  summary: localizedTextSchema.nullable(),
  provisions: itemList(provisionSchema, { max: 1000, label: 'provisions' }),
};

const bodies = recordBodySchemas(legalInstrumentFieldsShape, ['titles', 'kind', 'status']);
export const { createSchema: createLegalInstrumentSchema, updateSchema: updateLegalInstrumentSchema } =
  bodies;

/** The complete fields, with the rule that the end of validity cannot precede its start. */
export const legalInstrumentFieldsSchema = bodies.fieldsSchema.superRefine((fields, ctx) => {
  const { inForceFrom, inForceTo } = fields;
  // Malformed dates already have their own issue; only well-formed ones can be compared.
  if (!isPartialDate(inForceFrom) || !isPartialDate(inForceTo)) return;
  if (comparePartialDates(inForceTo, inForceFrom) === 'before') {
    ctx.addIssue({
      code: 'custom',
      path: ['inForceTo'],
      message: `must not be before inForceFrom (${inForceFrom})`,
    });
  }
});
export type LegalInstrumentFields = z.infer<typeof legalInstrumentFieldsSchema>;
export type Provision = LegalInstrumentFields['provisions'][number];

export const legalInstrumentDefaults: Partial<LegalInstrumentFields> = {
  country: null,
  number: null,
  issuedBy: null,
  adoptedOn: null,
  inForceFrom: null,
  inForceTo: null,
  summary: null,
  provisions: [],
};

export const legalInstrumentSchema = z
  .object({
    ...recordMetaShape,
    ...legalInstrumentFieldsShape,
    titles: z.array(storedNameSchema),
    provisions: z.array(storedItemSchema(provisionShape)),
  })
  .meta({ id: 'LegalInstrument' });
export type LegalInstrument = z.infer<typeof legalInstrumentSchema>;

export const listLegalInstrumentsQuerySchema = listQuerySchema({
  search: 'Part of any title, any script, any case',
  filters: {
    kind: legalInstrumentKindSchema.optional(),
    country: countrySchema.optional(),
    status: legalInstrumentStatusSchema.optional(),
  },
  sorts: ['name', 'createdAt', 'updatedAt'] as const,
  defaultSort: 'name',
});
export type ListLegalInstrumentsQuery = z.infer<typeof listLegalInstrumentsQuerySchema>;
