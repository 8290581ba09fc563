import { z } from 'zod';
import { localizedTextSchema } from '../../core/language.ts';
import { nameSchema, storedNameSchema } from '../../core/name.schema.ts';
import { partialDateSchema } from '../../core/partial-date.ts';
import { listQuerySchema } from '../records/pagination.ts';
import { recordBodySchemas, recordMetaShape } from '../records/record.schema.ts';

export const occupationSchema = z.enum([
  'journalist',
  'blogger',
  'lawyer',
  'human-rights-defender',
  'activist',
  'opposition-politician',
  'religious-believer',
  'trade-unionist',
  'civil-servant',
  'academic',
  'artist',
  'student',
  'other',
]);

export const genderSchema = z.enum(['female', 'male', 'other', 'unknown']);

/** How publishing this person's name is justified; public figures are "public-record", not consent. */
export const consentBasisSchema = z
  .enum(['none', 'consent-recorded', 'public-record'])
  .describe('Why this person may be named in published outputs: consent recorded, public record, or none');

const namesSchema = z
  .array(nameSchema)
  .min(1, 'a person needs at least one name')
  .max(50)
  .refine((names) => names.some((n) => n.kind === 'primary'), 'at least one name must be primary');

export const contactSchema = z
  .object({
    kind: z.enum(['phone', 'email', 'address', 'messenger', 'other']),
    value: z.string().trim().min(1).max(500),
    note: z.string().trim().max(500).nullable().default(null),
  })
  .strict();

/**
 * The fields that can identify a person or put them in danger, with their default sensitivity; a
 * record may set others. Contacts are confidential and whereabouts (a place of hiding) secret
 * unless someone decides otherwise.
 */
export const personLevels = {
  names: 'public',
  birthDate: 'public',
  biography: 'public',
  contacts: 'confidential',
  whereabouts: 'secret',
  notes: 'internal',
} as const;

/** Published only with a consent basis (consent recorded, or a public record). */
export const personIdentifyingFields = [
  'names',
  'birthDate',
  'biography',
  'contacts',
  'whereabouts',
] as const;

/** Every field a stored person has; the create body may omit those with defaults. */
export const personFieldsShape = {
  names: namesSchema,
  gender: genderSchema.nullable(),
  birthDate: partialDateSchema.nullable().describe('YYYY, YYYY-MM or YYYY-MM-DD'),
  occupations: z
    .array(occupationSchema)
    .max(20)
    .refine((list) => new Set(list).size === list.length, 'must not repeat an occupation'),
  consentBasis: consentBasisSchema,
  biography: localizedTextSchema.nullable().describe('Narrative, in one or more languages'),
  notes: z.string().max(20_000).nullable(),
  contacts: z.array(contactSchema).max(20).describe('How to reach the person; confidential by default'),
  whereabouts: z
    .string()
    .trim()
    .max(2000)
    .nullable()
    .describe('Where the person is, e.g. a place of hiding; secret by default'),
};

export const {
  fieldsSchema: personFieldsSchema,
  createSchema: createPersonSchema,
  updateSchema: updatePersonSchema,
} = recordBodySchemas(personFieldsShape, ['names'], personLevels);
export type PersonFields = z.infer<typeof personFieldsSchema>;

export const personDefaults: Partial<PersonFields> = {
  gender: null,
  birthDate: null,
  occupations: [],
  consentBasis: 'none',
  biography: null,
  notes: null,
  contacts: [],
  whereabouts: null,
};

export const personSchema = z
  .object({
    ...recordMetaShape,
    names: z.array(storedNameSchema),
    gender: genderSchema.nullable(),
    birthDate: z.string().nullable(),
    occupations: z.array(occupationSchema),
    consentBasis: consentBasisSchema,
    biography: localizedTextSchema.nullable(),
    notes: z.string().nullable(),
    contacts: z.array(contactSchema),
    whereabouts: z.string().nullable(),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof personSchema>;

export const listPersonsQuerySchema = listQuerySchema({
  search: 'Part of any name, in any script, any case',
  filters: {
    gender: genderSchema.optional(),
    occupation: occupationSchema.optional(),
    bornFrom: partialDateSchema.optional().describe('Born on or after (certainly or possibly)'),
    bornTo: partialDateSchema.optional().describe('Born on or before (certainly or possibly)'),
  },
  sorts: ['name', 'createdAt', 'updatedAt'] as const,
  defaultSort: 'name',
});
export type ListPersonsQuery = z.infer<typeof listPersonsQuerySchema>;
