import { z } from 'zod';
import { idSchema } from '../../core/ids.ts';
import { countrySchema, localizedTextSchema } from '../../core/language.ts';
import { namesSchema, storedNameSchema } from '../../core/name.schema.ts';
import { partialDateSchema } from '../../core/partial-date.ts';
import { webUrlSchema } from '../../core/url.ts';
import { listQuerySchema } from '../records/pagination.ts';
import { recordBodySchemas, recordMetaShape } from '../records/record.schema.ts';
import { itemList, itemSchema, sourcedShape, storedItemSchema } from '../records/sourced.ts';

export const organizationKindSchema = z.enum([
  'ngo',
  'party',
  'media-outlet',
  'state-body',
  'court',
  'international-body',
  'other',
]);

export const registrationStatusSchema = z.enum([
  'applied',
  'refused',
  'registered',
  'suspended',
  'liquidated',
]);

/** One dated, sourced step of an organization's legal registration. */
const registrationStepShape = {
  status: registrationStatusSchema,
  date: partialDateSchema,
  authorityId: idSchema.nullable().default(null).describe('The state body that decided, if recorded'),
  note: z.string().trim().max(2000).optional(),
  ...sourcedShape,
};
export const registrationStepSchema = itemSchema(registrationStepShape);

export const organizationFieldsShape = {
  names: namesSchema,
  kind: organizationKindSchema,
  country: countrySchema.nullable().describe('Null for international bodies'),
  description: localizedTextSchema.nullable(),
  website: webUrlSchema.nullable(),
  registrations: itemList(registrationStepSchema, { max: 200, label: 'registration steps' }),
};

export const {
  fieldsSchema: organizationFieldsSchema,
  createSchema: createOrganizationSchema,
  updateSchema: updateOrganizationSchema,
} = recordBodySchemas(organizationFieldsShape, ['names', 'kind']);
export type OrganizationFields = z.infer<typeof organizationFieldsSchema>;

export const organizationDefaults: Partial<OrganizationFields> = {
  country: null,
  description: null,
  website: null,
  registrations: [],
};

export const organizationSchema = z
  .object({
    ...recordMetaShape,
    ...organizationFieldsShape,
    names: z.array(storedNameSchema),
    registrations: z.array(storedItemSchema(registrationStepShape)),
  })
  .meta({ id: 'Organization' });
export type Organization = z.infer<typeof organizationSchema>;

export const listOrganizationsQuerySchema = listQuerySchema({
  search: 'Part of any name, any script, any case',
  filters: {
    kind: organizationKindSchema.optional(),
    country: countrySchema.optional(),
    registrationStatus: registrationStatusSchema.optional().describe('The latest registration status'),
  },
  sorts: ['name', 'createdAt', 'updatedAt'] as const,
  defaultSort: 'name',
});
export type ListOrganizationsQuery = z.infer<typeof listOrganizationsQuerySchema>;
