import type { Actor, OperationContext } from '../../core/context.ts';
import { anonymous } from '../../core/context.ts';
import {
  lowerOf,
  NO_ABILITIES,
  type RecordAbilities,
  SENSITIVITIES,
  type Sensitivity,
} from '../access/record.policy.ts';
import type { Disclosed } from '../access/redaction.ts';
import { discloseWith } from '../records/disclosure.ts';
import type { StoredRecord } from '../records/record.schema.ts';
import { abilitiesOf } from '../records/record-access.ts';
import type { RecordKind } from '../records/record-kind.ts';

/**
 * Who a generated document is for. A briefing or letter is read by others than its author: it may
 * show only what the author may see *and* what every reader may see, field by field, so it goes
 * through the same policy and the one redaction step as every other output, once per reader.
 */

export const AUDIENCES = ['internal', 'partner', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface Readership {
  /** The author's context: the one that reads the database and is audited for it. */
  author: OperationContext;
  /** Every reader's view, the author's own included; a record is shown only if all may read it. */
  readers: readonly OperationContext[];
}

const withActor = (ctx: OperationContext, actor: Actor): OperationContext => ({ ...ctx, actor });

/** A member of a partner organization with the highest clearance: its grants are what limit it. */
export function partnerActor(orgId: string): Actor {
  return { id: `partner:${orgId}`, kind: 'user', role: 'partner', orgId, clearance: 'secret' };
}

/**
 * The readers of an audience: `internal`, the author's view capped at internal fields; `partner`,
 * what *every* recipient organization may see (the intersection of their grants); `public`, what
 * anyone may (published records, consented identities).
 */
export function readershipFor(
  author: OperationContext,
  audience: Audience,
  recipientOrgIds: readonly string[] = [],
): Readership {
  switch (audience) {
    case 'internal':
      return { author, readers: [author, withActor(author, cappedAt(author.actor, 'internal'))] };
    case 'public':
      return { author, readers: [author, withActor(author, anonymous)] };
    case 'partner':
      return {
        author,
        readers: [author, ...recipientOrgIds.map((orgId) => withActor(author, partnerActor(orgId)))],
      };
  }
}

/** The actor with its clearance lowered to `level` (the operator becomes an audience at that level). */
function cappedAt(actor: Actor, level: Sensitivity): Actor {
  const own = (SENSITIVITIES as readonly string[]).includes(actor.clearance ?? '')
    ? (actor.clearance as Sensitivity)
    : actor.kind === 'operator' || actor.kind === 'system'
      ? 'secret'
      : 'internal';
  return { ...actor, clearance: lowerOf(own, level) };
}

/** What every reader may do: read only if all may, fields only up to the lowest clearance. */
function jointAbilities(all: readonly RecordAbilities[]): RecordAbilities {
  if (all.length === 0 || all.some((can) => !can.read)) return NO_ABILITIES;
  return {
    ...NO_ABILITIES,
    read: true,
    clearance: all.map((can) => can.clearance).reduce(lowerOf),
    // Any reader who sees it only as published sees it as the public does (consent rules apply).
    publicView: all.some((can) => can.publicView),
  };
}

/**
 * The records every reader may read, each as the most restricted reader may see it; deleted
 * records are left out. Secret values are opened (and audited) for the author only when every
 * reader may see them.
 */
export async function discloseToAll<F extends object>(
  readership: Readership,
  kind: RecordKind<F>,
  records: readonly StoredRecord<F>[],
): Promise<Disclosed<StoredRecord<F>>[]> {
  const live = records.filter((record) => !record.deletedAt);
  const perReader = await Promise.all(readership.readers.map((ctx) => abilitiesOf(ctx, kind, live)));
  const shown: Disclosed<StoredRecord<F>>[] = [];
  for (const record of live) {
    const can = jointAbilities(perReader.map((abilities) => abilities.get(record.id) ?? NO_ABILITIES));
    if (can.read) shown.push(await discloseWith(readership.author, kind, record, can));
  }
  return shown;
}

/** Loads records by id and keeps those every reader may read (see `discloseToAll`). */
export async function loadForAll<F extends object>(
  readership: Readership,
  kind: RecordKind<F>,
  ids: readonly string[],
): Promise<Disclosed<StoredRecord<F>>[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  return discloseToAll(readership, kind, await kind.load(readership.author.db, unique));
}
