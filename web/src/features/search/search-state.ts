import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSearchEdit } from '../../app/use-search-edit.ts';

/**
 * The search as the address holds it, so a search is a link and Back and Forward step through
 * searches: `q`, each facet's chosen values as repeated parameters (`type=person&type=case`),
 * `from` and `to`, `order` (absent for relevance) and `page` (absent for the first).
 */

/** The facets chosen by ticking values; a hit must have one of a group's values, and pass every group. */
export const FACET_GROUPS = ['type', 'country', 'caseType', 'status', 'issueArea', 'sourceType'] as const;
export type FacetGroup = (typeof FACET_GROUPS)[number];

export type SearchOrder = 'relevance' | 'date';

/** Hits on a page of results. */
export const PAGE_SIZE = 20;
/** The API counts and ranks this many hits at most: pages stop there. */
export const SEARCH_WINDOW = 10_000;
export const LAST_PAGE = Math.ceil(SEARCH_WINDOW / PAGE_SIZE);

/** What the API accepts as a code in a filter, and as a date. */
const CODE = /^[\p{L}\p{N}/._-]{1,80}$/u;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const MAX_QUERY = 500;
const MAX_VALUES = 50;

export interface SearchView {
  /** The words searched for; empty when nothing is searched yet. */
  q: string;
  filters: Record<FacetGroup, string[]>;
  from: string | null;
  to: string | null;
  order: SearchOrder;
  /** 1-based, at most LAST_PAGE. */
  page: number;
}

/** The search from the address, keeping only values the API accepts: a hand-edited link still searches. */
export function readSearchView(search: URLSearchParams): SearchView {
  const filters = Object.fromEntries(
    FACET_GROUPS.map((group) => [
      group,
      [
        ...new Set(
          search
            .getAll(group)
            .flatMap((value) => value.split(','))
            .map((value) => value.trim())
            .filter((value) => CODE.test(value)),
        ),
      ].slice(0, MAX_VALUES),
    ]),
  ) as Record<FacetGroup, string[]>;
  const date = (key: string) => {
    const value = search.get(key)?.trim() ?? '';
    return PARTIAL_DATE.test(value) ? value : null;
  };
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  return {
    q: (search.get('q') ?? '').trim().slice(0, MAX_QUERY),
    filters,
    from: date('from'),
    to: date('to'),
    order: search.get('order') === 'date' ? 'date' : 'relevance',
    page: Number.isFinite(page) ? Math.min(Math.max(page, 1), LAST_PAGE) : 1,
  };
}

/** One chosen filter value, as a chip shows it and as its removal names it. */
export type ActiveFilter = { group: FacetGroup; value: string } | { group: 'from' | 'to'; value: string };

export function activeFilters(view: SearchView): ActiveFilter[] {
  const out: ActiveFilter[] = FACET_GROUPS.flatMap((group) =>
    view.filters[group].map((value) => ({ group, value })),
  );
  if (view.from) out.push({ group: 'from', value: view.from });
  if (view.to) out.push({ group: 'to', value: view.to });
  return out;
}

export type SearchQuery = {
  q: string;
  order: SearchOrder;
  offset: number;
  limit: number;
  lang: string;
  from?: string;
  to?: string;
} & Partial<Record<FacetGroup, string[]>>;

/** The API's parameters for the view. */
export function apiQuery(view: SearchView, language: string): SearchQuery {
  const query: SearchQuery = {
    q: view.q,
    order: view.order,
    offset: (view.page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
    lang: language,
  };
  for (const group of FACET_GROUPS) {
    if (view.filters[group].length > 0) query[group] = view.filters[group];
  }
  if (view.from) query.from = view.from;
  if (view.to) query.to = view.to;
  return query;
}

/** The address of the view with some parameters changed: for links (pages) rather than clicks. */
export function searchWith(current: URLSearchParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}

/** The view from the address, and the changes a screen makes to it, each a step in the history. */
export function useSearchView() {
  const [search] = useSearchParams();
  const editSearch = useSearchEdit();
  const view = useMemo(() => readSearchView(search), [search]);

  /** A new search for `q`: the filters and order stay, the first page is shown. */
  const submit = useCallback(
    (q: string) =>
      editSearch((params) => {
        params.set('q', q.trim());
        params.delete('page');
        return params;
      }),
    [editSearch],
  );
  const toggle = useCallback(
    (group: FacetGroup, value: string) =>
      editSearch((params) => {
        const values = readSearchView(params).filters[group];
        params.delete(group);
        const next = values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
        for (const item of next) params.append(group, item);
        params.delete('page');
        return params;
      }),
    [editSearch],
  );
  const setParam = useCallback(
    (key: 'from' | 'to' | 'order', value: string | null) =>
      editSearch((params) => {
        if (value === null || (key === 'order' && value === 'relevance')) params.delete(key);
        else params.set(key, value);
        params.delete('page');
        return params;
      }),
    [editSearch],
  );
  const remove = useCallback(
    (filter: ActiveFilter) => {
      if (filter.group === 'from' || filter.group === 'to') setParam(filter.group, null);
      else toggle(filter.group, filter.value);
    },
    [setParam, toggle],
  );
  /** Every filter removed; the words and the order stay. */
  const clear = useCallback(
    () =>
      editSearch((params) => {
        for (const key of [...FACET_GROUPS, 'from', 'to', 'page']) params.delete(key);
        return params;
      }),
    [editSearch],
  );
  return { view, search, submit, toggle, setParam, remove, clear };
}
