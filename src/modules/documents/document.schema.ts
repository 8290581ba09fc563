import { z } from 'zod';
import { idSchema } from '../../core/ids.ts';

export const documentKindSchema = z.enum([
  'pdf',
  'html',
  'docx',
  'text',
  'markdown',
  'image',
  'audio',
  'video',
]);

export const documentSchema = z
  .object({
    id: idSchema,
    sourceId: idSchema.describe('The source record the document is; who may see it follows that record'),
    fileName: z.string(),
    mediaType: z.string(),
    kind: documentKindSchema,
    sizeBytes: z.number().int(),
    pageCount: z.number().int(),
    language: z.string().nullable().describe('Detected from the text: ru, kk, uz, en…'),
    status: z.enum(['ready', 'needs-ocr']),
    metadata: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    sha256: z.string().describe('SHA-256 of the original, the evidentiary copy'),
    hasWorkingCopy: z.boolean().describe('An image kept without its metadata (EXIF, GPS) for sharing'),
    origin: z.string(),
    createdAt: z.string(),
    createdBy: z.string(),
  })
  .meta({ id: 'Document' });
export type DocumentInfo = z.infer<typeof documentSchema>;

export const documentPageSchema = z.object({
  number: z.number().int(),
  text: z.string(),
  ocr: z.boolean().describe('Recognised from the image of the page rather than read from its text layer'),
});

export const ingestItemSchema = z.object({
  position: z.number().int(),
  name: z.string(),
  sizeBytes: z.number().int(),
  status: z.enum(['pending', 'done', 'duplicate', 'failed']),
  documentId: idSchema.nullable(),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
});

export const ingestBatchSchema = z
  .object({
    id: idSchema,
    status: z.enum(['running', 'interrupted', 'done']),
    origin: z.string(),
    total: z.number().int(),
    done: z.number().int().describe('Ingested, duplicates and failures: every file dealt with'),
    failed: z.number().int(),
    items: z.array(ingestItemSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'IngestBatch' });
export type IngestBatch = z.infer<typeof ingestBatchSchema>;
