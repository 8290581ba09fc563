import { MultiSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { LETTERS } from './api.ts';

/** The coalition's organizations by name, as the directory lists them for the caller. */
function useOrganizations() {
  return useQuery({
    queryKey: [LETTERS, 'orgs'],
    staleTime: 60_000,
    queryFn: async () =>
      unwrap(await api.GET('/api/orgs')).items.sort((a, b) => a.name.localeCompare(b.name)),
  });
}

/** Chooses the organizations a briefing or letter is for, by name. */
export function OrgPicker({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('letters');
  const orgs = useOrganizations();
  return (
    <MultiSelect
      label={label}
      data={(orgs.data ?? []).map((org) => ({ value: org.id, label: org.name }))}
      value={value}
      searchable
      clearable
      nothingFoundMessage={t('orgs.nothingFound')}
      error={error ?? (orgs.isError ? t('orgs.failed') : undefined)}
      onChange={onChange}
    />
  );
}
