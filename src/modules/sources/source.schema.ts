import { z } from 'zod';
import { languageTagSchema } from '../../core/language.ts';
import { partialDateSchema } from '../../core/partial-date.ts';
import { webUrlSchema } from '../../core/url.ts';
import { listQuerySchema } from '../records/pagination.ts';
import { recordBodySchemas, recordMetaShape } from '../records/record.schema.ts';

export const sourceKindSchema = z.enum(['document', 'web-page', 'report', 'letter', 'interview']);

/** The source-reliability half of the Admiralty scale used in human-rights investigations. */
export const reliabilitySchema = z.enum([
  'completely-reliable',
  'usually-reliable',
  'fairly-reliable',
  'not-usually-reliable',
  'unreliable',
  'cannot-be-judged',
]);

export const sourceFieldsShape = {
  kind: sourceKindSchema,
  title: z.string().trim().min(1, 'must not be empty').max(1000),
  author: z.string().trim().max(500).nullable().describe('Author or issuing organization'),
  publishedOn: partialDateSchema.nullable(),
  url: webUrlSchema.nullable(),
  language: languageTagSchema.nullable(),
  reliability: reliabilitySchema,
  notes: z.string().max(20_000).nullable(),
};

export const {
  fieldsSchema: sourceFieldsSchema,
  createSchema: createSourceSchema,
  updateSchema: updateSourceSchema,
} = recordBodySchemas(sourceFieldsShape, ['kind', 'title']);
export type SourceFields = z.infer<typeof sourceFieldsSchema>;

export const sourceDefaults: Partial<SourceFields> = {
  author: null,
  publishedOn: null,
  url: null,
  language: null,
  reliability: 'cannot-be-judged',
  notes: null,
};

export const sourceSchema = z.object({ ...recordMetaShape, ...sourceFieldsShape }).meta({ id: 'Source' });
export type Source = z.infer<typeof sourceSchema>;

export const listSourcesQuerySchema = listQuerySchema({
  search: 'Part of the title, any case',
  filters: {
    kind: sourceKindSchema.optional(),
    reliability: reliabilitySchema.optional(),
  },
  sorts: ['title', 'createdAt', 'updatedAt'] as const,
  defaultSort: 'title',
});
export type ListSourcesQuery = z.infer<typeof listSourcesQuerySchema>;
