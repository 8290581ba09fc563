import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSourceSearch } from './api.ts';

/** Picks a source by searching the titles the caller may read (`/api/sources?q=`) as they type. */
export function SourcePicker({
  label,
  value,
  onChange,
  error,
  required = false,
}: {
  label: string;
  value: string | null;
  onChange: (sourceId: string | null) => void;
  error?: string | undefined;
  required?: boolean;
}) {
  const { t } = useTranslation('tracker');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  // The typed text becomes the chosen title once picked; searching for it again would find only it.
  const chosen = useRef(new Map<string, string>());
  const isChosenTitle = value !== null && chosen.current.get(value) === debounced;
  const sources = useSourceSearch(isChosenTitle ? '' : debounced.trim());
  const data = (sources.data ?? []).map((source) => ({ value: source.id, label: source.title }));
  for (const option of data) chosen.current.set(option.value, option.label);
  if (value && !data.some((option) => option.value === value))
    data.push({ value, label: chosen.current.get(value) ?? t('evidence.chosenSource') });
  return (
    <Select
      label={label}
      placeholder={t('evidence.searchSources')}
      data={data}
      value={value}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The API has already matched the titles; Mantine's own filter would hide what it found by another script.
      filter={({ options }) => options}
      clearable
      required={required}
      nothingFoundMessage={sources.isFetching ? t('loading') : t('evidence.noSources')}
      error={error}
      onChange={onChange}
    />
  );
}
