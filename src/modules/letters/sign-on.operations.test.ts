import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import type { Actor } from '../../core/context.ts';
import { createOrg } from '../access/user.operations.ts';
import { createLetter, getLetter } from './letter-workflow.operations.ts';
import { circulateLetter, decideOnLetter, withSignatories } from './sign-on.operations.ts';
import { isOpen, signatoriesOf, standings } from './sign-on.ts';

const row = (
  orgId: string,
  versionNumber: number,
  decision: 'signed' | 'signed-anonymously' | 'declined' | 'withdrawn',
  decidedAt: string,
) => ({
  orgId,
  versionNumber,
  decision,
  organizationName: orgId.toUpperCase(),
  signatory: decision === 'signed' ? 'Someone' : null,
  signatoryTitle: null,
  decidedAt,
});

describe('sign-on standings', () => {
  it('lets the latest decision stand, asks for confirmation after a new version, and lists who signed', () => {
    const all = standings(
      ['a', 'b', 'c', 'd'],
      [
        row('a', 1, 'signed', '2026-01-01'),
        row('b', 2, 'signed', '2026-01-02'),
        row('b', 2, 'withdrawn', '2026-01-03'),
        row('c', 2, 'signed-anonymously', '2026-01-04'),
      ],
      2,
    );
    expect(all.map((s) => s.standing)).toEqual([
      'needs-confirmation',
      'withdrawn',
      'signed-anonymously',
      'invited',
    ]);
    expect(signatoriesOf(all)).toEqual({ named: [], anonymous: 1 });
    expect(isOpen('2026-01-05', new Date('2026-01-05T23:59:59Z'))).toBe(true);
    expect(isOpen('2026-01-05', new Date('2026-01-06T00:00:00Z'))).toBe(false);
    expect(isOpen(null, new Date())).toBe(false);
  });

  it('writes the signatories in place of the placeholder, or before the notes when it was edited out', () => {
    const signed = { named: [{ organization: 'Org \\*A', signatory: 'B', title: null }], anonymous: 2 };
    expect(
      withSignatories('Sincerely,\n\n*Signatories are added as organizations sign on.*\n', 'en', signed),
    ).toBe('Sincerely,\n\nOrg \\\\\\*A, B  \nand 2 organizations that cannot be named for their safety\n');
    expect(withSignatories('Text[^1]\n\n[^1]: A note.\n', 'en', signed)).toContain('safety\n\n[^1]: A note.');
  });
});

describeEachDialect('a partner member signing in Docket', (db) => {
  it('may decide for its own organization only, and only on a letter sent to it', async () => {
    const ctx = db().context({ clock: () => new Date('2026-12-01T09:00:00Z') });
    const partner = await createOrg(ctx, { name: 'Signing Partner' });
    const stranger = await createOrg(ctx, { name: 'Not Asked' });
    const letter = await createLetter(ctx, { countries: ['UZ'], audience: 'public' });
    await circulateLetter(ctx, letter.id, { version: 1, orgIds: [partner.id], deadline: '2026-12-10' });
    const as = (orgId: string, role = 'partner'): typeof ctx => ({
      ...ctx,
      actor: { id: `user-${orgId}`, kind: 'user', role, orgId, clearance: 'internal' } satisfies Actor,
    });
    const decided = await decideOnLetter(as(partner.id), letter.id, {
      decision: 'signed',
      signatory: 'P. Signer',
    });
    expect(decided.standings).toMatchObject([
      { orgName: 'Signing Partner', standing: 'signed', signatory: 'P. Signer' },
    ]);
    expect(decided.versions).toEqual([]);
    await expect(
      decideOnLetter(as(stranger.id), letter.id, { decision: 'signed', signatory: 'X' }),
    ).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      decideOnLetter(as(partner.id, 'viewer'), letter.id, { decision: 'declined' }),
    ).rejects.toMatchObject({
      status: 403,
    });
    expect((await getLetter(ctx, letter.id)).standings.map((s) => s.standing)).toEqual(['signed']);
  });
});
