import { z } from 'zod';
import { countrySchema, localizedTextSchema } from '../../core/language.ts';
import { namesSchema, storedNameSchema } from '../../core/name.schema.ts';
import { partialDateSchema } from '../../core/partial-date.ts';
import { listQuerySchema } from '../records/pagination.ts';
import { recordBodySchemas, recordMetaShape } from '../records/record.schema.ts';
import { itemList, itemSchema, sourcedShape, storedItemSchema } from '../records/sourced.ts';

export const indicatorUnitSchema = z.enum(['persons', 'organizations', 'cases', 'percent', 'count', 'other']);
export type IndicatorUnit = z.infer<typeof indicatorUnitSchema>;

/** How exact a recorded value is: the letter's "at least 18" is 18, at-least. */
export const observationQualifierSchema = z.enum(['exact', 'at-least', 'about', 'at-most']);
export type ObservationQualifier = z.infer<typeof observationQualifierSchema>;

export const MAX_OBSERVATIONS = 5000;

/** One sourced value of the indicator, as of a day or a period. */
const observationShape = {
  date: partialDateSchema.describe('The day or period the value is as of: YYYY, YYYY-MM or YYYY-MM-DD'),
  value: z.number().min(0, 'must be zero or more'),
  qualifier: observationQualifierSchema.default('exact'),
  note: z.string().trim().max(2000).optional(),
  ...sourcedShape,
};
export const observationSchema = itemSchema(observationShape);

export const indicatorFieldsShape = {
  names: namesSchema.describe('e.g. "Journalists and bloggers in prison", in several languages'),
  country: countrySchema.nullable(),
  unit: indicatorUnitSchema,
  description: localizedTextSchema.nullable().describe('What is counted and how'),
  observations: itemList(observationSchema, { max: MAX_OBSERVATIONS, label: 'observations' }),
};

export const {
  fieldsSchema: indicatorFieldsSchema,
  createSchema: createIndicatorSchema,
  updateSchema: updateIndicatorSchema,
} = recordBodySchemas(indicatorFieldsShape, ['names', 'unit']);
export type IndicatorFields = z.infer<typeof indicatorFieldsSchema>;
export type Observation = IndicatorFields['observations'][number];

export const indicatorDefaults: Partial<IndicatorFields> = {
  country: null,
  description: null,
  observations: [],
};

export const indicatorSchema = z
  .object({
    ...recordMetaShape,
    ...indicatorFieldsShape,
    names: z.array(storedNameSchema),
    observations: z.array(storedItemSchema(observationShape)),
  })
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof indicatorSchema>;

export const listIndicatorsQuerySchema = listQuerySchema({
  search: 'Part of any name, any script, any case',
  filters: {
    country: countrySchema.optional(),
    unit: indicatorUnitSchema.optional(),
  },
  sorts: ['name', 'createdAt', 'updatedAt'] as const,
  defaultSort: 'name',
});
export type ListIndicatorsQuery = z.infer<typeof listIndicatorsQuerySchema>;
