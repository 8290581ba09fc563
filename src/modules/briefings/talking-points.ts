import { OPEN_ASK_STATUSES } from '../asks/ask.schema.ts';
import type { AskFacts, CommitmentFacts, TalkingPoint } from './briefing.schema.ts';

/**
 * Talking points derived by rules from the facts, never written: each names the rule that made it
 * and carries only values the facts hold, so the words around them come from the rendering's
 * phrase book and nothing is said that the data does not say.
 *
 * - an open ask whose person is still deprived of liberty or restricted on the day;
 * - a UN finding of arbitrary detention or a violation while the person is still deprived of liberty;
 * - a commitment past its deadline with no final rating;
 * - a commitment rated broken;
 * - a figure the sources disagree on (so no one quotes one number as settled).
 */
export function talkingPointsFor(
  asks: readonly AskFacts[],
  commitments: readonly CommitmentFacts[],
): TalkingPoint[] {
  const points: TalkingPoint[] = [];
  const seenCases = new Set<string>();
  const pointedAt = new Set<string>();
  for (const ask of asks) {
    if (!OPEN_ASK_STATUSES.includes(ask.status)) continue;
    for (const facts of ask.cases) {
      // One point per person, under the first open ask that names them.
      if (pointedAt.has(facts.id) || (facts.inCustody === 'no' && facts.restricted === 'no')) continue;
      pointedAt.add(facts.id);
      points.push({
        rule: 'open-ask-in-custody',
        askId: ask.id,
        askTitle: ask.title,
        caseId: facts.id,
        victimName: facts.victimName,
        status: facts.status,
        firstDeprivedOn: facts.firstDeprivedOn,
        daysDeprived: facts.daysDeprived,
        cites: facts.cites,
      });
    }
  }
  for (const facts of asks.flatMap((ask) => ask.cases)) {
    if (seenCases.has(facts.id) || facts.inCustody === 'no') continue;
    seenCases.add(facts.id);
    for (const decision of facts.unDecisions) {
      if (decision.finding !== 'arbitrary' && decision.finding !== 'violation') continue;
      points.push({
        rule: 'un-finding-unremedied',
        caseId: facts.id,
        victimName: facts.victimName,
        body: decision.body,
        opinionNumber: decision.opinionNumber,
        cites: decision.cites,
      });
    }
  }
  for (const commitment of commitments) {
    if (commitment.isOverdue && commitment.deadline) {
      points.push({
        rule: 'overdue-commitment',
        commitmentId: commitment.id,
        title: commitment.title,
        deadline: commitment.deadline,
        cites: commitment.evidence.flatMap((e) => e.cites),
      });
    }
    if (commitment.rating === 'broken') {
      points.push({
        rule: 'broken-commitment',
        commitmentId: commitment.id,
        title: commitment.title,
        ratedOn: commitment.ratedOn,
        cites: commitment.evidence.flatMap((e) => e.cites),
      });
    }
  }
  const seenFigures = new Set<string>();
  for (const figure of asks.flatMap((ask) => ask.figures)) {
    const key = `${figure.eventId}/${figure.kind}/${figure.label ?? ''}`;
    if (figure.alternatives.length === 0 || seenFigures.has(key)) continue;
    seenFigures.add(key);
    points.push({
      rule: 'figure-disputed',
      eventName: figure.eventName,
      kind: figure.kind,
      values: [...(figure.value === null ? [] : [figure.value]), ...figure.alternatives.map((a) => a.value)],
      cites: [...figure.cites, ...figure.alternatives.flatMap((a) => a.cites)],
    });
  }
  return points;
}
