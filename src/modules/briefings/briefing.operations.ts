import type { OperationContext } from '../../core/context.ts';
import { pickLanguage } from '../../core/language.ts';
import { displayName } from '../../core/name.schema.ts';
import { parseInput } from '../../core/validation.ts';
import { existingOrgs } from '../access/user.store.ts';
import { askKind, listAsks } from '../asks/ask.operations.ts';
import { ASK_PRIORITY_RANK } from '../asks/ask.schema.ts';
import { caseKind } from '../cases/case.operations.ts';
import { citationKind } from '../citations/citation.operations.ts';
import { commitmentKind, listCommitments, todayOf } from '../commitments/commitment.operations.ts';
import { type IssueArea, isUnderIssueArea } from '../commitments/issue-areas.ts';
import { engagementKind, getEngagement } from '../engagements/engagement.operations.ts';
import { eventKind } from '../events/event.operations.ts';
import { indicatorKind, listIndicators } from '../indicators/indicator.operations.ts';
import { organizationKind } from '../organizations/organization.operations.ts';
import { personKind } from '../persons/person.operations.ts';
import { sourceKind } from '../sources/source.operations.ts';
import {
  type AskFacts,
  type Briefing,
  type BriefingRequest,
  briefingRequestSchema,
} from './briefing.schema.ts';
import { caseFactsAsOf, happenedBy } from './case-facts.ts';
import { FootnoteList, sourceIdsIn } from './footnotes.ts';
import { loadForAll, type Readership, readershipFor } from './readership.ts';
import {
  type Ask,
  addresseeOf,
  askStatusAsOf,
  type Case,
  commitmentFacts,
  figuresAsOf,
  indicatorFacts,
} from './record-facts.ts';
import { talkingPointsFor } from './talking-points.ts';

/**
 * Gathers a briefing's facts as of a day, through the policy for its audience. Every record is
 * read for all readers at once (see `readership.ts`); what any reader may not see is left out.
 */

type Listed = { items: Array<{ id: string }>; nextCursor?: string | null };

