import { z } from 'zod';
import { idSchema } from '../../../core/ids.ts';

/**
 * A redacted copy of a document for publication: the masks an editor drew over its working copy.
 * Masks are checked here for their shape; whether a page exists and how long its text is are
 * checked against the document by the operation, with the same field paths (`masks.2.end`).
 */

export const MAX_MASKS = 500;
/** Floating-point slack when a region's edge is exactly the page's (0.7 + 0.3 is not always 1). */
const EDGE_SLACK = 1e-9;

const pageField = z.number().int().min(1).describe('The page, from 1; an image has one page');
const fraction = z.number().min(0).max(1);

export const regionMaskSchema = z
  .strictObject({
    page: pageField,
    kind: z.literal('region'),
    x: fraction.describe('Left edge, as a fraction of the page image’s width (0 is the left)'),
    y: fraction.describe('Top edge, as a fraction of the page image’s height (0 is the top)'),
    width: fraction.gt(0, { error: 'must be more than 0' }),
    height: fraction.gt(0, { error: 'must be more than 0' }),
  })
  .superRefine((mask, ctx) => {
    if (mask.x + mask.width > 1 + EDGE_SLACK) {
      ctx.addIssue({ code: 'custom', path: ['width'], message: 'reaches past the right edge of the page' });
    }
    if (mask.y + mask.height > 1 + EDGE_SLACK) {
      ctx.addIssue({ code: 'custom', path: ['height'], message: 'reaches past the bottom edge of the page' });
    }
  })
  .describe(
    'A rectangle painted black on the page image, in fractions of the image as shown upright ' +
      '(the working copy turned by its recorded orientation)',
  );

/**
 * One text mask shape with optional members rather than a union of two: a union would report a
 * wrong field as "invalid input" at `masks.2`, where editors need `masks.2.end`.
 */
export const textMaskSchema = z
  .strictObject({
    page: pageField,
    kind: z.literal('text'),
    start: z.number().int().min(0).optional().describe('First masked character (UTF-16 offset, from 0)'),
    end: z.number().int().min(1).optional().describe('Just past the last masked character'),
    match: z
      .string()
      .min(1)
      .max(1000)
      .optional()
      .describe('Instead of start and end: every occurrence of this text on the page, ignoring case'),
  })
  .superRefine((mask, ctx) => {
    const span = mask.start !== undefined || mask.end !== undefined;
    if (span && mask.match !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['match'], message: 'give either start and end, or match' });
    } else if (!span && mask.match === undefined) {
      ctx.addIssue({ code: 'custom', path: ['match'], message: 'give either start and end, or match' });
    } else if (span) {
      if (mask.start === undefined) ctx.addIssue({ code: 'custom', path: ['start'], message: 'is required' });
      if (mask.end === undefined) ctx.addIssue({ code: 'custom', path: ['end'], message: 'is required' });
      if (mask.start !== undefined && mask.end !== undefined && mask.end <= mask.start) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: 'must be after start' });
      }
    }
  })
  .describe(
    'Characters of the page’s text, shown as █ in the redacted text. On an image this masks the ' +
      'recognised text only: cover the same words with a region to hide them in the picture',
  );

export const maskSchema = z.discriminatedUnion('kind', [regionMaskSchema, textMaskSchema]).meta({
  id: 'RedactionMask',
});
export type Mask = z.infer<typeof maskSchema>;
export type RegionMask = z.infer<typeof regionMaskSchema>;
export type TextMask = z.infer<typeof textMaskSchema>;

export const createRedactionSchema = z.strictObject({
  masks: z.array(maskSchema).min(1).max(MAX_MASKS),
  note: z.string().trim().max(2000).nullish().describe('Why, or for whom, the copy was made'),
});
export type CreateRedactionInput = z.infer<typeof createRedactionSchema>;

export const redactionSchema = z
  .object({
    id: idSchema,
    documentId: idSchema,
    masks: z.array(maskSchema),
    note: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
    hasImage: z
      .boolean()
      .describe('A redacted image was made (an image document with region masks): GET …/image'),
  })
  .meta({ id: 'Redaction' });
export type Redaction = z.infer<typeof redactionSchema>;

export const redactedPageSchema = z.object({
  number: z.number().int(),
  text: z.string().describe('The page’s text with every masked character replaced by █, so offsets hold'),
  ocr: z.boolean(),
  spans: z
    .array(z.object({ start: z.number().int(), end: z.number().int() }))
    .describe('The masked spans, in order, overlapping ones merged'),
  regions: z
    .array(z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }))
    .describe('Regions blacked out on this page’s image (see the redaction’s image)'),
});
export type RedactedPage = z.infer<typeof redactedPageSchema>;
