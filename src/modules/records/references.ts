import type { OperationContext } from '../../core/context.ts';
import { DocketError } from '../../core/errors.ts';
import type { RecordKind } from './record-kind.ts';

/** A reference from one record to another, with the input path that holds it. */
export interface Reference {
  path: string;
  kind: RecordKind<object>;
  id: string | null | undefined;
}

/**
 * Refuses references to records that do not exist or are deleted, naming every bad path at once.
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
    const live = new Set((await kind.load(ctx.db, ids)).filter((r) => !r.deletedAt).map((r) => r.id));
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
