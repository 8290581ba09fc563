/**
 * Sign-on, as pure functions of a letter's decisions: what each organization's standing is on the
 * version now circulated, and who the letter is signed by. An organization's latest decision
 * stands; a signature given on an earlier version must be confirmed on the new one before it
 * counts again; a withdrawal takes it back.
 */

export const DECISIONS = ['signed', 'signed-anonymously', 'declined', 'withdrawn'] as const;
export type Decision = (typeof DECISIONS)[number];

export interface DecisionRow {
  orgId: string;
  versionNumber: number;
  decision: Decision;
  organizationName: string | null;
  signatory: string | null;
  signatoryTitle: string | null;
  decidedAt: string;
}

export type Standing = 'invited' | Decision | 'needs-confirmation';

export interface OrgStanding {
  orgId: string;
  standing: Standing;
  /** The version the standing decision was taken on, if any. */
  versionNumber: number | null;
  organizationName: string | null;
  signatory: string | null;
  signatoryTitle: string | null;
  decidedAt: string | null;
}

const SIGNED: ReadonlySet<Decision> = new Set(['signed', 'signed-anonymously']);

/** Each invited organization's standing on `currentVersion`, in the order given. */
export function standings(
  invited: readonly string[],
  decisions: readonly DecisionRow[],
  currentVersion: number,
): OrgStanding[] {
  const latest = new Map<string, DecisionRow>();
  for (const row of [...decisions].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt)))
    latest.set(row.orgId, row);
  return invited.map((orgId) => {
    const row = latest.get(orgId);
    if (!row) {
      return {
        orgId,
        standing: 'invited',
        versionNumber: null,
        organizationName: null,
        signatory: null,
        signatoryTitle: null,
        decidedAt: null,
      };
    }
    const stale = SIGNED.has(row.decision) && row.versionNumber < currentVersion;
    return {
      orgId,
      standing: stale ? 'needs-confirmation' : row.decision,
      versionNumber: row.versionNumber,
      organizationName: row.organizationName,
      signatory: row.signatory,
      signatoryTitle: row.signatoryTitle,
      decidedAt: row.decidedAt,
    };
  });
}

export interface SignatoryList {
  named: Array<{ organization: string; signatory: string | null; title: string | null }>;
  anonymous: number;
}

/** Who the letter is signed by: the organizations whose signature stands on the current version. */
export function signatoriesOf(all: readonly OrgStanding[]): SignatoryList {
  const named = all
    .filter((s) => s.standing === 'signed')
    .map((s) => ({ organization: s.organizationName ?? '', signatory: s.signatory, title: s.signatoryTitle }))
    .sort((a, b) => a.organization.localeCompare(b.organization));
  return { named, anonymous: all.filter((s) => s.standing === 'signed-anonymously').length };
}

/** Sign-on is open through the end of the deadline day (UTC). */
export function isOpen(deadline: string | null, now: Date): boolean {
  return deadline !== null && now.toISOString().slice(0, 10) <= deadline;
}
