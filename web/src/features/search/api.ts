import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { apiQuery, FACET_GROUPS, type FacetGroup, type SearchView } from './search-state.ts';

export type SearchResult = components['schemas']['SearchResult'];
export type SearchHit = components['schemas']['SearchHit'];
export type SnippetPart = SearchHit['snippet'][number];
export type FacetValue = SearchResult['facets']['type'][number];
export type Facets = SearchResult['facets'];

const SEARCH = 'search';

async function runSearch(query: ReturnType<typeof apiQuery>): Promise<SearchResult> {
  return unwrap(await api.GET('/api/search', { params: { query } }));
}

/**
 * The hits of the view's page, its count and facets. While the next search runs, the previous
 * results stay on screen (`isPlaceholderData`), so the page does not jump to a loader and back.
 */
export function useSearchResults(view: SearchView, language: string) {
  const query = apiQuery(view, language);
  return useQuery({
    queryKey: [SEARCH, query],
    queryFn: () => runSearch(query),
    enabled: view.q !== '',
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: false,
  });
}

/**
 * The counts of every value of a group with chosen values, as if that group had none chosen: the API
 * counts its facets over the hits that pass every filter, which would leave only the chosen values
 * in their own group. One small search per such group (one hit asked for; only its facets are read);
 * until it answers, the group shows the main search's counts.
 */
export function useOwnGroupFacets(view: SearchView, language: string): Partial<Facets> {
  const groups: Array<FacetGroup | 'year'> = FACET_GROUPS.filter((group) => view.filters[group].length > 0);
  if (view.from || view.to) groups.push('year');
  const results = useQueries({
    queries: groups.map((group) => {
      const query = { ...apiQuery(view, language, group), offset: 0, limit: 1 };
      return {
        queryKey: [SEARCH, 'facets', group, query],
        queryFn: () => runSearch(query),
        enabled: view.q !== '',
        staleTime: 30_000,
        retry: false,
      };
    }),
  });
  const out: Partial<Facets> = {};
  groups.forEach((group, index) => {
    const facets = results[index]?.data?.facets;
    if (facets) out[group] = facets[group];
  });
  return out;
}
