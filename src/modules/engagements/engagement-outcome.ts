import { inTransaction, type OperationContext } from '../../core/context.ts';
import { rebaseFieldErrors, validationError } from '../../core/errors.ts';
import { parseInput } from '../../core/validation.ts';
import { askKind } from '../asks/ask.operations.ts';
import { type Commitment, createCommitment } from '../commitments/commitment.operations.ts';
import { readableRecord, updateRecord } from '../records/record.operations.ts';
import { type Engagement, getEngagement, updateEngagement } from './engagement.operations.ts';
import {
  type AgendaItem,
  type EngagementOutcomeInput,
  engagementOutcomeSchema,
} from './engagement.schema.ts';

type OutcomeItem = EngagementOutcomeInput['items'][number];

/** The agenda item each outcome names, refusing ids that are not on this engagement's agenda. */
function agendaItemsOf(engagement: Engagement, items: readonly OutcomeItem[]): AgendaItem[] {
  const byId = new Map(engagement.agenda.map((item) => [item.id, item]));
  const errors = items.flatMap((item, i) =>
    byId.has(item.agendaItemId)
      ? []
      : [{ path: `items.${i}.agendaItemId`, message: `not an item of this engagement's agenda` }],
  );
  if (errors.length > 0) throw validationError(errors);
  return items.map((item) => byId.get(item.agendaItemId) as AgendaItem);
}

/**
 * Records what happened at an engagement, agenda item by agenda item: raised or not, the answer,
 * and each assurance received, which becomes a commitment linked to the engagement and the ask
 * (with the ask's country, issue areas and linked records unless the assurance says otherwise).
 * A raised ask that was still open is marked raised when the caller may change it. All of it in one
 * transaction, each change a revision, on the engagement version the caller read.
 */
export async function recordEngagementOutcome(
  ctx: OperationContext,
  id: string,
  input: unknown,
): Promise<{ engagement: Engagement; commitments: Commitment[] }> {
  const body = parseInput(engagementOutcomeSchema, input);
  return inTransaction(ctx, async (trx) => {
    const engagement = await getEngagement(trx, id);
    const targets = agendaItemsOf(engagement, body.items);
    const created: Commitment[] = [];
    const outcomes = new Map<string, AgendaItem>();
    for (const [i, item] of body.items.entries()) {
      const agendaItem = targets[i] as AgendaItem;
      const { record: ask, abilities } = await readableRecord(trx, askKind, agendaItem.askId);
      const received: string[] = [];
      for (const [j, assurance] of item.assurances.entries()) {
        const orAsk = <T>(given: readonly T[] | undefined, fromAsk: readonly T[]) =>
          given && given.length > 0 ? given : fromAsk;
        const commitment = await createCommitment(trx, {
          kind: 'assurance',
          country: ask.country,
          ...assurance,
          madeOn: assurance.madeOn ?? engagement.endsOn ?? engagement.startsOn,
          issueAreas: orAsk(assurance.issueAreas, ask.issueAreas),
          caseIds: orAsk(assurance.caseIds, ask.caseIds),
          organizationIds: orAsk(assurance.organizationIds, ask.organizationIds),
          eventIds: orAsk(assurance.eventIds, ask.eventIds),
          legalInstrumentIds: orAsk(assurance.legalInstrumentIds, ask.legalInstrumentIds),
          engagementId: id,
          askIds: [...new Set([ask.id, ...(assurance.askIds ?? [])])],
        }).catch((error: unknown) => {
          throw rebaseFieldErrors(error, (path) => `items.${i}.assurances.${j}.${path}`);
        });
        created.push(commitment);
        received.push(commitment.id);
      }
      outcomes.set(agendaItem.id, {
        ...agendaItem,
        outcome: item.outcome,
        response: item.response === undefined ? agendaItem.response : item.response,
        sourceId: item.sourceId === undefined ? agendaItem.sourceId : item.sourceId,
        ...(item.locator === undefined ? {} : { locator: item.locator }),
        commitmentIds: [...agendaItem.commitmentIds, ...received],
      });
      if (item.outcome === 'raised' && ask.status === 'open' && abilities.write)
        await updateRecord(trx, askKind, ask.id, { version: ask.version, status: 'raised' });
    }
    const agenda = engagement.agenda.map((item) => outcomes.get(item.id) ?? item);
    const updated = await updateEngagement(trx, id, { version: body.version, agenda });
    return { engagement: updated, commitments: created };
  });
}
