import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { commitmentKindSchema } from '../../../../src/modules/commitments/commitment.schema.ts';
import { ISSUE_AREAS, type IssueArea } from '../../../../src/modules/commitments/issue-areas.ts';
import { applyChanges, useSearchEdit } from '../../app/use-search-edit.ts';
import type { CommitmentQuery } from './api.ts';

export const KINDS = commitmentKindSchema.options;
export type Kind = (typeof KINDS)[number];

export interface BoardFilters {
  country: string | null;
  kind: Kind | null;
  issueArea: IssueArea | null;
  isOverdue: boolean;
}

const COUNTRY = /^[A-Z]{2}$/;

/** The board's filters from the URL, keeping only values the API accepts, so a stale link still shows a board. */
export function readFilters(search: URLSearchParams): BoardFilters {
  const country = search.get('country');
  const kind = search.get('kind');
  const issueArea = search.get('issueArea');
  return {
    country: country && COUNTRY.test(country) ? country : null,
    kind: KINDS.find((k) => k === kind) ?? null,
    issueArea: ISSUE_AREAS.find((area) => area === issueArea) ?? null,
    isOverdue: search.get('overdue') === 'true',
  };
}

export function toQuery(filters: BoardFilters): CommitmentQuery {
  return {
    sort: 'madeOn',
    ...(filters.country ? { country: filters.country } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.issueArea ? { issueArea: filters.issueArea } : {}),
    ...(filters.isOverdue ? { isOverdue: true } : {}),
  };
}

/** The filters, kept in the URL so a link or a reload shows the same board. */
export function useBoardFilters() {
  const [search] = useSearchParams();
  const editSearch = useSearchEdit();
  const filters = useMemo(() => readFilters(search), [search]);
  const update = useCallback(
    (param: 'country' | 'kind' | 'issueArea' | 'overdue', value: string | null) =>
      editSearch((params) => {
        applyChanges(params, { [param]: value });
        return params;
      }),
    [editSearch],
  );
  const clear = useCallback(() => editSearch(() => new URLSearchParams()), [editSearch]);
  const isFiltered = Boolean(filters.country || filters.kind || filters.issueArea || filters.isOverdue);
  return { filters, update, clear, isFiltered };
}
