import { z } from 'zod';

/**
 * Walks a record type's zod schema along a dotted path (`timeline.0.date`), so a mapping can target
 * a member inside a field and a spreadsheet cell can be read as the type the schema expects there.
 */

export type CellKind = 'text' | 'number' | 'boolean' | 'json' | 'auto';

/** The schema under optional, nullable, default, pipe (its input side) and similar wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (;;) {
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodDefault ||
      current instanceof z.ZodPrefault ||
      current instanceof z.ZodReadonly ||
      current instanceof z.ZodCatch ||
      current instanceof z.ZodNonOptional
    ) {
      current = current.def.innerType as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.def.in as z.ZodType;
    } else {
      return current;
    }
  }
}

/** The schema at `path` below `root`, or undefined when the path leads nowhere. */
export function schemaAt(root: z.ZodType, path: readonly string[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    current = child(unwrap(current), segment);
  }
  return current;
}

function child(schema: z.ZodType, segment: string): z.ZodType | undefined {
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    return Object.hasOwn(shape, segment) ? shape[segment] : undefined;
  }
  if (schema instanceof z.ZodArray) return /^\d+$/.test(segment) ? (schema.element as z.ZodType) : undefined;
  if (schema instanceof z.ZodRecord) return schema.valueType as z.ZodType;
  if (schema instanceof z.ZodUnion) {
    for (const option of schema.options as readonly z.ZodType[]) {
      const found = child(unwrap(option), segment);
      if (found) return found;
    }
  }
  return undefined;
}

/** How a spreadsheet cell for this schema is read: text as typed, JSON for lists and objects. */
export function cellKind(schema: z.ZodType): CellKind {
  const base = unwrap(schema);
  if (base instanceof z.ZodString || base instanceof z.ZodEnum || base instanceof z.ZodLiteral) return 'text';
  if (base instanceof z.ZodNumber) return 'number';
  if (base instanceof z.ZodBoolean) return 'boolean';
  if (
    base instanceof z.ZodArray ||
    base instanceof z.ZodObject ||
    base instanceof z.ZodRecord ||
    base instanceof z.ZodTuple
  ) {
    return 'json';
  }
  if (base instanceof z.ZodUnion) {
    const kinds = new Set((base.options as readonly z.ZodType[]).map(cellKind));
    return kinds.size === 1 ? ([...kinds][0] ?? 'auto') : 'auto';
  }
  return 'auto';
}

export function acceptsNull(schema: z.ZodType): boolean {
  return schema.safeParse(null).success;
}

/** Sets `value` at a dotted path, making objects and arrays on the way (digits make array slots). */
export function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current: Record<string, unknown> | unknown[] = target;
  path.forEach((segment, i) => {
    const isLast = i === path.length - 1;
    const key = Array.isArray(current) ? Number(segment) : segment;
    const slots = current as Record<string | number, unknown>;
    if (isLast) {
      slots[key] = value;
      return;
    }
    const next = slots[key];
    if (typeof next === 'object' && next !== null) {
      current = next as Record<string, unknown>;
    } else {
      const made: Record<string, unknown> | unknown[] = /^\d+$/.test(path[i + 1] ?? '') ? [] : {};
      slots[key] = made;
      current = made;
    }
  });
}

/** Whether the object or array that would hold `path` exists (defaults only fill what a row has). */
export function hasParent(target: Record<string, unknown>, path: readonly string[]): boolean {
  let current: unknown = target;
  for (const segment of path.slice(0, -1)) {
    if (typeof current !== 'object' || current === null) return false;
    current = (current as Record<string, unknown>)[segment];
  }
  return typeof current === 'object' && current !== null;
}

export function getPath(target: unknown, path: readonly string[]): unknown {
  let current: unknown = target;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
