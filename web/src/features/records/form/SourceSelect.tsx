import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSourceSearch } from '../shared/api.ts';

/** Picks a source by title (the first 200 the caller may read, searched as they type). */
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
  const sources = useSourceSearch('');
  const data = (sources.data ?? []).map((source) => ({ value: source.id, label: source.title }));
  // A source already chosen but outside the first page still shows as chosen, not as blank.
  if (value && !data.some((option) => option.value === value))
    data.push({ value, label: t('citations.chosenSource') });
  return (
    <Select
      label={label}
      data={data}
      value={value}
      searchable
      clearable={!required}
      required={required}
      nothingFoundMessage={t('citations.noSources')}
      placeholder={required ? t('citations.pickSource') : t('citations.uncitedOption')}
      error={error}
      onChange={onChange}
    />
  );
}
