import type { Revision } from './history-api.ts';

/** One field's change, as the history shows it: old value, new value. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/**
 * Snapshot members that are not the record's content: the machinery keeps them, and a restore leaves
 * publication alone (it is its own act), so none of them is a change a restore would make.
 */
const NOT_RESTORED = new Set([
  'id',
  'version',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'deletedBy',
  'ownerOrgId',
  'isPublished',
  'sealed',
  'abilities',
  'redacted',
]);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => deepEqual(a[key], b[key]));
  }
  return false;
}

export function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (isPlainObject(value) && Object.keys(value).length === 0)
  );
}

/**
 * The changes of a revision the caller may see. The server sends a withheld field's change as
 * null → null and names it in `redacted`; showing it would be a blank that reveals the field exists
 * and changed, so it is left out entirely.
 */
export function visibleChanges(revision: Revision): FieldChange[] {
  const hidden = new Set(revision.redacted);
  return revision.changes.filter((change) => !hidden.has(change.field));
}

/** What restoring `target` over `current` would change, in the fields neither hides from the caller. */
export function restoreChanges(current: Revision, target: Revision): FieldChange[] {
  const hidden = new Set([...current.redacted, ...target.redacted]);
  const before = current.snapshot;
  const after = target.snapshot;
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (NOT_RESTORED.has(field) || hidden.has(field)) continue;
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (!deepEqual(from, to) && !(isEmpty(from) && isEmpty(to))) changes.push({ field, from, to });
  }
  return changes;
}

/** An item of a list field in a diff: kept, added, removed, or (same id) changed. */
export type ItemDiff =
  | { status: 'same'; value: unknown }
  | { status: 'added'; value: unknown }
  | { status: 'removed'; value: unknown }
  | { status: 'changed'; from: Record<string, unknown>; to: Record<string, unknown> };

function itemId(item: unknown): string | null {
  return isPlainObject(item) && typeof item.id === 'string' ? item.id : null;
}

/**
 * Compares two lists item by item: items with an `id` (timeline steps, charges) are matched by it, so
 * an edited step shows as changed rather than as one removed and one added; others by equal content.
 * The new list's order is kept, with removed items after.
 */
export function diffList(from: readonly unknown[], to: readonly unknown[]): ItemDiff[] {
  const out: ItemDiff[] = [];
  const unmatched = [...from];
  for (const item of to) {
    const id = itemId(item);
    const index =
      id !== null
        ? unmatched.findIndex((old) => itemId(old) === id)
        : unmatched.findIndex((old) => deepEqual(old, item));
    if (index < 0) {
      out.push({ status: 'added', value: item });
      continue;
    }
    const [old] = unmatched.splice(index, 1);
    if (deepEqual(old, item)) out.push({ status: 'same', value: item });
    else if (isPlainObject(old) && isPlainObject(item)) out.push({ status: 'changed', from: old, to: item });
    else out.push({ status: 'added', value: item }, { status: 'removed', value: old });
  }
  for (const old of unmatched) out.push({ status: 'removed', value: old });
  return out;
}

/** The members of two objects that differ (an object field such as a biography by language). */
export function diffObject(from: Record<string, unknown>, to: Record<string, unknown>): FieldChange[] {
  const keys = new Set([...Object.keys(from), ...Object.keys(to)]);
  return [...keys]
    .filter((key) => !deepEqual(from[key] ?? null, to[key] ?? null))
    .map((key) => ({ field: key, from: from[key] ?? null, to: to[key] ?? null }));
}

/** A record's name as a person reads it: its primary name or title, else its ref. */
export function recordTitle(snapshot: Record<string, unknown>, language = 'en'): string | null {
  for (const key of ['names', 'titles']) {
    const list = snapshot[key];
    if (!Array.isArray(list)) continue;
    const named = list.filter(
      (item): item is { text: string; kind?: string } => isPlainObject(item) && typeof item.text === 'string',
    );
    const primary = named.find((item) => item.kind === 'primary') ?? named[0];
    if (primary) return primary.text;
  }
  if (typeof snapshot.title === 'string' && snapshot.title) return snapshot.title;
  // A tracker record's title is text by language: the reader's, else English, else the first.
  if (isPlainObject(snapshot.title)) {
    const titles = snapshot.title;
    const text = titles[language] ?? titles.en ?? Object.values(titles)[0];
    if (typeof text === 'string' && text) return text;
  }
  if (typeof snapshot.ref === 'string' && snapshot.ref) return snapshot.ref;
  return null;
}
