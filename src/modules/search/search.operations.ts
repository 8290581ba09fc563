import type { OperationContext } from '../../core/context.ts';
import { validationError } from '../../core/errors.ts';
import { pickLanguage } from '../../core/language.ts';
import { displayName, type Name } from '../../core/name.schema.ts';
import { parsePartialDate } from '../../core/partial-date.ts';
import { parseInput } from '../../core/validation.ts';
import { redactRecord } from '../access/redaction.ts';
import { citableKinds } from '../citations/citable-kinds.ts';
import { redactionRules } from '../records/disclosure.ts';
import { abilitiesOf, visibilityOf } from '../records/record-access.ts';
import type { RecordKind } from '../records/record-kind.ts';
import { matcherOf, type ParsedQuery, parseQuery } from './query-syntax.ts';
import {
  SEARCH_WINDOW,
  type SearchFacets,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  searchQuerySchema,
} from './search.schema.ts';
import { entryTexts, findMatches, type SearchFilters } from './search-query.store.ts';
import { countFacets, hitDate, rankTargets, type SearchTarget, targetsOf } from './search-targets.ts';
import { buildSnippet } from './snippet.ts';

/**
 * One search over records and document pages. The database returns at most a window of matching
 * entries the caller may see; Docket groups them into hits (a record, or a page of a document),
 * counts and facets them, ranks them, and gives the shown ones their titles — through the same
 * redaction every output passes — and snippets of the text as written.
 */

/** Entries fetched per search: a hit has one to a few, so this covers the window of hits. */
const ENTRY_WINDOWS = [SEARCH_WINDOW + 1, 4 * (SEARCH_WINDOW + 1)];

/**
 * Each facet is counted as if its own filter were not set, so choosing one country still shows how
 * many hits the others have (the filters of the other facets apply).
 */
const WITHOUT_OWN_FILTER: Record<keyof SearchFacets, (filters: SearchFilters) => SearchFilters> = {
  type: ({ types: _, ...rest }) => rest,
  country: ({ countries: _, ...rest }) => rest,
  caseType: ({ caseTypes: _, ...rest }) => rest,
  status: ({ statuses: _, ...rest }) => rest,
  issueArea: ({ issueAreas: _, ...rest }) => rest,
  sourceType: ({ sourceTypes: _, ...rest }) => rest,
  year: ({ from: _from, to: _to, ...rest }) => rest,
};

export async function search(ctx: OperationContext, input: unknown): Promise<SearchResult> {
  const request = parseInput(searchQuerySchema, input);
  const query = parseQuery(request.q);
  if (query.terms.length === 0) {
    throw validationError(
      [{ path: 'q', message: 'has no letters or digits to search for' }],
      'Type a word, a "phrase" or a prefix* to search for',
    );
  }
  const filters = filtersOf(request);
  const { targets, more } = await windowOf(ctx, query, filters);
  const counted = targets.slice(0, SEARCH_WINDOW);
  const ranked = rankTargets(counted, request.order);
  const shown = ranked.slice(request.offset, request.offset + request.limit);
  const facets = countFacets(counted);
  for (const [group, withoutOwn] of Object.entries(WITHOUT_OWN_FILTER) as Array<
    [keyof SearchFacets, (filters: SearchFilters) => SearchFilters]
  >) {
    const loosened = withoutOwn(filters);
    if (Object.keys(loosened).length === Object.keys(filters).length) continue;
    const wider = await windowOf(ctx, query, loosened);
    facets[group] = countFacets(wider.targets.slice(0, SEARCH_WINDOW))[group];
  }
  return {
    count: counted.length,
    more: more || targets.length > SEARCH_WINDOW,
    hits: await presentHits(ctx, shown, query, request.lang),
    facets,
  };
}

/** The hits in the window: enough entries to count 10,000 hits, or all of them. */
async function windowOf(
  ctx: OperationContext,
  query: ParsedQuery,
  filters: SearchFilters,
): Promise<{ targets: SearchTarget[]; more: boolean }> {
  let targets: SearchTarget[] = [];
  let more = false;
  for (const window of ENTRY_WINDOWS) {
    const rows = await findMatches(ctx.db, ctx.dialect, query, visibilityOf(ctx), filters, window);
    targets = targetsOf(rows);
    more = rows.length === window;
    if (!more || targets.length > SEARCH_WINDOW) break;
  }
  return { targets, more };
}

function filtersOf(request: SearchQuery): SearchFilters {
  return {
    ...(request.type ? { types: request.type } : {}),
    ...(request.country ? { countries: request.country.map((code) => code.toUpperCase()) } : {}),
    ...(request.caseType ? { caseTypes: request.caseType } : {}),
    ...(request.status ? { statuses: request.status } : {}),
    ...(request.issueArea ? { issueAreas: request.issueArea } : {}),
    ...(request.sourceType ? { sourceTypes: request.sourceType } : {}),
    ...(request.from ? { from: parsePartialDate(request.from).start } : {}),
    ...(request.to ? { to: parsePartialDate(request.to).end } : {}),
  };
}

/** Titles and snippets of the hits shown; a hit whose record the policy would not show is dropped. */
async function presentHits(
  ctx: OperationContext,
  targets: readonly SearchTarget[],
  query: ParsedQuery,
  language = 'en',
): Promise<SearchHit[]> {
  const titles = await titlesOf(ctx, targets, language);
  const texts = await entryTexts(
    ctx.db,
    targets.map((target) => target.bestEntry),
  );
  const matches = matcherOf(query);
  return targets.flatMap((target) => {
    const title = titles.get(`${target.recordType}:${target.recordId}`);
    if (title === undefined) return [];
    const text = texts.get(target.bestEntry);
    return [
      {
        recordType: target.recordType,
        recordId: target.recordId,
        page: target.page,
        documentId: text?.documentId ?? null,
        title,
        part: target.part,
        snippet: buildSnippet(text?.text ?? '', matches),
        date: hitDate(target),
        countries: target.countries,
        score: target.score,
      },
    ];
  });
}

/** Each shown record's title as the caller may see it (empty when the name is withheld). */
async function titlesOf(
  ctx: OperationContext,
  targets: readonly SearchTarget[],
  language: string,
): Promise<Map<string, string>> {
  const byType = new Map<string, Set<string>>();
  for (const target of targets) {
    byType.set(target.recordType, (byType.get(target.recordType) ?? new Set()).add(target.recordId));
  }
  const titles = new Map<string, string>();
  for (const [type, ids] of byType) {
    const kind = (citableKinds as Record<string, RecordKind<object>>)[type];
    if (!kind) continue;
    const records = (await kind.load(ctx.db, [...ids])).filter((record) => !record.deletedAt);
    const abilities = await abilitiesOf(ctx, kind, records);
    for (const record of records) {
      const can = abilities.get(record.id);
      if (!can?.read) continue;
      const seen = redactRecord(record, redactionRules(kind), can) as unknown as Record<string, unknown>;
      titles.set(`${type}:${record.id}`, titleOf(type, seen, language));
    }
  }
  return titles;
}

function titleOf(type: string, record: Record<string, unknown>, language: string): string {
  const names = (field: string) => (Array.isArray(record[field]) ? (record[field] as Name[]) : []);
  const title = record.title;
  if (type === 'legal-instrument') return displayName(names('titles'));
  if (typeof title === 'string') return title;
  if (title && typeof title === 'object')
    return pickLanguage(title as Record<string, string>, language) ?? '';
  return displayName(names('names'));
}
