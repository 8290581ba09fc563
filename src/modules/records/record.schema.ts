import { z } from 'zod';
import { idSchema } from '../../core/ids.ts';

/** Who may see a field or record (see "Authorization" in the design); separate from `isPublished`. */
export const sensitivitySchema = z
  .enum(['public', 'internal', 'confidential', 'secret'])
  .describe('Who may see it: public, internal, confidential or secret');
export type Sensitivity = z.infer<typeof sensitivitySchema>;

export const versionSchema = z
  .number()
  .int()
  .min(1)
  .describe('The version you read; a stale version is refused with 409');

export const refSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._:/-]*$/u, 'must be letters, digits and . _ : / - only')
  .describe('External reference, unique per record type; makes imports idempotent');

/**
 * The fields of a record type that can hold identifying data, with the sensitivity each has unless
 * a record says otherwise (`fieldSensitivity`). Redaction works field by field on these; the other
 * fields follow the record's own sensitivity.
 */
export type FieldLevels = Readonly<Record<string, Sensitivity>>;

/** Fields every record type accepts on create and update. */
export const commonInputShape = {
  ref: refSchema.nullable().optional(),
  sensitivity: sensitivitySchema.optional(),
};

const publishedInput = z
  .boolean()
  .optional()
  .describe('Publish on creation (editors only); afterwards use the publish and unpublish actions');

function fieldSensitivityInput(levels: FieldLevels) {
  const [first, ...rest] = Object.keys(levels);
  // Types without identifying fields still accept the empty map an export of them holds.
  if (first === undefined) return { fieldSensitivity: z.object({}).strict().optional() };
  return {
    fieldSensitivity: z
      .partialRecord(z.enum([first, ...rest]), sensitivitySchema)
      .optional()
      .describe('Sensitivity of the fields that can identify someone, where it differs from the default'),
  };
}

export const commonDefaults = {
  ref: null,
  sensitivity: 'internal',
  isPublished: false,
  fieldSensitivity: {},
} as const;

export const abilitiesSchema = z
  .object({
    read: z.boolean(),
    write: z.boolean(),
    delete: z.boolean(),
    publish: z.boolean(),
    share: z.boolean(),
    clearance: sensitivitySchema.describe('The most sensitive fields you see on this record'),
    publicView: z.boolean().describe('You see it only because it is published'),
  })
  .describe('What you may do with this record, so a client need not guess')
  .meta({ id: 'Abilities' });

export const recordMetaShape = {
  id: idSchema,
  ref: z.string().nullable(),
  version: z.number().int(),
  sensitivity: sensitivitySchema,
  isPublished: z.boolean(),
  ownerOrgId: z.string().nullable().describe('The organization that owns it; null for the coalition'),
  fieldSensitivity: z
    .record(z.string(), sensitivitySchema)
    .describe('The sensitivity of each field that can identify someone'),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  deletedAt: z.string().nullable(),
  deletedBy: z.string().nullable(),
};

/** What every response adds to a stored record: the caller's abilities and what was withheld. */
export const disclosureShape = {
  createdBy: z.string().nullable().describe('Null where the public reads it'),
  updatedBy: z.string().nullable(),
  deletedBy: z.string().nullable(),
  abilities: abilitiesSchema,
  redacted: z.array(z.string()).describe('Fields withheld from you; each is null in this response'),
};

export interface RecordMeta {
  id: string;
  ref: string | null;
  version: number;
  sensitivity: Sensitivity;
  isPublished: boolean;
  ownerOrgId: string | null;
  /** Overrides of the record type's field levels; only fields the type declares. */
  fieldSensitivity: Record<string, Sensitivity>;
  /** Secret field values, encrypted (`sealing.ts`); absent or null once opened or when there are none. */
  sealed?: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  deletedAt: string | null;
  deletedBy: string | null;
}

export type StoredRecord<F> = RecordMeta & F;

export const EDITABLE_META = ['ref', 'sensitivity', 'isPublished', 'fieldSensitivity'] as const;

/** Columns the record machinery maintains itself; users never write them. */
export const SYSTEM_META = [
  'id',
  'version',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'deletedAt',
  'deletedBy',
  'ownerOrgId',
  'sealed',
] as const;

/**
 * The three schemas of a record type from one shape: the complete fields, the strict create body
 * (fields outside `required` may be left out and get defaults) and the strict update body (any
 * subset, plus the version read).
 */
export function recordBodySchemas<Shape extends Record<string, z.ZodType>>(
  shape: Shape,
  required: ReadonlyArray<keyof Shape>,
  levels: FieldLevels = {},
) {
  const createShape = Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, required.includes(key) ? schema : schema.optional()]),
  ) as { [K in keyof Shape]: Shape[K] | z.ZodOptional<Shape[K]> };
  const editable = { ...commonInputShape, ...fieldSensitivityInput(levels), ...createShape };
  // A field's default must not fill in a field an update leaves out: that would erase what is stored.
  const updateShape = Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [
      key,
      schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema,
    ]),
  ) as typeof createShape;
  const updatable = { ...commonInputShape, ...fieldSensitivityInput(levels), ...updateShape };
  return {
    fieldsSchema: z.object(shape).strict(),
    createSchema: z.object({ ...editable, isPublished: publishedInput }).strict(),
    // Publishing is its own action (an editor's), so an update cannot change it in passing.
    updateSchema: z.object(updatable).partial().extend({ version: versionSchema }).strict(),
  };
}

export const idParamsSchema = z.object({ id: idSchema });

export const versionBodySchema = z.object({ version: versionSchema }).strict();
export const versionQuerySchema = z
  .object({ version: z.coerce.number({ message: 'must be the version you read' }).int().min(1) })
  .strict();

export const revisionSchema = z.object({
  id: idSchema,
  recordType: z.string(),
  recordId: idSchema,
  version: z.number().int(),
  action: z.enum(['create', 'update', 'delete', 'undelete', 'restore', 'publish', 'unpublish', 'purge']),
  actor: z.string(),
  at: z.string(),
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
  snapshot: z.record(z.string(), z.unknown()),
  restoredFrom: idSchema.nullable(),
  redacted: z.array(z.string()).describe('Fields withheld from you in this revision'),
});
/** A revision as disclosed to a caller; `Revision` is the stored form. */
export type DisclosedRevision = z.infer<typeof revisionSchema>;
export type Revision = Omit<DisclosedRevision, 'redacted'>;
export type RevisionAction = Revision['action'];
