import { z } from 'zod';
import { idSchema } from '../../core/ids.ts';
import { booleanQuery, pageQueryShape } from '../records/pagination.ts';
import { recordBodySchemas, recordMetaShape } from '../records/record.schema.ts';
import { CITABLE_TYPES } from './citable-types.ts';

const recordTypeSchema = z.enum(CITABLE_TYPES).describe('Type of the cited record');

export const citationFieldsShape = {
  sourceId: idSchema,
  recordType: recordTypeSchema,
  recordId: idSchema,
  field: z
    .string()
    .max(100)
    .nullable()
    .describe('The one field the source supports, e.g. birthDate; null for the whole record'),
  locator: z.string().trim().max(500).nullable().describe('Where in the source: page, paragraph, timestamp'),
  page: z
    .number()
    .int()
    .min(1)
    .max(100_000)
    .nullable()
    .describe('The page of the source’s document the quote is on: the document viewer opens there'),
  quote: z.string().max(10_000).nullable().describe('Exact words from the source'),
  summary: z.string().max(10_000).nullable().describe('What the source says, in our words'),
};

export const {
  fieldsSchema: citationFieldsSchema,
  createSchema: createCitationSchema,
  updateSchema: updateCitationSchema,
} = recordBodySchemas(citationFieldsShape, ['sourceId', 'recordType', 'recordId']);
export type CitationFields = z.infer<typeof citationFieldsSchema>;

export const citationDefaults: Partial<CitationFields> = {
  field: null,
  locator: null,
  page: null,
  quote: null,
  summary: null,
};

export const citationSchema = z
  .object({ ...recordMetaShape, ...citationFieldsShape })
  .meta({ id: 'Citation' });
export type Citation = z.infer<typeof citationSchema>;

export const listCitationsQuerySchema = z
  .object({
    recordType: recordTypeSchema.optional(),
    recordId: idSchema.optional(),
    field: z.string().max(100).optional(),
    sourceId: idSchema.optional(),
    includeDeleted: booleanQuery.optional(),
    sort: z.enum(['createdAt']).default('createdAt'),
    ...pageQueryShape,
  })
  .strict();
export type ListCitationsQuery = z.infer<typeof listCitationsQuerySchema>;
