import { z } from 'zod';
import { idSchema, newId } from '../../core/ids.ts';

/**
 * Members of an item inside a record (a registration step, a timeline step, an observation) that
 * say where it comes from. An item without a source is shown as uncited, never hidden.
 */
export const sourcedShape = {
  sourceId: idSchema.nullable().default(null).describe('The source this item comes from; null when uncited'),
  locator: z.string().trim().max(500).optional().describe('Where in the source: page, paragraph, timestamp'),
};

/**
 * Items of a list inside a record get a stable id (given, or made on first save), so edits, citations
 * and revisions can name one item even when the list is reordered.
 */
export function itemSchema<Shape extends z.ZodRawShape>(shape: Shape) {
  const base = z.strictObject({ id: idSchema.optional(), ...shape });
  type Item = z.output<typeof base>;
  // The generic shape hides `id` from the inferred type; it is always a member of `base`.
  return base.transform(
    (item: Item) => ({ ...item, id: (item as { id?: string }).id ?? newId() }) as Item & { id: string },
  );
}

/** Item ids must be unique within their list. */
export function uniqueItemIds<T extends { id: string }>(items: readonly T[]): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}

/** A list of items inside a record: at most `max`, with distinct ids. */
export function itemList<T extends z.ZodType<{ id: string }>>(
  item: T,
  options: { max: number; label: string },
) {
  return z
    .array(item)
    .max(options.max)
    .refine(uniqueItemIds, {
      message: `${options.label} must have distinct ids`,
      // Items that failed to parse have no id yet; counting them as duplicates would be a false error.
      when: (payload) => payload.issues.length === 0,
    });
}

/**
 * The same item as stored and served: the id is always there. Responses use this one, because the
 * serializer encodes through the schema and cannot run `itemSchema`'s transform backwards.
 */
export function storedItemSchema<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject({ id: idSchema, ...shape });
}
