import { canonicalJson } from '../../../../../src/core/claim.ts';

/** Whether two field values are the same, ignoring key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

/** The fields of `draft` whose value differs from `base`: what a save sends. */
export function changedFields(base: Record<string, unknown>, draft: Record<string, unknown>): string[] {
  return Object.keys(draft).filter((field) => !sameValue(base[field], draft[field]));
}

export interface FieldConflict {
  field: string;
  /** The value both sides started from. */
  base: unknown;
  /** The value the other person saved. */
  theirs: unknown;
  /** The value this user typed. */
  mine: unknown;
  /** Both changed it, differently: the user must choose. */
  clashes: boolean;
  /** Only they changed it (informative; their value is kept). */
  theirsOnly: boolean;
  theyChanged: boolean;
  iChanged: boolean;
}

/**
 * A three-way comparison by field between what the user started from, what they typed and what the
 * server now holds, for the fields either side changed.
 */
export function compareVersions(
  base: Record<string, unknown>,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  fields: readonly string[],
): FieldConflict[] {
  const out: FieldConflict[] = [];
  for (const field of fields) {
    const iChanged = !sameValue(base[field], mine[field]);
    const theyChanged = !sameValue(base[field], theirs[field]);
    if (!iChanged && !theyChanged) continue;
    out.push({
      field,
      base: base[field],
      theirs: theirs[field],
      mine: mine[field],
      clashes: iChanged && theyChanged && !sameValue(mine[field], theirs[field]),
      theirsOnly: theyChanged && !iChanged,
      theyChanged,
      iChanged,
    });
  }
  return out;
}
