import type { ReactNode } from 'react';
import type { components, paths } from '../../api/schema.d.ts';
import type { Sensitivity } from '../../ui/SensitivityBadge.tsx';

export type Schemas = components['schemas'];

/** The record types with a list screen; each is also its URL segment, API path and export type. */
export const LIST_TYPES = [
  'persons',
  'organizations',
  'events',
  'cases',
  'proceedings',
  'legal-instruments',
  'sources',
  'commitments',
  'asks',
  'engagements',
  'interventions',
] as const;
export type ListType = (typeof LIST_TYPES)[number];

/** The query parameters of a type's list endpoint, as openapi.json declares them. */
export type ListQuery<T extends ListType> = NonNullable<paths[`/api/${T}`]['get']['parameters']['query']>;

export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}

/** What every listed record carries, whatever its type. */
export interface ListedRecord {
  id: string;
  sensitivity: Sensitivity;
  updatedAt: string;
  deletedAt: string | null;
}

/** The view's parameters as they stand in the URL: filters, `sort` and `order`, already checked. */
export type ViewParams = Readonly<Record<string, string>>;

/** A filter of a list endpoint; `label` and `labels` are keys of the `lists` namespace. */
export type FilterDef =
  | {
      kind: 'select';
      param: string;
      label: string;
      /** The enum's values, and the key prefix of their labels in the `vocabulary` namespace (`gender` → `vocabulary:gender.female`). */
      options: readonly string[];
      labels: string;
      /** Few values: shown as chips one click away rather than a dropdown. */
      chips?: boolean;
    }
  /** A partial date (2021, 2021-01, 2021-01-29), as the API takes for ranges. */
  | { kind: 'partial-date'; param: string; label: string }
  /** One day (YYYY-MM-DD). */
  | { kind: 'day'; param: string; label: string }
  /** A yes-or-no question (overdue?): set, it narrows the list to `true`; unset, it does not filter. */
  | { kind: 'flag'; param: string; label: string }
  | { kind: 'country'; param: 'country'; label: string };

/**
 * Builds the filters of one endpoint, checked against its query type: a misspelt parameter or an
 * enum value the API does not accept fails to compile.
 */
export function filtersFor<Q>() {
  type Key = keyof Q & string;
  return {
    select<K extends Key>(
      param: K,
      options: readonly Extract<NonNullable<Q[K]>, string>[],
      labels: string,
      extra: { chips?: boolean; label?: string } = {},
    ): FilterDef {
      return {
        kind: 'select',
        param,
        label: extra.label ?? `filters.${param}`,
        options,
        labels,
        chips: extra.chips,
      };
    },
    partialDate(param: Key): FilterDef {
      return { kind: 'partial-date', param, label: `filters.${param}` };
    },
    day(param: Key): FilterDef {
      return { kind: 'day', param, label: `filters.${param}` };
    },
    flag(param: { [K in Key]: NonNullable<Q[K]> extends boolean ? K : never }[Key]): FilterDef {
      return { kind: 'flag', param, label: `filters.${param}` };
    },
    country(): FilterDef {
      return { kind: 'country', param: 'country', label: 'filters.country' };
    },
    sorts<const S extends readonly NonNullable<Q['sort' & keyof Q]>[]>(sorts: S): S {
      return sorts;
    },
  };
}

/** [min rem, grow]: every row gets the same tracks, so the columns line up whatever the content. */
export type ColumnWidth = readonly [min: number, grow: number];

export interface ColumnDef<Item> {
  id: string;
  /** Key of the header in the `lists` namespace. */
  header: string;
  /** The column's width: at least `min` rem, and its share of any room left (`grow`, 0 for none). */
  width: ColumnWidth;
  render(item: Item): ReactNode;
}

export interface ListConfig<Item extends ListedRecord = ListedRecord> {
  type: ListType;
  filters: readonly FilterDef[];
  sorts: readonly string[];
  defaultSort: string;
  /** The first column: the record's name, which is the row's link. */
  rowTitle(item: Item): string | null;
  /** Shown after the link in the first column (script, sensitivity). */
  rowTitleExtra?(item: Item): ReactNode;
  titleWidth: ColumnWidth;
  columns: readonly ColumnDef<Item>[];
  fetchPage(params: ViewParams, cursor: string | undefined): Promise<Page<Item>>;
}

/** A type's list, its columns checked against its item type (methods let it stand as any list). */
export function defineList<Item extends ListedRecord>(config: ListConfig<Item>): ListConfig {
  return config;
}

export const PAGE_SIZE = 100;

/**
 * The view parameters as the endpoint's query. Every value was checked against the endpoint's enums
 * and formats by `readView`, which is what makes this conversion from strings sound.
 */
export function asQuery<Q>(params: ViewParams, cursor: string | undefined): Q {
  return { ...params, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } as unknown as Q;
}
