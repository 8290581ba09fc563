import type { Actor } from '../../core/context.ts';
import { type Role, roleSchema } from './access.schema.ts';

/**
 * Who may do what with a record: pure functions of the caller and the record's facts (owner,
 * sensitivity, publication, sharing grants), with no I/O, so they are tested as a matrix and
 * applied the same way by every operation. A list applies the same rule as a query constraint;
 * `matchesVisibility` is that constraint in JavaScript, held equal to `recordAbilities(…).read`
 * by a property test, so a store that translates it faithfully cannot show what a read would hide.
 */

export const SENSITIVITIES = ['public', 'internal', 'confidential', 'secret'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

const rank = (level: Sensitivity) => SENSITIVITIES.indexOf(level);
export const atMost = (level: Sensitivity, ceiling: Sensitivity): boolean => rank(level) <= rank(ceiling);
export const lowerOf = (a: Sensitivity, b: Sensitivity): Sensitivity => (rank(a) <= rank(b) ? a : b);
const higherOf = (a: Sensitivity, b: Sensitivity): Sensitivity => (rank(a) >= rank(b) ? a : b);
/** Every level up to `ceiling`: what a caller with that clearance may see. */
export const levelsUpTo = (ceiling: Sensitivity): Sensitivity[] =>
  SENSITIVITIES.filter((l) => atMost(l, ceiling));

export interface PolicyCaller {
  /**
   * `audience`: the operator's CLI output for a readership (`--audience internal`): every record
   * and field up to the clearance, whoever owns it, read only.
   */
  kind: 'operator' | 'user' | 'anonymous' | 'audience';
  userId?: string;
  orgId?: string;
  role?: Role;
  /** The highest sensitivity the caller may ever see: the user's clearance. */
  clearance: Sensitivity;
}

export interface RecordGrant {
  granteeType: 'org' | 'user';
  granteeId: string;
  access: 'read' | 'write';
  /** The highest sensitivity the grant shows, whatever the grantee's own clearance. */
  clearance: Sensitivity;
}

export interface RecordFacts {
  /** The owning organization; null for records the operator created, which belong to the whole coalition. */
  ownerOrgId: string | null;
  sensitivity: Sensitivity;
  isPublished: boolean;
  grants: readonly RecordGrant[];
}

export interface RecordAbilities {
  read: boolean;
  write: boolean;
  delete: boolean;
  publish: boolean;
  share: boolean;
  /** The highest field sensitivity the caller sees on this record; redaction removes the rest. */
  clearance: Sensitivity;
  /**
   * The caller sees the record only because it is published: the public's view, in which a
   * person's identifying fields also need a consent basis.
   */
  publicView: boolean;
}

/** No access at all: what a caller has on a record it may not read. */
export const NO_ABILITIES: RecordAbilities = {
  read: false,
  write: false,
  delete: false,
  publish: false,
  share: false,
  clearance: 'public',
  publicView: false,
};

const WRITERS: ReadonlySet<Role> = new Set(['administrator', 'editor', 'researcher']);
const CURATORS: ReadonlySet<Role> = new Set(['administrator', 'editor']);

export const OPERATOR_CALLER: PolicyCaller = { kind: 'operator', clearance: 'secret' };
export const ANONYMOUS_CALLER: PolicyCaller = { kind: 'anonymous', clearance: 'public' };

const isSensitivity = (value: unknown): value is Sensitivity =>
  (SENSITIVITIES as readonly unknown[]).includes(value);
const isRole = (value: unknown): value is Role => roleSchema.safeParse(value).success;

/**
 * The policy's view of whoever acts: the operator (and the system acting for it, e.g. the demo
 * loader) sees everything; a user with a role, organization and clearance; anyone else is the public.
 */
export function policyCallerOf(actor: Actor): PolicyCaller {
  if (actor.kind === 'operator' && isSensitivity(actor.clearance)) {
    return actor.clearance === 'public' ? ANONYMOUS_CALLER : { kind: 'audience', clearance: actor.clearance };
  }
  if (actor.kind === 'operator' || actor.kind === 'system') return OPERATOR_CALLER;
  if (actor.kind !== 'user' || !isRole(actor.role)) return ANONYMOUS_CALLER;
  return {
    kind: 'user',
    userId: actor.id,
    role: actor.role,
    ...(actor.orgId ? { orgId: actor.orgId } : {}),
    clearance: isSensitivity(actor.clearance) ? actor.clearance : 'internal',
  };
}

/** Whether the caller may create records (they are then owned by the caller's organization). */
export function canCreateRecords(caller: PolicyCaller): boolean {
  return (
    caller.kind === 'operator' ||
    (caller.kind === 'user' && caller.role !== undefined && WRITERS.has(caller.role))
  );
}

/** Members see their organization's records and the coalition's; partners only what is shared. */
function isMember(caller: PolicyCaller, record: RecordFacts): boolean {
  if (caller.kind !== 'user' || caller.role === undefined || caller.role === 'partner') return false;
  return record.ownerOrgId === null || record.ownerOrgId === caller.orgId;
}

function grantsOf(caller: PolicyCaller, record: RecordFacts): RecordGrant[] {
  return record.grants.filter(
    (grant) =>
      (grant.granteeType === 'user' && grant.granteeId === caller.userId) ||
      (grant.granteeType === 'org' && grant.granteeId === caller.orgId),
  );
}

export function recordAbilities(caller: PolicyCaller, record: RecordFacts): RecordAbilities {
  if (caller.kind === 'operator') {
    return {
      read: true,
      write: true,
      delete: true,
      publish: true,
      share: true,
      clearance: 'secret',
      publicView: false,
    };
  }
  if (caller.kind === 'audience') {
    if (atMost(record.sensitivity, caller.clearance)) {
      return { ...NO_ABILITIES, read: true, clearance: caller.clearance };
    }
    return { ...NO_ABILITIES, read: record.isPublished, publicView: record.isPublished };
  }
  if (caller.kind === 'anonymous' || caller.role === undefined) {
    return { ...NO_ABILITIES, read: record.isPublished, publicView: record.isPublished };
  }
  const role = caller.role;
  const asMember = isMember(caller, record) && atMost(record.sensitivity, caller.clearance);
  const viaGrants = grantsOf(caller, record)
    .map((grant) => ({ grant, clearance: lowerOf(grant.clearance, caller.clearance) }))
    .filter(({ clearance }) => atMost(record.sensitivity, clearance));
  let clearance: Sensitivity | null = record.isPublished ? 'public' : null;
  if (asMember) clearance = clearance ? higherOf(clearance, caller.clearance) : caller.clearance;
  for (const view of viaGrants) clearance = clearance ? higherOf(clearance, view.clearance) : view.clearance;
  if (clearance === null) return NO_ABILITIES;
  const canWrite = role !== 'viewer';
  const write =
    canWrite && ((asMember && WRITERS.has(role)) || viaGrants.some(({ grant }) => grant.access === 'write'));
  const curator = asMember && CURATORS.has(role);
  return {
    read: true,
    write,
    delete: curator,
    publish: asMember && role === 'editor',
    share: curator,
    clearance,
    publicView: !asMember && viaGrants.length === 0,
  };
}

/** The list constraint for a caller, as data; stores translate it to SQL. */
export type Visibility =
  | { kind: 'all' }
  | { kind: 'published' }
  /** An audience's: every record up to these levels, and the published ones. */
  | { kind: 'levels'; levels: readonly Sensitivity[] }
  | {
      kind: 'scoped';
      /** Owner orgs whose records members see (null included: the coalition's); empty for partners. */
      memberOwners: ReadonlyArray<string | null>;
      /** Sensitivities a member sees: up to the caller's clearance. */
      memberLevels: readonly Sensitivity[];
      userId: string;
      orgId: string | null;
      /** Grants show a record when its sensitivity ≤ min(grant clearance, this). */
      callerClearance: Sensitivity;
    };

export function visibilityFor(caller: PolicyCaller): Visibility {
  if (caller.kind === 'operator') return { kind: 'all' };
  if (caller.kind === 'audience') return { kind: 'levels', levels: levelsUpTo(caller.clearance) };
  if (caller.kind === 'anonymous' || caller.role === undefined || caller.userId === undefined) {
    return { kind: 'published' };
  }
  const member = caller.role !== 'partner';
  return {
    kind: 'scoped',
    memberOwners: member ? [null, ...(caller.orgId ? [caller.orgId] : [])] : [],
    memberLevels: member ? levelsUpTo(caller.clearance) : [],
    userId: caller.userId,
    orgId: caller.orgId ?? null,
    callerClearance: caller.clearance,
  };
}

/** The constraint evaluated on one record, as a store's query must evaluate it. */
export function matchesVisibility(visibility: Visibility, record: RecordFacts): boolean {
  if (visibility.kind === 'all') return true;
  if (record.isPublished) return true;
  if (visibility.kind === 'published') return false;
  if (visibility.kind === 'levels') return visibility.levels.includes(record.sensitivity);
  const member =
    visibility.memberOwners.includes(record.ownerOrgId) &&
    visibility.memberLevels.includes(record.sensitivity);
  const granted = record.grants.some(
    (grant) =>
      ((grant.granteeType === 'user' && grant.granteeId === visibility.userId) ||
        (grant.granteeType === 'org' && grant.granteeId === visibility.orgId)) &&
      atMost(record.sensitivity, lowerOf(grant.clearance, visibility.callerClearance)),
  );
  return member || granted;
}
