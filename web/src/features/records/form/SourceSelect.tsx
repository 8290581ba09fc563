import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSourceSearch } from '../shared/api.ts';

/**
 * Picks a source by title, searched on the server as the user types (`/api/sources?q=`, titles the
 * caller may read, in any script), so a large library is never loaded whole.
 */
export function SourceSelect({
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
  const { t } = useTranslation('records');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  // Once picked, the typed text becomes the chosen title; searching for it again would find only it.
  const titles = useRef(new Map<string, string>());
  const isChosenTitle = value !== null && titles.current.get(value) === debounced;
  const sources = useSourceSearch(isChosenTitle ? '' : debounced.trim());
  const data = (sources.data ?? []).map((source) => ({ value: source.id, label: source.title }));
  for (const option of data) titles.current.set(option.value, option.label);
  // A source already chosen but outside the results still shows as chosen, not as blank.
  if (value && !data.some((option) => option.value === value))
    data.push({ value, label: titles.current.get(value) ?? t('citations.chosenSource') });
  return (
    <Select
      label={label}
      data={data}
      value={value}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has matched the titles already; Mantine's own filter would hide a match in another script.
      filter={({ options }) => options}
      clearable={!required}
      required={required}
      nothingFoundMessage={t('citations.noSources')}
      placeholder={required ? t('citations.pickSource') : t('citations.uncitedOption')}
      error={error}
      onChange={onChange}
    />
  );
}
