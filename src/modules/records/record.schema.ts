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

/** Fields every record type accepts on create and update. */
export const commonInputShape = {
  ref: refSchema.nullable().optional(),
  sensitivity: sensitivitySchema.optional(),
  isPublished: z.boolean().optional().describe('Whether the public portal shows the record'),
};

export const commonDefaults = { ref: null, sensitivity: 'internal', isPublished: false } as const;

export const recordMetaShape = {
  id: idSchema,
  ref: z.string().nullable(),
  version: z.number().int(),
  sensitivity: sensitivitySchema,
  isPublished: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  deletedAt: z.string().nullable(),
  deletedBy: z.string().nullable(),
};

export interface RecordMeta {
  id: string;
  ref: string | null;
  version: number;
  sensitivity: Sensitivity;
  isPublished: boolean;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  deletedAt: string | null;
  deletedBy: string | null;
}

export type StoredRecord<F> = RecordMeta & F;

export const EDITABLE_META = ['ref', 'sensitivity', 'isPublished'] as const;

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
] as const;

/**
 * The three schemas of a record type from one shape: the complete fields, the strict create body
 * (fields outside `required` may be left out and get defaults) and the strict update body (any
 * subset, plus the version read).
 */
export function recordBodySchemas<Shape extends Record<string, z.ZodType>>(
  shape: Shape,
  required: ReadonlyArray<keyof Shape>,
) {
  const createShape = Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, required.includes(key) ? schema : schema.optional()]),
  ) as { [K in keyof Shape]: Shape[K] | z.ZodOptional<Shape[K]> };
  const createSchema = z.object({ ...commonInputShape, ...createShape }).strict();
  return {
    fieldsSchema: z.object(shape).strict(),
    createSchema,
    updateSchema: createSchema.partial().extend({ version: versionSchema }).strict(),
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
  action: z.enum(['create', 'update', 'delete', 'undelete', 'restore']),
  actor: z.string(),
  at: z.string(),
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
  snapshot: z.record(z.string(), z.unknown()),
  restoredFrom: idSchema.nullable(),
});
export type Revision = z.infer<typeof revisionSchema>;
export type RevisionAction = Revision['action'];
