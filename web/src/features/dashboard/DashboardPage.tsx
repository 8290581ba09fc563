import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useDisplayNames } from '../lists/countries.ts';
import { CensusCard } from './CensusCard.tsx';
import { CountryPicker } from './CountryPicker.tsx';
import { DASHBOARD_CARDS } from './cards.ts';
import classes from './dashboard.module.css';
import { IndicatorsCard } from './IndicatorsCard.tsx';
import { OpenCasesCard } from './OpenCasesCard.tsx';
import { QuickSearch } from './QuickSearch.tsx';
import { RecentChanges } from './RecentChanges.tsx';

/** The overview of one country (`/countries/KZ`) or of every country (`/`). */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const names = useDisplayNames();
  const param = useParams().country;
  const country = param ? param.toUpperCase() : null;

  if (country !== null && !/^[A-Z]{2}$/.test(country)) {
    return (
      <>
        <PageHeader title={t('country.unknown')} actions={<CountryPicker country={null} />} />
        <EmptyState title={t('country.unknownDetail')} />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={country ? t('titleCountry', { country: names.country(country) }) : t('titleAll')}
        subtitle={t('subtitle')}
        actions={<CountryPicker country={country} />}
      />
      <QuickSearch />
      {/* Keyed by country so each country's panels start fresh rather than showing the last one's. */}
      <div className={classes.grid} key={country ?? 'all'}>
        <div className={classes.wide}>
          <CensusCard country={country} />
        </div>
        <OpenCasesCard country={country} />
        <RecentChanges country={country} />
        <div className={classes.wide}>
          <IndicatorsCard country={country} />
        </div>
        {DASHBOARD_CARDS.map(({ id, Component, isWide }) => (
          <div key={id} className={isWide ? classes.wide : undefined}>
            <Component country={country} />
          </div>
        ))}
      </div>
    </>
  );
}
