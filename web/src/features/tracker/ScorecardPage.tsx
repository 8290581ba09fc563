import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { applyChanges, useSearchEdit } from '../../app/use-search-edit.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useLabels } from './labels.ts';
import { DAY, today } from './ratings.ts';
import { ScorecardColumn } from './ScorecardColumn.tsx';

const COUNTRIES = ['KZ', 'UZ', 'KG', 'TJ', 'TM'];
const COUNTRY = /^[A-Z]{2}$/;

/**
 * A government's promise scorecard as of a day, and beside it the same scorecard as of another day:
 * `/scorecards?country=KZ&asOf=2023-03-01&compare=2026-12-02`. Everything is in the URL, so a
 * comparison can be linked to.
 */
export function ScorecardPage() {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  const [search] = useSearchParams();
  const editSearch = useSearchEdit();
  const countryParam = search.get('country');
  const country = countryParam && COUNTRY.test(countryParam) ? countryParam : null;
  const asOfParam = search.get('asOf') ?? '';
  const compareParam = search.get('compare') ?? '';
  const asOf = DAY.test(asOfParam) ? asOfParam : today();
  const compare = DAY.test(compareParam) ? compareParam : null;
  const set = (param: string, value: string | null) =>
    editSearch(
      (params) => {
        applyChanges(params, { [param]: value });
        return params;
      },
      { replace: true },
    );
  const countries = country && !COUNTRIES.includes(country) ? [...COUNTRIES, country] : COUNTRIES;
  return (
    <Stack gap="md">
      <PageHeader title={t('scorecard.title')} subtitle={t('scorecard.subtitle')} />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('filter.country')}
          placeholder={t('scorecard.pickCountry')}
          w={220}
          value={country}
          data={countries.map((code) => ({ value: code, label: labels.country(code) }))}
          onChange={(value) => set('country', value)}
          allowDeselect={false}
        />
        <TextInput
          label={t('scorecard.asOfLabel')}
          type="date"
          value={asOfParam || asOf}
          onChange={(e) => set('asOf', e.currentTarget.value)}
          error={asOfParam && !DAY.test(asOfParam) ? t('date.day') : undefined}
        />
        <TextInput
          label={t('scorecard.compareLabel')}
          type="date"
          value={compareParam}
          onChange={(e) => set('compare', e.currentTarget.value)}
          error={compareParam && !DAY.test(compareParam) ? t('date.day') : undefined}
        />
        {compare ? (
          <Button variant="default" onClick={() => set('compare', null)} mb={1}>
            {t('scorecard.stopComparing')}
          </Button>
        ) : (
          <Button variant="light" onClick={() => set('compare', today())} mb={1}>
            {t('scorecard.compareToday')}
          </Button>
        )}
      </Group>
      {country ? (
        <SimpleGrid cols={{ base: 1, md: compare ? 2 : 1 }} spacing="xl">
          <ScorecardColumn country={country} asOf={asOf} />
          {compare ? <ScorecardColumn country={country} asOf={compare} /> : null}
        </SimpleGrid>
      ) : (
        <EmptyState title={t('scorecard.chooseCountry')}>{t('scorecard.chooseCountryHelp')}</EmptyState>
      )}
    </Stack>
  );
}
