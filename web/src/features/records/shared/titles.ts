import i18next from 'i18next';
import { type LocalizedText, pickLanguage } from '../../../../../src/core/language.ts';
import { displayName, type Name } from '../../../../../src/core/name.schema.ts';
import type { AnyRecord, RecordSegment } from './types.ts';

function names(record: AnyRecord, field: string): Name[] {
  const value = record[field];
  return Array.isArray(value) ? (value as Name[]) : [];
}

/** A record's name as a heading shows it; empty when the caller may not see the name. */
export function recordTitle(segment: RecordSegment, record: AnyRecord): string {
  switch (segment) {
    case 'persons':
    case 'events':
    case 'organizations':
    case 'proceedings':
      return displayName(names(record, 'names'));
    case 'legal-instruments':
      return displayName(names(record, 'titles'));
    case 'sources':
      return typeof record.title === 'string' ? record.title : '';
    case 'cases':
      return typeof record.title === 'string' ? record.title : '';
    case 'commitments':
    case 'asks':
    case 'engagements':
    case 'interventions':
      // Titles by language: the interface language's, else English, else the first written.
      return pickLanguage(record.title as LocalizedText | null, i18next.language) ?? '';
  }
}
