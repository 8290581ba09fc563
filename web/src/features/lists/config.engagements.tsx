import { api, unwrap } from '../../api/client.ts';
import { CountryName, Dash, DateRange, EnumLabel, PartialDate, RecordMarks, Updated } from './cells.tsx';
import { useDisplayNames } from './countries.ts';
import {
  ENGAGEMENT_KINDS,
  INTERVENTION_KINDS,
  INTERVENTION_MECHANISMS,
  INTERVENTION_STATUSES,
} from './enums.ts';
import { asQuery, defineList, filtersFor, type ListQuery, type Schemas } from './list-types.ts';
import { localized } from './localized.ts';

/** An engagement's countries by name (a visit may take in several). */
function CountryNames({ codes }: { codes: readonly string[] }) {
  const names = useDisplayNames();
  if (codes.length === 0) return <Dash />;
  return <>{codes.map((code) => names.country(code)).join(', ')}</>;
}

const engagementFilters = filtersFor<ListQuery<'engagements'>>();

export const engagementsList = defineList<Schemas['Engagement']>({
  type: 'engagements',
  filters: [
    engagementFilters.country(),
    engagementFilters.select('kind', ENGAGEMENT_KINDS, 'engagementKind'),
  ],
  sorts: engagementFilters.sorts(['startsOn', 'name', 'updatedAt', 'createdAt']),
  defaultSort: 'startsOn',
  rowTitle: (item) => localized(item.title),
  rowTitleExtra: (item) => <RecordMarks record={item} />,
  titleWidth: [16, 3],
  columns: [
    {
      id: 'kind',
      header: 'columns.kind',
      width: [8, 0],
      render: (item) => <EnumLabel group="engagementKind" value={item.kind} />,
    },
    {
      id: 'countries',
      header: 'columns.countries',
      width: [9, 1],
      render: (item) => <CountryNames codes={item.countries} />,
    },
    {
      // Named after the sort it shows, so the header carries aria-sort when sorted by start date.
      id: 'startsOn',
      header: 'columns.dates',
      width: [16, 0],
      render: (item) => <DateRange from={item.startsOn} to={item.endsOn} />,
    },
    {
      id: 'updatedAt',
      header: 'columns.updatedAt',
      width: [9, 0],
      render: (item) => <Updated iso={item.updatedAt} />,
    },
  ],
  fetchPage: async (params, cursor) =>
    unwrap(
      await api.GET('/api/engagements', {
        params: { query: asQuery<ListQuery<'engagements'>>(params, cursor) },
      }),
    ),
});

const interventionFilters = filtersFor<ListQuery<'interventions'>>();

export const interventionsList = defineList<Schemas['Intervention']>({
  type: 'interventions',
  filters: [
    interventionFilters.country(),
    interventionFilters.select('kind', INTERVENTION_KINDS, 'interventionKind'),
    interventionFilters.select('mechanism', INTERVENTION_MECHANISMS, 'interventionMechanism'),
    interventionFilters.select('status', INTERVENTION_STATUSES, 'interventionStatus'),
  ],
  sorts: interventionFilters.sorts(['sentOn', 'name', 'updatedAt', 'createdAt']),
  defaultSort: 'sentOn',
  rowTitle: (item) => localized(item.title),
  rowTitleExtra: (item) => <RecordMarks record={item} />,
  titleWidth: [16, 3],
  columns: [
    {
      id: 'mechanism',
      header: 'columns.mechanism',
      width: [11, 1],
      // The mechanism in the interface language; its full name (a rapporteur's mandate) on hover.
      render: (item) => (
        <span title={item.mechanismName ?? undefined}>
          <EnumLabel group="interventionMechanism" value={item.mechanism} />
        </span>
      ),
    },
    {
      id: 'country',
      header: 'columns.country',
      width: [9, 0],
      render: (item) => <CountryName code={item.country} />,
    },
    {
      id: 'sentOn',
      header: 'columns.sentOn',
      width: [9, 0],
      render: (item) => <PartialDate value={item.sentOn} />,
    },
    {
      id: 'status',
      header: 'columns.status',
      width: [11, 0],
      render: (item) => <EnumLabel group="interventionStatus" value={item.status} />,
    },
  ],
  fetchPage: async (params, cursor) =>
    unwrap(
      await api.GET('/api/interventions', {
        params: { query: asQuery<ListQuery<'interventions'>>(params, cursor) },
      }),
    ),
});
