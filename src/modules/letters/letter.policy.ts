import type { PolicyCaller } from '../access/record.policy.ts';

/**
 * Who may do what with a letter, from the caller and the letter's owner and recipients; pure.
 * The organization that drafted it manages it (its writers draft, edit, circulate and freeze it;
 * its other members read it); a recipient organization's members see the version circulated to
 * them and take their organization's decision; no one else learns it exists.
 */

export interface LetterFacts {
  ownerOrgId: string | null;
  status: 'draft' | 'circulating' | 'final';
  recipientOrgIds: readonly string[];
}

export interface LetterAbilities {
  /** See every version and every organization's standing. */
  manage: boolean;
  /** See the letter at all (managers, the owner's members, recipients once it is circulated). */
  read: boolean;
  /** Take the caller's organization's decision. */
  decide: boolean;
}

const WRITERS = new Set(['administrator', 'editor', 'researcher']);

export function letterAbilities(caller: PolicyCaller, letter: LetterFacts): LetterAbilities {
  if (caller.kind === 'operator') return { manage: true, read: true, decide: false };
  if (caller.kind !== 'user' || !caller.role) return { manage: false, read: false, decide: false };
  const member =
    caller.role !== 'partner' && (letter.ownerOrgId === null || letter.ownerOrgId === caller.orgId);
  const recipient =
    letter.status !== 'draft' && caller.orgId !== undefined && letter.recipientOrgIds.includes(caller.orgId);
  return {
    manage: member && WRITERS.has(caller.role),
    read: member || recipient,
    decide: recipient && caller.role !== 'viewer',
  };
}

/** Whether the caller may start a letter: the same writers who may create records. */
export function canDraftLetters(caller: PolicyCaller): boolean {
  return (
    caller.kind === 'operator' ||
    (caller.kind === 'user' && caller.role !== undefined && WRITERS.has(caller.role))
  );
}
