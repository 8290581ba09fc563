import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client.ts';
import { useRecord } from '../shared/api.ts';
import { recordTitle } from '../shared/titles.ts';
import type { AnyRecord, RecordSegment } from '../shared/types.ts';

// The typed client checks literal paths; every record type's list takes the same query, so the
// persons' path stands for all of them (as in shared/api.ts).
type ListPath = '/api/persons';

/** Picks another record by name, searching the API as the user types (any script, any case). */
export function RecordSelect({
  segment,
  label,
  value,
  onChange,
  error,
  required = false,
}: {
  segment: RecordSegment;
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
  required?: boolean;
}) {
  const { t } = useTranslation('records');
  const [search, setSearch] = useState('');
  const chosen = useRecord(segment, value ?? undefined);
  const found = useQuery({
    queryKey: ['record-search', segment, search],
    queryFn: async (): Promise<AnyRecord[]> => {
      const query = { limit: 30, ...(search.trim() ? { q: search.trim() } : {}) };
      const page = unwrap(await api.GET(`/api/${segment}` as ListPath, { params: { query } }));
      return page.items as unknown as AnyRecord[];
    },
    staleTime: 30_000,
  });
  const options = (found.data ?? []).map((record) => ({
    value: record.id,
    label: recordTitle(segment, record) || record.id,
  }));
  if (value && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: chosen.data ? recordTitle(segment, chosen.data) || value : value });
  }
  return (
    <Select
      label={label}
      data={options}
      value={value}
      searchable
      clearable={!required}
      required={required}
      filter={({ options: all }) => all}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={t('form.nothingFound')}
      error={error}
      onChange={onChange}
    />
  );
}
