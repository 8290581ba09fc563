import { Stack } from '@mantine/core';
import { FieldRow } from '../shared/FieldRow.tsx';
import { useRecordFieldLabel } from '../shared/field-label.ts';
import { fieldLevel } from '../shared/levels.ts';
import type { PageData } from '../shared/pageData.ts';
import { isWithheld, META_KEYS } from '../shared/types.ts';
import { GenericValue } from './GenericValue.tsx';

/** Fields that describe rather than assert, which need no source (a type, a title, a country). */
const DESCRIPTIVE = new Set([
  'kind',
  'title',
  'country',
  'language',
  'reliability',
  'status',
  'url',
  'website',
  'notes',
  'caseIds',
  'author',
  // An ask is the advocates' own demand; an intervention's links and references name what it is.
  'priority',
  'issueAreas',
  'personIds',
  'organizationIds',
  'eventIds',
  'legalInstrumentIds',
  'mechanism',
  'mechanismName',
  'reference',
  'submittedById',
  'sourceId',
]);

/** Any record type without a page of its own: every field it lets the caller see, in order. */
export function GenericPage({ data }: { data: PageData }) {
  const { record, segment, citations, sources } = data;
  const label = useRecordFieldLabel(segment);
  const fields = Object.keys(record).filter((field) => !META_KEYS.has(field) && !isWithheld(record, field));
  return (
    <Stack gap="md">
      {fields.map((field) => {
        const value = record[field];
        if (Array.isArray(value) && value.length === 0) return null;
        // Sources are the evidence themselves; a source needs no source.
        const quiet = segment === 'sources' || DESCRIPTIVE.has(field);
        const items =
          Array.isArray(value) &&
          value.every((item) => typeof item === 'object' && item !== null && 'sourceId' in item);
        const cited = items && (value as Array<{ sourceId: unknown }>).every((item) => item.sourceId);
        return (
          <FieldRow
            key={field}
            field={field}
            label={label(field)}
            citations={citations}
            sources={sources}
            level={fieldLevel(segment, record, field)}
            onCite={data.cite}
            quiet={quiet}
            cited={cited}
          >
            <GenericValue field={field} value={value} sources={sources} />
          </FieldRow>
        );
      })}
    </Stack>
  );
}
