import { preferredClaim } from '../../core/claim.ts';
import { pickLanguage } from '../../core/language.ts';
import { displayName } from '../../core/name.schema.ts';
import type { Disclosed } from '../access/redaction.ts';
import type { askKind } from '../asks/ask.operations.ts';
import type { caseKind } from '../cases/case.operations.ts';
import type { commitmentKind } from '../commitments/commitment.operations.ts';
import { currentRating, isOverdue, ratingAsOf } from '../commitments/rating.ts';
import type { engagementKind } from '../engagements/engagement.operations.ts';
import type { eventKind } from '../events/event.operations.ts';
import type { indicatorKind } from '../indicators/indicator.operations.ts';
import type { StoredRecord } from '../records/record.schema.ts';
import type { RecordKind } from '../records/record-kind.ts';
import type { CommitmentFacts, FigureFacts, IndicatorFacts } from './briefing.schema.ts';
import { happenedBy } from './case-facts.ts';
import type { FootnoteList } from './footnotes.ts';

/**
 * A briefing's facts from single records as the readers may see them, as of a day: pure, given the
 * records and the briefing's footnote list.
 */

/** A record of a kind as the readers may see it. */
type Shown<K> = K extends RecordKind<infer F> ? Disclosed<StoredRecord<F>> : never;
export type Ask = Shown<typeof askKind>;
export type Case = Shown<typeof caseKind>;
type Commitment = Shown<typeof commitmentKind>;
type EventRecord = Shown<typeof eventKind>;
type IndicatorRecord = Shown<typeof indicatorKind>;
type Participant = Shown<typeof engagementKind>['participants'][number];

/**
 * An ask's status is recorded as it is now, with no date of its own: today and after, the recorded
 * status; for a past day, "raised" if an engagement that raised it had begun by then, else "open".
 */
export function askStatusAsOf(ask: Ask, asOf: string, today: string, engagementStart: string | undefined) {
  if (asOf >= today) return { status: ask.status, statusIsRecorded: true };
  const raisedBefore =
    engagementStart !== undefined && happenedBy(engagementStart, asOf) && asOf > engagementStart;
  return { status: raisedBefore ? ('raised' as const) : ('open' as const), statusIsRecorded: false };
}

/** An event's figures as sources gave them by the day: a number stated later is left out. */
export function figuresAsOf(
  event: EventRecord,
  asOf: string,
  language: string,
  footnotes: FootnoteList,
): FigureFacts[] {
  const eventName = event.names ? displayName(event.names) : '';
  return (event.figures ?? []).flatMap((figure) => {
    const claims = figure.claims.filter((claim) => !claim.statedOn || happenedBy(claim.statedOn, asOf));
    if (claims.length === 0) return [];
    const chosen =
      preferredClaim(claims) ?? (new Set(claims.map((c) => c.value)).size === 1 ? claims[0] : undefined);
    const others = new Map<number, { value: number; qualifier: string; cites: number[] }>();
    for (const claim of claims) {
      if (chosen && claim.value === chosen.value) continue;
      const entry = others.get(claim.value) ?? { value: claim.value, qualifier: claim.qualifier, cites: [] };
      entry.cites.push(
        ...footnotes.cite({ sourceId: claim.sourceId }).filter((n) => !entry.cites.includes(n)),
      );
      others.set(claim.value, entry);
    }
    return [
      {
        eventId: event.id,
        eventName,
        kind: figure.kind,
        label: pickLanguage(figure.label, language) ?? null,
        value: chosen?.value ?? null,
        qualifier: chosen?.qualifier ?? null,
        cites: chosen
          ? footnotes.cite(
              ...claims.filter((c) => c.value === chosen.value).map((c) => ({ sourceId: c.sourceId })),
            )
          : [],
        alternatives: [...others.values()],
      },
    ];
  });
}

export function indicatorFacts(
  indicator: IndicatorRecord,
  asOf: string,
  language: string,
  footnotes: FootnoteList,
): IndicatorFacts {
  const name =
    indicator.names?.find((n) => n.language === language) ??
    indicator.names?.find((n) => n.kind === 'primary');
  return {
    id: indicator.id,
    name: name?.text ?? '',
    unit: indicator.unit,
    points: (indicator.observations ?? [])
      .filter((o) => happenedBy(o.date, asOf))
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((o) => ({
        date: o.date,
        value: o.value,
        qualifier: o.qualifier,
        cites: footnotes.cite({ sourceId: o.sourceId, locator: o.locator }),
      })),
  };
}

export function commitmentFacts(
  commitment: Commitment,
  asOf: string,
  language: string,
  footnotes: FootnoteList,
  makerName: ReadonlyMap<string, string | null>,
): CommitmentFacts {
  const ratings = commitment.ratings ?? [];
  const latest = ratingAsOf(ratings, asOf);
  return {
    id: commitment.id,
    title: pickLanguage(commitment.title, language) ?? '',
    kind: commitment.kind,
    madeBy:
      commitment.makerLabel ??
      (commitment.makerOrganizationId ? (makerName.get(commitment.makerOrganizationId) ?? null) : null),
    madeOn: commitment.madeOn ?? null,
    deadline: commitment.deadline ?? null,
    rating: currentRating(ratings, asOf),
    ratedOn: latest?.ratedOn ?? null,
    rationale: latest?.rationale ?? null,
    isOverdue: isOverdue({ deadline: commitment.deadline ?? null, ratings }, asOf),
    evidence: (latest?.evidence ?? []).map((e) => ({
      summary: e.summary ?? null,
      cites: footnotes.cite({ sourceId: e.sourceId, locator: e.locator }),
    })),
  };
}

/** The delegation's first participant: whom a letter to the engagement is addressed to. */
export function addresseeOf(participants: readonly Participant[]) {
  const lead = participants.find((p) => p.side === 'delegation');
  if (!lead) return null;
  return { name: lead.name ?? null, role: lead.role ?? null, organization: null };
}
