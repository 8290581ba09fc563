import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { viewerPath } from '../documents/api.ts';
import { useDisplayNames } from '../lists/countries.ts';
import { RECORD_SEGMENTS, type RecordSegment } from '../records/shared/types.ts';
import type { SearchHit, SnippetPart } from './api.ts';
import type { ActiveFilter, FacetGroup } from './search-state.ts';

/** The URL segment of each record type the API names; indicators have no page of their own. */
const SEGMENT_OF: Readonly<Record<string, RecordSegment>> = Object.fromEntries(
  RECORD_SEGMENTS.map((segment) => [segment.replace(/s$/, ''), segment]),
);

/** Vocabulary groups a `status` value may come from: a case's custody, a commitment's rating, … */
const STATUS_GROUPS = ['caseStatus', 'rating', 'askStatus', 'interventionStatus', 'status', 'followUpStatus'];

/**
 * The words a hit's link should highlight in the document viewer: the first marked stretch of the
 * snippet, with the marked words that follow it across mere spaces (a phrase comes back as each of
 * its words marked).
 */
export function quoteOf(snippet: readonly SnippetPart[]): string | null {
  const first = snippet.findIndex((part) => part.hit);
  if (first < 0) return null;
  let quote = snippet[first]?.text ?? '';
  for (let index = first + 1; index + 1 < snippet.length; index += 2) {
    const gap = snippet[index];
    const next = snippet[index + 1];
    if (!gap || !next || gap.hit || !next.hit || gap.text.trim() !== '') break;
    quote += gap.text + next.text;
  }
  return quote.trim() || null;
}

/**
 * Where a hit leads: a document's page opens the viewer there with the words highlighted; a record
 * its own page; an indicator (no page of its own) its country's overview, when it has one.
 */
export function hitPath(hit: SearchHit): string | null {
  if (hit.documentId) return viewerPath(hit.documentId, hit.page, quoteOf(hit.snippet));
  const segment = SEGMENT_OF[hit.recordType];
  if (segment) return `/${segment}/${encodeURIComponent(hit.recordId)}`;
  const country = hit.countries[0];
  if (hit.recordType === 'indicator' && country) return `/countries/${encodeURIComponent(country)}`;
  return null;
}

/** The record page of a hit on a document's page: its source. */
export function recordPath(hit: SearchHit): string | null {
  const segment = SEGMENT_OF[hit.recordType];
  return segment ? `/${segment}/${encodeURIComponent(hit.recordId)}` : null;
}

/** A record type's name, from the history's labels (which name every type, indicators too). */
export function useRecordTypeLabel(): (type: string) => string {
  const { t, i18n } = useTranslation('history');
  return useCallback(
    (type) => {
      const key = `recordType.${SEGMENT_OF[type] ?? `${type}s`}`;
      return i18n.exists(key, { ns: 'history' }) ? t(key) : type;
    },
    [t, i18n],
  );
}

/** The label of a facet's value in the interface language; an unknown code is shown as it is. */
export function useFacetValueLabel(): (group: FacetGroup | 'year', value: string) => string {
  const { t, i18n } = useTranslation('vocabulary');
  const names = useDisplayNames();
  const typeLabel = useRecordTypeLabel();
  return useCallback(
    (group, value) => {
      const vocabulary = (groups: readonly string[]) => {
        for (const name of groups) {
          const key = `${name}.${value}`;
          if (i18n.exists(key, { ns: 'vocabulary' })) return t(key);
        }
        return value;
      };
      switch (group) {
        case 'type':
          return typeLabel(value);
        case 'country':
          return names.country(value);
        case 'caseType':
          return vocabulary(['caseType']);
        case 'status':
          return vocabulary(STATUS_GROUPS);
        case 'issueArea':
          return vocabulary(['issueArea']);
        case 'sourceType':
          return vocabulary(['kind']);
        case 'year':
          return value;
      }
    },
    [t, i18n, names, typeLabel],
  );
}

/** A chip's text: the filter's group and its value ("Type: Person", "From: 2022"). */
export function useActiveFilterLabel(): (filter: ActiveFilter) => string {
  const { t } = useTranslation('search');
  const format = useFormat();
  const valueLabel = useFacetValueLabel();
  return useCallback(
    (filter) => {
      const value =
        filter.group === 'from' || filter.group === 'to'
          ? format.partialDate(filter.value)
          : valueLabel(filter.group, filter.value);
      return `${t(`facets.${filter.group}`)}: ${value}`;
    },
    [t, format, valueLabel],
  );
}