/** The ids of every record a list operation returns to the author, page by page. */
async function allIds(
  list: (ctx: OperationContext, input: unknown) => Promise<Listed>,
  ctx: OperationContext,
  query: Record<string, unknown>,
): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(ctx, { ...query, limit: 200, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

export interface BriefingScope {
  request: BriefingRequest;
  asOf: string;
  readership: Readership;
}

/** Validates a request and settles its day and readers; the author must be able to read the engagement. */
export async function scopeBriefing(ctx: OperationContext, input: unknown): Promise<BriefingScope> {
  return scopeOf(ctx, parseInput(briefingRequestSchema, input));
}

/** The day and readers of a parsed request (a briefing's or a letter's). */
export async function scopeOf(ctx: OperationContext, request: BriefingRequest): Promise<BriefingScope> {
  await existingOrgs(ctx.db, request.recipientOrgIds, 'recipientOrgIds');
  if (request.engagementId) await getEngagement(ctx, request.engagementId);
  return {
    request,
    asOf: request.asOf ?? todayOf(ctx),
    readership: readershipFor(ctx, request.audience, request.recipientOrgIds),
  };
}

export async function buildBriefing(ctx: OperationContext, input: unknown): Promise<Briefing> {
  return assembleBriefing(await scopeBriefing(ctx, input));
}

export async function assembleBriefing(scope: BriefingScope): Promise<Briefing> {
  const { request, asOf, readership } = scope;
  const { author } = readership;
  const language = request.language;
  const [engagement] = request.engagementId
    ? await loadForAll(readership, engagementKind, [request.engagementId])
    : [];
  const countries = request.countries?.length ? request.countries : (engagement?.countries ?? []);
  const inAreas = (areas: readonly string[]) =>
    !request.issueAreas?.length ||
    areas.some((area) => request.issueAreas?.some((wanted) => isUnderIssueArea(area as IssueArea, wanted)));

  const askIds =
    request.askIds ??
    (engagement ? engagement.agenda.map((item) => item.askId) : await openAskIds(author, countries));
  const agendaOrder = new Map(askIds.map((id, i) => [id, i]));
  const asks = (await loadForAll(readership, askKind, askIds))
    .filter((ask) => countries.includes(ask.country) && inAreas(ask.issueAreas ?? []))
    .sort(
      (a, b) =>
        ASK_PRIORITY_RANK[a.priority] - ASK_PRIORITY_RANK[b.priority] ||
        (agendaOrder.get(a.id) ?? 0) - (agendaOrder.get(b.id) ?? 0),
    );

  const cases = await loadForAll(
    readership,
    caseKind,
    asks.flatMap((ask) => ask.caseIds ?? []),
  );
  const persons = await loadForAll(
    readership,
    personKind,
    cases.map((c) => c.victimId).filter((id): id is string => Boolean(id)),
  );
  const events = await loadForAll(
    readership,
    eventKind,
    asks.flatMap((ask) => ask.eventIds ?? []),
  );
  const commitments = (
    await loadForAll(
      readership,
      commitmentKind,
      (await Promise.all(countries.map((country) => allIds(listCommitments, author, { country })))).flat(),
    )
  ).filter((c) => happenedBy(c.madeOn, asOf) && inAreas(c.issueAreas ?? []));
  const indicators = await loadForAll(
    readership,
    indicatorKind,
    (await Promise.all(countries.map((country) => allIds(listIndicators, author, { country })))).flat(),
  );
  const citations = await citationsOf(
    readership,
    [...asks, ...cases, ...events].map((r) => r.id),
  );
  const makers = await loadForAll(
    readership,
    organizationKind,
    commitments.map((c) => c.makerOrganizationId).filter((id): id is string => Boolean(id)),
  );

  const sources = await loadForAll(readership, sourceKind, [
    ...sourceIdsIn([cases, events, commitments, indicators, citations]),
  ]);
  const footnotes = new FootnoteList(new Set(sources.map((s) => s.id)));
  // Loads come back in no particular order: sort, so the same data always numbers its notes alike.
  const sourceTitle = new Map(sources.map((source) => [source.id, source.title ?? '']));
  const citationOrder = (c: (typeof citations)[number]) =>
    [c.createdAt, sourceTitle.get(c.sourceId) ?? '', c.locator ?? '', c.quote ?? c.summary ?? ''].join(
      '\u0000',
    );
  citations.sort((a, b) => citationOrder(a).localeCompare(citationOrder(b)));
  const citedBy = (recordId: string) => (field: string | null) =>
    footnotes.cite(
      ...citations
        .filter((c) => c.recordId === recordId && (field === null ? true : c.field === field))
        .map((c) => ({ sourceId: c.sourceId, locator: c.locator })),
    );
  const personName = new Map(persons.map((p) => [p.id, p.names ? displayName(p.names) || null : null]));
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const makerName = new Map(makers.map((o) => [o.id, o.names ? displayName(o.names) : null]));

  const askFacts = (ask: Ask): AskFacts => ({
    id: ask.id,
    title: pickLanguage(ask.title, language) ?? '',
    description: pickLanguage(ask.description, language) ?? null,
    priority: ask.priority,
    ...askStatusAsOf(ask, asOf, todayOf(author), engagement?.startsOn),
    issueAreas: ask.issueAreas ?? [],
    cites: citedBy(ask.id)(null),
    cases: (ask.caseIds ?? [])
      .map((id) => caseById.get(id))
      .filter((c): c is Case => Boolean(c))
      .map((c) =>
        caseFactsAsOf(
          c,
          c.victimId ? (personName.get(c.victimId) ?? null) : null,
          asOf,
          footnotes,
          citedBy(c.id),
        ),
      ),
    figures: (ask.eventIds ?? []).flatMap((id) => {
      const event = eventById.get(id);
      return event ? figuresAsOf(event, asOf, language, footnotes) : [];
    }),
  });

  return {
    asOf,
    audience: request.audience,
    language,
    engagement: engagement
      ? {
          id: engagement.id,
          title: pickLanguage(engagement.title, language) ?? '',
          kind: engagement.kind,
          startsOn: engagement.startsOn,
          endsOn: engagement.endsOn ?? null,
          places: engagement.places ?? [],
          addressee: addresseeOf(engagement.participants ?? []),
        }
      : null,
    countries: countries.map((country) => {
      const countryAsks = asks.filter((ask) => ask.country === country).map(askFacts);
      const countryCommitments = commitments
        .filter((c) => c.country === country)
        .sort(
          (a, b) =>
            (a.madeOn ?? '').localeCompare(b.madeOn ?? '') ||
            (pickLanguage(a.title, language) ?? '').localeCompare(pickLanguage(b.title, language) ?? ''),
        )
        .map((c) => commitmentFacts(c, asOf, language, footnotes, makerName));
      return {
        country,
        asks: countryAsks,
        indicators: indicators
          .filter((i) => i.country === country)
          .sort((a, b) => displayName(a.names ?? []).localeCompare(displayName(b.names ?? [])))
          .map((i) => indicatorFacts(i, asOf, language, footnotes))
          .filter((i) => i.points.length > 0),
        commitments: countryCommitments,
        talkingPoints: talkingPointsFor(countryAsks, countryCommitments),
      };
    }),
    footnotes: footnotes.entries.map((entry) => {
      const source = sources.find((s) => s.id === entry.sourceId);
      return {
        number: entry.number,
        sourceId: entry.sourceId,
        locator: entry.locator,
        title: source?.title ?? '',
        author: source?.author ?? null,
        publishedOn: source?.publishedOn ?? null,
        url: source?.url ?? null,
      };
    }),
  };
}

/** Without an engagement or chosen asks: the open asks of the countries, highest priority first. */
async function openAskIds(ctx: OperationContext, countries: readonly string[]): Promise<string[]> {
  const ids = await Promise.all(
    countries.flatMap((country) =>
      ['open', 'raised', 'partly-met'].map((status) => allIds(listAsks, ctx, { country, status })),
    ),
  );
  return ids.flat();
}

async function citationsOf(readership: Readership, recordIds: readonly string[]) {
  if (recordIds.length === 0) return [];
  const rows = await readership.author.db
    .selectFrom('citations')
    .select('id')
    .where('record_id', 'in', [...new Set(recordIds)])
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return loadForAll(
    readership,
    citationKind,
    rows.map((row) => row.id),
  );
}
