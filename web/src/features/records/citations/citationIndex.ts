import type { Citation } from '../shared/types.ts';

/** A record's citations, numbered as footnotes in the order they were made, grouped by field. */
export interface CitationIndex {
  all: ReadonlyArray<{ number: number; citation: Citation }>;
  /** Citations of one field; `''` holds those of the whole record. */
  byField(field: string): ReadonlyArray<{ number: number; citation: Citation }>;
}

export function indexCitations(citations: readonly Citation[]): CitationIndex {
  const all = citations.map((citation, index) => ({ number: index + 1, citation }));
  const groups = new Map<string, Array<{ number: number; citation: Citation }>>();
  for (const entry of all) {
    // A citation of one item names it after the field ("timeline.<id>"); it supports that field too.
    const key = (entry.citation.field ?? '').split('.')[0] ?? '';
    const list = groups.get(key) ?? [];
    list.push(entry);
    groups.set(key, list);
  }
  return { all, byField: (field) => groups.get(field) ?? [] };
}

export const EMPTY_INDEX: CitationIndex = indexCitations([]);
