import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDisplayNames } from '../lists/countries.ts';
import { useCountriesWithRecords } from '../lists/fetch-all.ts';

const ALL = 'all';

/** Chooses the country in view among those with cases or events; "every country" is `/`. */
export function CountryPicker({ country }: { country: string | null }) {
  const { t } = useTranslation('dashboard');
  const names = useDisplayNames();
  const navigate = useNavigate();
  const countries = useCountriesWithRecords();
  const codes = countries.data ?? [];
  const options = (country && !codes.includes(country) ? [...codes, country] : codes)
    .map((code) => ({ value: code, label: names.country(code) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <Select
      label={t('country.label')}
      w={240}
      allowDeselect={false}
      searchable
      value={country ?? ALL}
      data={[{ value: ALL, label: t('country.all') }, ...options]}
      onChange={(value) => navigate(value && value !== ALL ? `/countries/${value}` : '/')}
      data-testid="country-picker"
    />
  );
}
