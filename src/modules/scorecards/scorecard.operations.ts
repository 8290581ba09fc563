import type { OperationContext } from '../../core/context.ts';
import { parseInput } from '../../core/validation.ts';
import { askKind } from '../asks/ask.operations.ts';
import {
  type Commitment,
  commitmentKind,
  listCommitments,
  todayOf,
} from '../commitments/commitment.operations.ts';
import { getEngagement } from '../engagements/engagement.operations.ts';
import { disclose } from '../records/disclosure.ts';
import {
  type EngagementScorecard,
  engagementScorecardQuerySchema,
  type Scorecard,
  scorecardQuerySchema,
} from './scorecard.schema.ts';
import { buildScorecard, scoreCommitment } from './scorecard.ts';

/** Every commitment of a country the caller may see, page by page through the list operation. */
async function visibleCommitments(ctx: OperationContext, country: string): Promise<Commitment[]> {
  const all: Commitment[] = [];
  let cursor: string | undefined;
  do {
    const page = await listCommitments(ctx, { country, limit: 200, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return (await disclose(ctx, commitmentKind, all)) as Commitment[];
}

/** A government's scorecard as of a day, from the commitments the caller may see. */
export async function scorecardForCountry(ctx: OperationContext, input: unknown): Promise<Scorecard> {
  const query = parseInput(scorecardQuerySchema, input);
  return buildScorecard({
    country: query.country,
    asOf: query.asOf ?? todayOf(ctx),
    issueArea: query.issueArea,
    commitments: await visibleCommitments(ctx, query.country),
  });
}

/**
 * One engagement as of a day: each ask on its agenda, what came of it there, and how the
 * commitments received have fared since; commitments given at it outside the agenda beside them.
 */
export async function scorecardForEngagement(
  ctx: OperationContext,
  id: string,
  input: unknown,
): Promise<EngagementScorecard> {
  const query = parseInput(engagementScorecardQuerySchema, input);
  const asOf = query.asOf ?? todayOf(ctx);
  const engagement = await getEngagement(ctx, id);
  const asks = await disclose(
    ctx,
    askKind,
    await askKind.load(
      ctx.db,
      engagement.agenda.map((i) => i.askId),
    ),
  );
  const askById = new Map(asks.filter((a) => !a.deletedAt).map((ask) => [ask.id, ask]));
  const given = await listCommitmentsOf(ctx, id);
  const onAgenda = new Set(engagement.agenda.flatMap((item) => item.commitmentIds));
  const score = (c: Commitment) => scoreCommitment(c, asOf);
  return {
    engagementId: engagement.id,
    title: engagement.title,
    startsOn: engagement.startsOn,
    asOf,
    items: engagement.agenda.map((item) => {
      const ask = askById.get(item.askId);
      return {
        agendaItemId: item.id,
        askId: item.askId,
        askTitle: ask?.title ?? null,
        askStatus: ask?.status ?? null,
        outcome: item.outcome,
        response: item.response,
        commitments: given.filter((c) => item.commitmentIds.includes(c.id)).map(score),
      };
    }),
    otherCommitments: given.filter((c) => !onAgenda.has(c.id)).map(score),
  };
}

/** The commitments the caller may see that were given at the engagement. */
async function listCommitmentsOf(ctx: OperationContext, engagementId: string): Promise<Commitment[]> {
  const page = await listCommitments(ctx, { engagementId, limit: 200, sort: 'madeOn' });
  return (await disclose(ctx, commitmentKind, page.items)) as Commitment[];
}
