import type { OperationContext } from '../../core/context.ts';
import { commitmentKind } from '../commitments/commitment.operations.ts';
import { engagementKind } from '../engagements/engagement.operations.ts';
import { disclose } from '../records/disclosure.ts';
import type { RecordKind } from '../records/record-kind.ts';
import type { AskHistory } from './ask.schema.ts';

async function linkingIds(ctx: OperationContext, askId: string, fromType: string, field: string) {
  const rows = await ctx.db
    .selectFrom('record_links')
    .select('from_id')
    .where('to_id', '=', askId)
    .where('from_type', '=', fromType)
    .where('field', '=', field)
    .execute();
  return rows.map((row) => row.from_id);
}

/** The records of `ids` the caller may see (not deleted), as it may see them. */
async function visible<F extends object>(ctx: OperationContext, kind: RecordKind<F>, ids: readonly string[]) {
  const records = (await kind.load(ctx.db, ids)).filter((record) => !record.deletedAt);
  return disclose(ctx, kind, records);
}

/**
 * Where an ask was raised and how it was answered: the engagements the caller may see whose agenda
 * holds it, with the outcome there (an agenda the caller may not see is left out), and the
 * commitments answering it. Commitment ids the caller may not see are never named.
 */
export async function askHistoryOf(ctx: OperationContext, askId: string): Promise<AskHistory> {
  const engagements = await visible(
    ctx,
    engagementKind,
    await linkingIds(ctx, askId, 'engagement', 'agenda'),
  );
  const answering = await linkingIds(ctx, askId, 'commitment', 'askIds');
  const mentioned = engagements.flatMap((e) => (e.agenda ?? []).flatMap((item) => item.commitmentIds));
  const seen = new Set(
    (await visible(ctx, commitmentKind, [...new Set([...answering, ...mentioned])])).map((c) => c.id),
  );
  const raisings = engagements.flatMap((engagement) =>
    (engagement.agenda ?? [])
      .filter((item) => item.askId === askId)
      .map((item) => ({
        engagementId: engagement.id,
        engagementTitle: engagement.title,
        startsOn: engagement.startsOn,
        agendaItemId: item.id,
        outcome: item.outcome,
        response: item.response,
        commitmentIds: item.commitmentIds.filter((id) => seen.has(id)),
      })),
  );
  return { raisings, commitmentIds: answering.filter((id) => seen.has(id)).sort() };
}
