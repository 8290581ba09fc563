import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { applyChanges, useSearchEdit } from '../../app/use-search-edit.ts';
import type { FilterDef, ListConfig, ViewParams } from './list-types.ts';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const COUNTRY = /^[A-Z]{2}$/;

export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.test(value);
}

function isValid(filter: FilterDef, value: string): boolean {
  switch (filter.kind) {
    case 'select':
      return filter.options.includes(value);
    case 'partial-date':
      return PARTIAL_DATE.test(value);
    case 'day':
      return DAY.test(value);
    case 'country':
      return COUNTRY.test(value);
    case 'flag':
      return value === 'true';
  }
}

/**
 * The list's view from the URL: the search text, each filter, sort and order, keeping only values
 * the endpoint accepts, so a hand-edited or stale link shows a list rather than an error.
 */
export function readView(config: ListConfig, search: URLSearchParams): ViewParams {
  const view: Record<string, string> = {};
  const q = search.get('q')?.trim();
  if (q) view.q = q.slice(0, 200);
  for (const filter of config.filters) {
    const value = search.get(filter.param);
    if (value && isValid(filter, value)) view[filter.param] = value;
  }
  // `custody` only means something beside the day it applies to.
  if (view.inCustodyOn === undefined) delete view.custody;
  if (search.get('includeDeleted') === 'true') view.includeDeleted = 'true';
  const sort = search.get('sort');
  view.sort = sort && config.sorts.includes(sort) ? sort : config.defaultSort;
  view.order = search.get('order') === 'desc' ? 'desc' : 'asc';
  return view;
}

/** The parameters that narrow the list (not sort and order): what "clear filters" removes. */
export function activeFilters(view: ViewParams): string[] {
  return Object.keys(view).filter((key) => key !== 'sort' && key !== 'order');
}

/** The list's view, kept in the URL so a link or a reload shows the same list. */
export function useListView(config: ListConfig) {
  const [search] = useSearchParams();
  const editSearch = useSearchEdit();
  const view = useMemo(() => readView(config, search), [config, search]);
  const update = useCallback(
    (changes: Record<string, string | null>, options: { replace?: boolean } = {}) =>
      editSearch((params) => {
        applyChanges(params, changes);
        return params;
      }, options),
    [editSearch],
  );
  const clear = useCallback(
    () =>
      editSearch((current) => {
        const next = new URLSearchParams();
        for (const key of ['sort', 'order']) {
          const value = current.get(key);
          if (value) next.set(key, value);
        }
        return next;
      }),
    [editSearch],
  );
  return { view, update, clear };
}

/** The query string of the view, for the API (list and export) and for links. */
export function viewQueryString(view: ViewParams, extra: Record<string, string> = {}): string {
  return new URLSearchParams({ ...extra, ...view }).toString();
}
