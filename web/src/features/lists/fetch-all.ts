import { useQuery } from '@tanstack/react-query';
import { LIST_CONFIGS } from './configs.ts';
import type { ListedRecord, ListType, ViewParams } from './list-types.ts';

export interface AllPages<Item> {
  items: Item[];
  /** More records match than were read (the cap was reached). */
  isPartial: boolean;
}

/**
 * Every record of a type matching `params`, page after page up to `maxPages` pages, for summaries the
 * API does not compute itself (countries with records, open cases by type).
 */
export async function fetchAll<Item extends ListedRecord>(
  type: ListType,
  params: ViewParams,
  maxPages = 10,
): Promise<AllPages<Item>> {
  const config = LIST_CONFIGS[type];
  const items: Item[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await config.fetchPage(params, cursor);
    items.push(...(result.items as Item[]));
    cursor = result.nextCursor ?? undefined;
    if (!cursor) return { items, isPartial: false };
  }
  return { items, isPartial: true };
}

/** Where a listed record names its country: one country, or several (an engagement's). */
type WithCountries = ListedRecord & { country?: string | null; countries?: readonly string[] };

/**
 * The countries that have cases or events, and records of the list being filtered, which the country
 * pickers and filters offer. The API has no facet for it, so it is read from the lists (most recently
 * changed first, capped).
 */
export function useCountriesWithRecords({
  enabled = true,
  type,
}: {
  enabled?: boolean;
  type?: ListType;
} = {}) {
  const own = type && type !== 'cases' && type !== 'events' ? type : undefined;
  return useQuery({
    enabled,
    queryKey: ['countries-with-records', own ?? null],
    queryFn: async () => {
      const sorted = { sort: 'updatedAt', order: 'desc' };
      const lists = await Promise.all([
        fetchAll<WithCountries>('cases', sorted, 5),
        fetchAll<WithCountries>('events', sorted, 2),
        ...(own ? [fetchAll<WithCountries>(own, sorted, 2)] : []),
      ]);
      const countries = new Set<string>();
      for (const list of lists) {
        for (const item of list.items) {
          if (item.country) countries.add(item.country);
          for (const country of item.countries ?? []) countries.add(country);
        }
      }
      return [...countries].sort();
    },
    staleTime: 5 * 60_000,
  });
}
