import { z } from 'zod';
import { idSchema } from '../../core/ids.ts';
import { countrySchema, localizedTextSchema } from '../../core/language.ts';
import { namesSchema, storedNameSchema } from '../../core/name.schema.ts';
import { partialDateSchema } from '../../core/partial-date.ts';
import { listQuerySchema } from '../records/pagination.ts';
import { recordBodySchemas, recordMetaShape } from '../records/record.schema.ts';

/** A trial or other court proceeding; it links the cases of co-defendants tried together. */
export const proceedingFieldsShape = {
  names: namesSchema.describe('E.g. "Karakalpakstan protest trial, Bukhara Regional Court"'),
  kind: z.enum(['criminal-trial', 'appeal', 'cassation', 'administrative-hearing', 'other']),
  country: countrySchema.nullable(),
  courtId: idSchema.nullable().describe('The court, an organization'),
  startDate: partialDateSchema.nullable(),
  endDate: partialDateSchema.nullable(),
  caseIds: z
    .array(idSchema)
    .max(1000)
    .refine((ids) => new Set(ids).size === ids.length, 'must not list a case twice')
    .describe('The cases of the defendants, in the order the court listed them'),
  description: localizedTextSchema.nullable(),
};

export const {
  fieldsSchema: proceedingFieldsSchema,
  createSchema: createProceedingSchema,
  updateSchema: updateProceedingSchema,
} = recordBodySchemas(proceedingFieldsShape, ['names', 'kind']);
export type ProceedingFields = z.infer<typeof proceedingFieldsSchema>;

export const proceedingDefaults: Partial<ProceedingFields> = {
  country: null,
  courtId: null,
  startDate: null,
  endDate: null,
  caseIds: [],
  description: null,
};

export const proceedingSchema = z
  .object({ ...recordMetaShape, ...proceedingFieldsShape, names: z.array(storedNameSchema) })
  .meta({ id: 'Proceeding' });

export const listProceedingsQuerySchema = listQuerySchema({
  search: 'Part of any name, any script, any case',
  filters: {
    country: countrySchema.optional(),
    caseId: idSchema.optional().describe('Proceedings that include this case'),
  },
  sorts: ['name', 'createdAt', 'updatedAt'] as const,
  defaultSort: 'name',
});
