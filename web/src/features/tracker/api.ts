import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { components, paths } from '../../api/schema.d.ts';

export type Commitment = components['schemas']['Commitment'];
export type Engagement = components['schemas']['Engagement'];
export type Ask = components['schemas']['Ask'];
export type Source = components['schemas']['Source'];
export type Scorecard = components['schemas']['Scorecard'];
export type ScorecardTotals = Scorecard['totals'];
export type EngagementScorecard = components['schemas']['EngagementScorecard'];
export type ScoredCommitment = Scorecard['commitments'][number];
export type CommitmentQuery = NonNullable<paths['/api/commitments']['get']['parameters']['query']>;
export type RateBody =
  paths['/api/commitments/{id}/ratings']['post']['requestBody']['content']['application/json'];
export type OutcomeBody =
  paths['/api/engagements/{id}/outcome']['post']['requestBody']['content']['application/json'];
export type EngagementPatch =
  paths['/api/engagements/{id}']['patch']['requestBody']['content']['application/json'];

/** Every query key of the tracker starts here, so a write can refresh all the tracker's views at once. */
export const TRACKER = 'tracker';
export const commitmentKey = (id: string) => [TRACKER, 'commitment', id] as const;
export const engagementKey = (id: string) => [TRACKER, 'engagement', id] as const;

/** How many pages of 200 a board or a planner reads before it says the list is incomplete. */
const MAX_PAGES = 10;

export interface AllPages<Item> {
  items: Item[];
  /** More matched than were read. */
  isPartial: boolean;
}

async function allPages<Item>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor: string | null }>,
): Promise<AllPages<Item>> {
  const items: Item[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await fetchPage(cursor);
    items.push(...result.items);
    cursor = result.nextCursor ?? undefined;
    if (!cursor) return { items, isPartial: false };
  }
  return { items, isPartial: true };
}

/** Every commitment matching the filters, page after page. */
export function useCommitments(filters: CommitmentQuery, enabled = true) {
  return useQuery({
    queryKey: [TRACKER, 'commitments', filters],
    enabled,
    queryFn: () =>
      allPages((cursor) =>
        api
          .GET('/api/commitments', {
            params: { query: { ...filters, limit: 200, ...(cursor ? { cursor } : {}) } },
          })
          .then(unwrap),
      ),
  });
}

export function useCommitment(id: string | undefined) {
  return useQuery({
    queryKey: commitmentKey(id ?? ''),
    enabled: id !== undefined,
    queryFn: async () =>
      unwrap(await api.GET('/api/commitments/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

export function useEngagement(id: string | undefined) {
  return useQuery({
    queryKey: engagementKey(id ?? ''),
    enabled: id !== undefined,
    queryFn: async () =>
      unwrap(await api.GET('/api/engagements/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

/**
 * Records named by id (asks, engagements, sources), each fetched once; one the caller may not read
 * is absent from the map, never shown as a bare id that would say it exists.
 */
function useByIds<Item>(
  kind: string,
  ids: ReadonlyArray<string | null | undefined>,
  fetchOne: (id: string) => Promise<Item>,
): ReadonlyMap<string, Item> {
  const unique = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: [TRACKER, kind, id],
      queryFn: () => fetchOne(id),
      retry: false,
      staleTime: 30_000,
    })),
  });
  const found = new Map<string, Item>();
  results.forEach((result, i) => {
    const id = unique[i];
    if (id && result.data) found.set(id, result.data);
  });
  return found;
}

export function useAsks(ids: ReadonlyArray<string | null | undefined>): ReadonlyMap<string, Ask> {
  return useByIds('ask', ids, async (id) =>
    unwrap(await api.GET('/api/asks/{id}', { params: { path: { id } } })),
  );
}

export function useSources(ids: ReadonlyArray<string | null | undefined>): ReadonlyMap<string, Source> {
  return useByIds('source', ids, async (id) =>
    unwrap(await api.GET('/api/sources/{id}', { params: { path: { id } } })),
  );
}

export function useEngagements(
  ids: ReadonlyArray<string | null | undefined>,
): ReadonlyMap<string, Engagement> {
  return useByIds('engagement', ids, async (id) =>
    unwrap(await api.GET('/api/engagements/{id}', { params: { path: { id } } })),
  );
}

/** The asks still to be pressed with any of the countries, for planning an agenda. */
export function useOpenAsks(countries: readonly string[], enabled: boolean) {
  return useQuery({
    queryKey: [TRACKER, 'open-asks', ...countries],
    enabled,
    queryFn: async () => {
      const lists = await Promise.all(
        countries.map((country) =>
          allPages((cursor) =>
            api
              .GET('/api/asks', {
                params: {
                  query: { isOpen: true, country, limit: 200, ...(cursor ? { cursor } : {}) },
                },
              })
              .then(unwrap),
          ),
        ),
      );
      return {
        items: lists.flatMap((list) => list.items),
        isPartial: lists.some((list) => list.isPartial),
      };
    },
  });
}

/** Sources whose title matches what the user typed (the first 20), for citing evidence. */
export function useScorecard(country: string | null, asOf: string | null) {
  return useQuery({
    queryKey: [TRACKER, 'scorecard', country, asOf],
    enabled: country !== null && asOf !== null,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/scorecards', {
          params: { query: { country: country ?? '', ...(asOf ? { asOf } : {}) } },
        }),
      ),
  });
}

export function useEngagementScorecard(id: string, asOf: string | null) {
  return useQuery({
    queryKey: [TRACKER, 'engagement-scorecard', id, asOf],
    enabled: asOf !== null,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/engagements/{id}/scorecard', {
          params: { path: { id }, query: asOf ? { asOf } : {} },
        }),
      ),
  });
}

export async function rateCommitment(id: string, body: RateBody): Promise<Commitment> {
  return unwrap(await api.POST('/api/commitments/{id}/ratings', { params: { path: { id } }, body }));
}

export async function patchEngagement(id: string, body: EngagementPatch): Promise<Engagement> {
  return unwrap(await api.PATCH('/api/engagements/{id}', { params: { path: { id } }, body }));
}

export async function recordOutcome(id: string, body: OutcomeBody) {
  return unwrap(await api.POST('/api/engagements/{id}/outcome', { params: { path: { id } }, body }));
}
