import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { apiQuery, type SearchView } from './search-state.ts';

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
 * The hits of the view's page, its count and facets (each group counted by the API as if none of its
 * own values were chosen, so one answer gives them all). While the next search runs, the previous
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
