import { parsePartialDate } from '../../core/partial-date.ts';
import type { SearchFacets } from './search.schema.ts';
import type { MatchRow } from './search-query.store.ts';

/**
 * Hits from matching entries, pure: a record's entries (its own fields, its identifying fields)
 * make one hit, a document's page another; a hit keeps its best entry, for its score and snippet.
 */

export interface SearchTarget {
  recordType: string;
  recordId: string;
  page: number | null;
  bestEntry: number;
  part: string;
  score: number;
  countries: string[];
  caseType: string | null;
  status: string | null;
  issueAreas: string[];
  sourceType: string | null;
  dateStart: string | null;
  dateEnd: string | null;
}

const codes = (joined: string) => (joined ? joined.split(' ') : []);

/** The hits in the order their entries came (newest first on SQLite). */
export function targetsOf(rows: readonly MatchRow[]): SearchTarget[] {
  const targets = new Map<string, SearchTarget>();
  for (const row of rows) {
    const key = `${row.record_type}:${row.record_id}:${row.page ?? ''}`;
    const known = targets.get(key);
    if (known) {
      if (row.score > known.score)
        Object.assign(known, { bestEntry: row.id, part: row.part, score: row.score });
      continue;
    }
    targets.set(key, {
      recordType: row.record_type,
      recordId: row.record_id,
      page: row.page,
      bestEntry: row.id,
      part: row.part,
      score: row.score,
      countries: codes(row.countries),
      caseType: row.case_type,
      status: row.status,
      issueAreas: codes(row.issue_areas),
      sourceType: row.source_type,
      dateStart: row.date_start,
      dateEnd: row.date_end,
    });
  }
  return [...targets.values()];
}

const byDateDesc = (a: SearchTarget, b: SearchTarget) =>
  a.dateStart === b.dateStart
    ? 0
    : a.dateStart === null
      ? 1
      : b.dateStart === null
        ? -1
        : a.dateStart < b.dateStart
          ? 1
          : -1;

const byScore = (a: SearchTarget, b: SearchTarget) => b.score - a.score;

/** The last tie-breaker, so the same search always gives the same order. */
const byKey = (a: SearchTarget, b: SearchTarget) =>
  a.recordType.localeCompare(b.recordType) ||
  a.recordId.localeCompare(b.recordId) ||
  (a.page ?? 0) - (b.page ?? 0);

export function rankTargets(targets: readonly SearchTarget[], order: 'relevance' | 'date'): SearchTarget[] {
  const compare =
    order === 'date'
      ? (a: SearchTarget, b: SearchTarget) => byDateDesc(a, b) || byScore(a, b) || byKey(a, b)
      : (a: SearchTarget, b: SearchTarget) => byScore(a, b) || byDateDesc(a, b) || byKey(a, b);
  return [...targets].sort(compare);
}

export function countFacets(targets: readonly SearchTarget[]): SearchFacets {
  const counters = {
    type: new Map<string, number>(),
    country: new Map<string, number>(),
    caseType: new Map<string, number>(),
    status: new Map<string, number>(),
    issueArea: new Map<string, number>(),
    sourceType: new Map<string, number>(),
    year: new Map<string, number>(),
  };
  const add = (counter: Map<string, number>, value: string | null) => {
    if (value) counter.set(value, (counter.get(value) ?? 0) + 1);
  };
  for (const target of targets) {
    add(counters.type, target.recordType);
    for (const country of target.countries) add(counters.country, country);
    add(counters.caseType, target.caseType);
    add(counters.status, target.status);
    for (const area of target.issueAreas) add(counters.issueArea, area);
    add(counters.sourceType, target.sourceType);
    add(counters.year, target.dateStart?.slice(0, 4) ?? null);
  }
  const sorted = (counter: Map<string, number>) =>
    [...counter.entries()]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return {
    type: sorted(counters.type),
    country: sorted(counters.country),
    caseType: sorted(counters.caseType),
    status: sorted(counters.status),
    issueArea: sorted(counters.issueArea),
    sourceType: sorted(counters.sourceType),
    year: sorted(counters.year).sort((a, b) => b.value.localeCompare(a.value)),
  };
}

/** A hit's date as the record gives it (YYYY, YYYY-MM or YYYY-MM-DD), from the range the index keeps. */
export function hitDate(target: Pick<SearchTarget, 'dateStart' | 'dateEnd'>): string | null {
  const { dateStart: start, dateEnd: end } = target;
  if (!start) return null;
  for (const text of [start.slice(0, 4), start.slice(0, 7)]) {
    const range = parsePartialDate(text);
    if (range.start === start && range.end === end) return text;
  }
  return start;
}
