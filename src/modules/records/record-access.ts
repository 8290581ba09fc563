import type { OperationContext } from '../../core/context.ts';
import { forbidden } from '../../core/errors.ts';
import { loadGrants } from '../access/grant.store.ts';
import {
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
  kind: Pick<RecordKind<F>, 'type'>,
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
  return new Map(
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
