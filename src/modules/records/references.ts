import type { OperationContext } from '../../core/context.ts';
import { DocketError } from '../../core/errors.ts';
import { abilitiesOf } from './record-access.ts';
import type { RecordKind } from './record-kind.ts';

/** A reference from one record to another, with the input path that holds it. */
export interface Reference {
  path: string;
  kind: RecordKind<object>;
  id: string | null | undefined;
}

/**
 * Refuses references to records that do not exist, are deleted or are hidden from the caller,
 * naming every bad path at once.
 * One query per referenced type, whatever the number of references.
 */
export async function assertReferences(
  ctx: OperationContext,
  references: readonly Reference[],
): Promise<void> {
  const byKind = new Map<RecordKind<object>, Reference[]>();
  for (const reference of references) {
    if (!reference.id) continue;
    const list = byKind.get(reference.kind) ?? [];
    list.push(reference);
    byKind.set(reference.kind, list);
  }
  const errors: { path: string; message: string }[] = [];
  for (const [kind, refs] of byKind) {
    const ids = [...new Set(refs.map((r) => r.id ?? ''))];
    // A record the caller may not read does not exist for it: the same message as a missing one.
    const records = await kind.load(ctx.db, ids);
    const abilities = await abilitiesOf(ctx, kind, records);
    const live = new Set(records.filter((r) => !r.deletedAt && abilities.get(r.id)?.read).map((r) => r.id));
    for (const ref of refs) {
      if (ref.id && !live.has(ref.id))
        errors.push({ path: ref.path, message: `no ${kind.type} with id ${ref.id}` });
    }
  }
  if (errors.length > 0) {
    throw new DocketError({
      type: 'invalid-reference',
      title: 'Invalid reference',
      detail: errors.map((e) => `${e.path}: ${e.message}`).join('; '),
      errors,
    });
  }
}

/** References to the sources of a list of sourced items, e.g. `timeline.2.sourceId`. */
export function sourceReferences(
  kind: RecordKind<object>,
  path: string,
  items: ReadonlyArray<{ sourceId?: string | null }>,
): Reference[] {
  return items.map((item, i) => ({ path: `${path}.${i}.sourceId`, kind, id: item.sourceId }));
}
