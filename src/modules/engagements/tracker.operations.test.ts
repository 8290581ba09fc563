import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/database.ts';
import { buildSourceInput } from '../../../test/support/factories.ts';
import { type Actor, type OperationContext, operator } from '../../core/context.ts';
import { DocketError } from '../../core/errors.ts';
import { createOrg } from '../access/user.operations.ts';
import { askKind, createAsk, getAsk, getAskHistory, listAsks } from '../asks/ask.operations.ts';
import {
  commitmentKind,
  createCommitment,
  getCommitment,
  listCommitments,
  rateCommitment,
} from '../commitments/commitment.operations.ts';
import { setPublished } from '../records/record.operations.ts';
import { shareRecord } from '../records/sharing.operations.ts';
import { scorecardForCountry, scorecardForEngagement } from '../scorecards/scorecard.operations.ts';
import { createSource } from '../sources/source.operations.ts';
import { createEngagement, getEngagement, listEngagements } from './engagement.operations.ts';
import { recordEngagementOutcome } from './engagement-outcome.ts';

const NOW = new Date('2024-06-01T09:00:00Z');

async function thrown(work: Promise<unknown>): Promise<DocketError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocketError);
  return error as DocketError;
}

describeEachDialect('the tracker operations', (db) => {
  const context = (actor: Actor): OperationContext => ({
    actor,
    db: db().db,
    dialect: db().dialect,
    clock: () => NOW,
  });

  /** Coalition org A with an editor, partner org P with a partner user, and the public. */
  async function world() {
    const setup = context(operator);
    const a = await createOrg(setup, { name: 'Coalition member A' });
    const p = await createOrg(setup, { name: 'Demo Partner' });
    const editor = context({
      id: 'editor-a',
      kind: 'user',
      role: 'editor',
      orgId: a.id,
      clearance: 'confidential',
    });
    const partner = context({
      id: 'partner-p',
      kind: 'user',
      role: 'partner',
      orgId: p.id,
      clearance: 'internal',
    });
    const publicCtx = context({ id: 'anonymous', kind: 'anonymous' });
    const source = await createSource(editor, buildSourceInput({ title: 'Astana Times, March 2023' }));
    return { a, p, editor, partner, publicCtx, sourceId: source.id };
  }

  async function plannedVisit(ctx: OperationContext) {
    const parties = await createAsk(ctx, {
      title: { en: 'Allow independent political parties to register' },
      country: 'KZ',
      priority: 'high',
      issueAreas: ['us-dos-2021/3'],
    });
    const release = await createAsk(ctx, { title: { en: 'Release the jailed blogger' }, country: 'KZ' });
    const visit = await createEngagement(ctx, {
      title: { en: 'Ministerial visit' },
      kind: 'visit',
      countries: ['KZ'],
      startsOn: '2023-02-28',
      endsOn: '2023-03-01',
      places: ['Astana'],
      agenda: [{ askId: parties.id }, { askId: release.id }],
    });
    return { parties, release, visit };
  }

  it('records an outcome: assurances become commitments linked to the visit and the ask, in one go', async () => {
    const { editor, sourceId } = await world();
    const { parties, release, visit } = await plannedVisit(editor);
    const [partiesItem, releaseItem] = visit.agenda;
    const result = await recordEngagementOutcome(editor, visit.id, {
      version: visit.version,
      items: [
        {
          agendaItemId: partiesItem?.id,
          outcome: 'raised',
          response: { en: 'The minister said registration rules would be eased' },
          sourceId,
          assurances: [{ title: { en: 'Ease party registration' }, deadline: '2024' }],
        },
        { agendaItemId: releaseItem?.id, outcome: 'not-reported' },
      ],
    });
    const [assurance] = result.commitments;
    expect(assurance).toMatchObject({
      kind: 'assurance',
      country: 'KZ',
      madeOn: '2023-03-01',
      engagementId: visit.id,
      askIds: [parties.id],
      issueAreas: ['us-dos-2021/3'],
      deadline: '2024',
    });
    expect(result.engagement.agenda.map((i) => [i.outcome, i.commitmentIds])).toEqual([
      ['raised', [assurance?.id]],
      ['not-reported', []],
    ]);
    // The outcome changes the agenda and the ask's status only; nothing it leaves out is reset.
    expect(result.engagement.places).toEqual(['Astana']);
    expect(await getAsk(editor, parties.id)).toMatchObject({
      status: 'raised',
      issueAreas: ['us-dos-2021/3'],
    });
    expect((await getAsk(editor, release.id)).status).toBe('open');

    const history = await getAskHistory(editor, parties.id);
    expect(history).toMatchObject({
      raisings: [{ engagementId: visit.id, outcome: 'raised', commitmentIds: [assurance?.id] }],
      commitmentIds: [assurance?.id],
    });
    const fromVisit = await listCommitments(editor, { engagementId: visit.id });
    expect(fromVisit.items.map((c) => c.id)).toEqual([assurance?.id]);
    const raisedAt = await listEngagements(editor, { askId: parties.id });
    expect(raisedAt.items.map((e) => e.id)).toEqual([visit.id]);
    // A deadline of "2024" runs to 31 December, so on 1 June 2024 the assurance is not yet overdue.
    expect((await listCommitments(editor, { isOverdue: 'true' })).items).toEqual([]);
  });

  it('writes nothing when any part of an outcome is wrong', async () => {
    const { editor } = await world();
    const { parties, visit } = await plannedVisit(editor);
    const [item] = visit.agenda;
    const badAssurance = await thrown(
      recordEngagementOutcome(editor, visit.id, {
        version: visit.version,
        items: [
          {
            agendaItemId: item?.id,
            outcome: 'raised',
            assurances: [{ title: { en: 'x' }, deadline: 'soon' }],
          },
        ],
      }),
    );
    expect(badAssurance.errors.map((e) => e.path)).toEqual(['items.0.assurances.0.deadline']);

    const notOnAgenda = await thrown(
      recordEngagementOutcome(editor, visit.id, {
        version: visit.version,
        items: [{ agendaItemId: parties.id, outcome: 'raised' }],
      }),
    );
    expect(notOnAgenda.errors.map((e) => e.path)).toEqual(['items.0.agendaItemId']);

    const stale = await thrown(
      recordEngagementOutcome(editor, visit.id, {
        version: visit.version + 1,
        items: [{ agendaItemId: item?.id, outcome: 'raised', assurances: [{ title: { en: 'Ease it' } }] }],
      }),
    );
    expect(stale.type).toBe('version-conflict');
    // The stale attempt created its commitment inside the transaction; the rollback took it away.
    expect((await listCommitments(editor, {})).items).toEqual([]);
    expect((await getEngagement(editor, visit.id)).version).toBe(visit.version);
    expect((await getAsk(editor, parties.id)).status).toBe('open');
  });

  it('shows a partner only what is shared with its organization, and the public only what is published', async () => {
    const { p, editor, partner, publicCtx, sourceId } = await world();
    const make = (title: string) =>
      createCommitment(editor, { title: { en: title }, kind: 'pledge', country: 'KZ', madeOn: '2022-03-16' });
    const internal = await make('Internal only');
    const shared = await make('Shared with the partner');
    const published = await make('Published');
    await shareRecord(editor, commitmentKind, shared.id, { granteeType: 'org', granteeId: p.id });
    await setPublished(editor, commitmentKind, published.id, published.version, true);
    await rateCommitment(editor, shared.id, {
      version: shared.version,
      rating: 'kept',
      ratedOn: '2023-03-19',
      rationale: 'Done',
      evidence: [{ sourceId }],
    });

    const titles = async (ctx: OperationContext) =>
      (await listCommitments(ctx, { country: 'KZ' })).items.map((c) => c.title.en).sort();
    expect(await titles(editor)).toEqual(['Internal only', 'Published', 'Shared with the partner']);
    expect(await titles(partner)).toEqual(['Published', 'Shared with the partner']);
    expect(await titles(publicCtx)).toEqual(['Published']);

    expect((await thrown(getCommitment(partner, internal.id))).type).toBe('not-found');
    expect((await thrown(getCommitment(publicCtx, shared.id))).type).toBe('not-found');

    const count = async (ctx: OperationContext) =>
      (await scorecardForCountry(ctx, { country: 'KZ', asOf: '2024-01-01' })).totals;
    expect(await count(editor)).toMatchObject({ commitments: 3, kept: 1, rated: 1 });
    expect(await count(partner)).toMatchObject({ commitments: 2, kept: 1 });
    expect(await count(publicCtx)).toMatchObject({ commitments: 1, kept: 0, rated: 0 });

    // A partner may read but not rate what is shared with it for reading.
    const refused = await thrown(
      rateCommitment(partner, shared.id, {
        version: 2,
        rating: 'broken',
        ratedOn: '2024',
        rationale: 'x',
        evidence: [{ sourceId }],
      }),
    );
    expect(refused.type).toBe('forbidden');
  });

  it('hides an engagement the caller may not see from an ask history and the commitment ids it holds', async () => {
    const { p, editor, partner, sourceId } = await world();
    const { parties, visit } = await plannedVisit(editor);
    await recordEngagementOutcome(editor, visit.id, {
      version: visit.version,
      items: [
        {
          agendaItemId: visit.agenda[0]?.id,
          outcome: 'raised',
          sourceId,
          assurances: [{ title: { en: 'A' } }],
        },
      ],
    });
    await shareRecord(editor, askKind, parties.id, { granteeType: 'org', granteeId: p.id });
    expect(await getAskHistory(partner, parties.id)).toEqual({ raisings: [], commitmentIds: [] });
    expect((await listAsks(partner, {})).items.map((a) => a.id)).toEqual([parties.id]);
  });

  it('gives the same engagement scorecard for the same day, and tracks what happened since', async () => {
    const { editor, sourceId } = await world();
    const { visit } = await plannedVisit(editor);
    const { commitments } = await recordEngagementOutcome(editor, visit.id, {
      version: visit.version,
      items: [
        { agendaItemId: visit.agenda[0]?.id, outcome: 'raised', assurances: [{ title: { en: 'Ease it' } }] },
      ],
    });
    const [assurance] = commitments;
    await rateCommitment(editor, assurance?.id ?? '', {
      version: 1,
      rating: 'broken',
      ratedOn: '2023-09',
      rationale: 'Refused again',
      evidence: [{ sourceId }],
    });
    const before = await scorecardForEngagement(editor, visit.id, { asOf: '2023-06-01' });
    const after = await scorecardForEngagement(editor, visit.id, { asOf: '2024-01-01' });
    expect(before.items[0]?.commitments.map((c) => c.rating)).toEqual(['not-yet-rated']);
    expect(after.items[0]?.commitments.map((c) => [c.rating, c.rationale])).toEqual([
      ['broken', 'Refused again'],
    ]);
    expect(await scorecardForEngagement(editor, visit.id, { asOf: '2023-06-01' })).toEqual(before);
    expect(after.items[1]).toMatchObject({ outcome: 'pending', commitments: [] });
  });
});
