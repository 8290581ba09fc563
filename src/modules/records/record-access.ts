import type { OperationContext } from '../../core/context.ts';
import { forbidden } from '../../core/errors.ts';
import { loadGrants } from '../access/grant.store.ts';
import {
  NO_ABILITIES,
  OPERATOR_CALLER,
  type PolicyCaller,
  policyCallerOf,
  type RecordAbilities,
  recordAbilities,
  type Visibility,
  visibilityFor,
} from '../access/record.policy.ts';
import type { StoredRecord } from './record.schema.ts';
import type { RecordKind } from './record-kind.ts';

/**
 * The record policy applied to stored records: the caller of an operation, the abilities it has on
 * each record (grants loaded in one query per batch), and its list constraint.
 */

export const callerOf = (ctx: OperationContext): PolicyCaller => policyCallerOf(ctx.actor);

export const visibilityOf = (ctx: OperationContext): Visibility => visibilityFor(callerOf(ctx));

export async function abilitiesOf<F extends object>(
  ctx: OperationContext,
  kind: Pick<RecordKind<F>, 'type'> & Partial<Pick<RecordKind<F>, 'readsThrough'>>,
  records: readonly StoredRecord<F>[],
): Promise<Map<string, RecordAbilities>> {
  const caller = callerOf(ctx);
  const grants =
    caller === OPERATOR_CALLER
      ? new Map()
      : await loadGrants(
          ctx.db,
          kind.type,
          records.map((record) => record.id),
        );
  const own = new Map(
    records.map((record) => [
      record.id,
      recordAbilities(caller, {
        ownerOrgId: record.ownerOrgId,
        sensitivity: record.sensitivity,
        isPublished: record.isPublished,
        grants: grants.get(record.id) ?? [],
      }),
    ]),
  );
  if (!('readsThrough' in kind) || !kind.readsThrough || caller === OPERATOR_CALLER) return own;
  const hidden = await unreadableThrough(ctx, kind.readsThrough, records);
  for (const id of hidden) own.set(id, NO_ABILITIES);
  return own;
}

/** The records whose `readsThrough` record the caller may not read (or that is gone). */
async function unreadableThrough<F extends object>(
  ctx: OperationContext,
  readsThrough: NonNullable<RecordKind<F>['readsThrough']>,
  records: readonly StoredRecord<F>[],
): Promise<Set<string>> {
  const byKind = new Map<RecordKind<object>, Array<{ id: string; target: string }>>();
  for (const record of records) {
    const link = readsThrough(record);
    if (!link) continue;
    byKind.set(link.kind, [...(byKind.get(link.kind) ?? []), { id: record.id, target: link.id }]);
  }
  const hidden = new Set<string>();
  for (const [targetKind, links] of byKind) {
    const targets = await targetKind.load(ctx.db, [...new Set(links.map((link) => link.target))]);
    const readable = await abilitiesOf(ctx, targetKind, targets);
    for (const link of links) if (!readable.get(link.target)?.read) hidden.add(link.id);
  }
  return hidden;
}

export async function abilitiesOn<F extends object>(
  ctx: OperationContext,
  kind: Pick<RecordKind<F>, 'type'>,
  record: StoredRecord<F>,
): Promise<RecordAbilities> {
  return (await abilitiesOf(ctx, kind, [record])).get(record.id) as RecordAbilities;
}

export function assertAbility(
  abilities: RecordAbilities,
  ability: 'write' | 'delete' | 'publish' | 'share',
  type: string,
): void {
  if (abilities[ability]) return;
  const what = {
    write: `change this ${type}`,
    delete: `delete or undelete this ${type} (editors and administrators of its organization may)`,
    publish: `publish or unpublish this ${type} (editors of its organization may)`,
    share: `change who sees this ${type} (editors and administrators of its organization may)`,
  }[ability];
  throw forbidden(`You may not ${what}`);
}
