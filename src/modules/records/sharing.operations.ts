import { z } from 'zod';
import { inTransaction, nowIso, type OperationContext } from '../../core/context.ts';
import { invalidReference, notFound } from '../../core/errors.ts';
import { idSchema, newId } from '../../core/ids.ts';
import { parseInput } from '../../core/validation.ts';
import { deleteGrant, findGrant, loadGrants, type StoredGrant, upsertGrant } from '../access/grant.store.ts';
import { atMost } from '../access/record.policy.ts';
import { appendAudit } from '../audit/audit.store.ts';
import { readableRecord } from './record.operations.ts';
import { sensitivitySchema } from './record.schema.ts';
import { assertAbility, callerOf } from './record-access.ts';
import type { RecordKind } from './record-kind.ts';

/**
 * Sharing a record with another organization or a user, to read or to write, up to a clearance:
 * what partners see. Only those who may share the record (its organization's editors and
 * administrators) list or change its grants, and nobody grants more than they may see themselves.
 */

export const grantInputSchema = z
  .object({
    granteeType: z.enum(['org', 'user']).describe('Share with an organization (all its users) or one user'),
    granteeId: idSchema.describe('The organization or user id'),
    access: z.enum(['read', 'write']).default('read'),
    clearance: sensitivitySchema
      .default('internal')
      .describe('The most sensitive fields the grantee sees, whatever their own clearance'),
  })
  .strict();

export const grantSchema = z
  .object({
    id: idSchema,
    granteeType: z.enum(['org', 'user']),
    granteeId: z.string(),
    access: z.enum(['read', 'write']),
    clearance: sensitivitySchema,
    createdAt: z.string(),
    createdBy: z.string(),
  })
  .meta({ id: 'Grant' });
export type Grant = z.infer<typeof grantSchema>;

const present = ({ recordType: _t, recordId: _r, ...grant }: StoredGrant): Grant => grant;

async function shareableRecord<F extends object>(ctx: OperationContext, kind: RecordKind<F>, id: string) {
  const { record, abilities } = await readableRecord(ctx, kind, id, { includeDeleted: true });
  assertAbility(abilities, 'share', kind.type);
  return record;
}

export async function listGrants<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
): Promise<Grant[]> {
  await shareableRecord(ctx, kind, id);
  return ((await loadGrants(ctx.db, kind.type, [id])).get(id) ?? []).map(present);
}

export async function shareRecord<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
  input: unknown,
): Promise<Grant[]> {
  const grant = parseInput(grantInputSchema, input);
  return inTransaction(ctx, async (trx) => {
    await shareableRecord(trx, kind, id);
    const clearance = callerOf(trx).clearance;
    if (!atMost(grant.clearance, clearance)) {
      throw invalidReference('clearance', `is above your own clearance (${clearance})`);
    }
    const table = grant.granteeType === 'org' ? 'orgs' : 'users';
    const grantee = await trx.db
      .selectFrom(table)
      .select('id')
      .where('id', '=', grant.granteeId)
      .executeTakeFirst();
    if (!grantee) throw invalidReference('granteeId', `no ${grant.granteeType} with this id`);
    await upsertGrant(trx.db, {
      ...grant,
      id: newId(),
      recordType: kind.type,
      recordId: id,
      createdAt: nowIso(trx),
      createdBy: trx.actor.id,
    });
    await appendAudit(trx, [
      {
        action: 'record.share',
        targetType: kind.type,
        targetId: id,
        detail: {
          granteeType: grant.granteeType,
          granteeId: grant.granteeId,
          access: grant.access,
          clearance: grant.clearance,
        },
      },
    ]);
    return listGrants(trx, kind, id);
  });
}

export async function unshareRecord<F extends object>(
  ctx: OperationContext,
  kind: RecordKind<F>,
  id: string,
  grantId: string,
): Promise<Grant[]> {
  return inTransaction(ctx, async (trx) => {
    await shareableRecord(trx, kind, id);
    const grant = await findGrant(trx.db, grantId);
    if (!grant || grant.recordType !== kind.type || grant.recordId !== id) throw notFound('grant', grantId);
    await deleteGrant(trx.db, grantId);
    await appendAudit(trx, [
      {
        action: 'record.unshare',
        targetType: kind.type,
        targetId: id,
        detail: { granteeType: grant.granteeType, granteeId: grant.granteeId },
      },
    ]);
    return listGrants(trx, kind, id);
  });
}
