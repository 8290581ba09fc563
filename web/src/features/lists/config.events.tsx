import { api, unwrap } from '../../api/client.ts';
import { CountryName, Dash, DateRange, EnumLabel, NameExtras, OtherNames, Updated } from './cells.tsx';
import { EVENT_KINDS } from './enums.ts';
import { asQuery, defineList, filtersFor, type ListQuery, type Schemas } from './list-types.ts';
import { primaryName } from './names.ts';

const eventFilters = filtersFor<ListQuery<'events'>>();

export const eventsList = defineList<Schemas['Event']>({
  type: 'events',
  filters: [
    eventFilters.select('kind', EVENT_KINDS, 'kind'),
    eventFilters.country(),
    eventFilters.partialDate('from'),
    eventFilters.partialDate('to'),
  ],
  sorts: eventFilters.sorts(['name', 'startDate', 'updatedAt', 'createdAt']),
  defaultSort: 'name',
  rowTitle: (event) => primaryName(event.names)?.text ?? null,
  rowTitleExtra: (event) => <NameExtras record={event} names={event.names} />,
  titleWidth: [14, 2],
  columns: [
    {
      id: 'otherNames',
      header: 'columns.otherNames',
      width: [10, 1.5],
      render: (event) => <OtherNames names={event.names} />,
    },
    {
      id: 'kind',
      header: 'columns.kind',
      width: [9, 0],
      render: (event) => <EnumLabel group="kind" value={event.kind} />,
    },
    {
      id: 'country',
      header: 'columns.country',
      width: [9, 0],
      render: (event) => <CountryName code={event.country} />,
    },
    {
      // Named after the sort it shows, so the header carries aria-sort when sorted by start date.
      id: 'startDate',
      header: 'columns.dates',
      width: [10, 1],
      render: (event) => <DateRange from={event.startDate} to={event.endDate} />,
    },
    {
      id: 'places',
      header: 'columns.places',
      width: [8, 1],
      render: (event) => (event.places.length > 0 ? event.places.join(', ') : <Dash />),
    },
    {
      id: 'updatedAt',
      header: 'columns.updatedAt',
      width: [9, 0],
      render: (e) => <Updated iso={e.updatedAt} />,
    },
  ],
  fetchPage: async (params, cursor) =>
    unwrap(await api.GET('/api/events', { params: { query: asQuery<ListQuery<'events'>>(params, cursor) } })),
});

const proceedingFilters = filtersFor<ListQuery<'proceedings'>>();

export const proceedingsList = defineList<Schemas['Proceeding']>({
  type: 'proceedings',
  filters: [proceedingFilters.country()],
  sorts: proceedingFilters.sorts(['name', 'updatedAt', 'createdAt']),
  defaultSort: 'name',
  rowTitle: (proceeding) => primaryName(proceeding.names)?.text ?? null,
  rowTitleExtra: (proceeding) => <NameExtras record={proceeding} names={proceeding.names} />,
  titleWidth: [16, 2],
  columns: [
    {
      id: 'kind',
      header: 'columns.kind',
      width: [10, 0],
      render: (proceeding) => <EnumLabel group="kind" value={proceeding.kind} />,
    },
    {
      id: 'country',
      header: 'columns.country',
      width: [9, 0],
      render: (proceeding) => <CountryName code={proceeding.country} />,
    },
    {
      id: 'dates',
      header: 'columns.dates',
      width: [10, 1],
      render: (proceeding) => <DateRange from={proceeding.startDate} to={proceeding.endDate} />,
    },
    {
      id: 'cases',
      header: 'columns.defendants',
      width: [8, 0],
      render: (proceeding) => <span className="docket-numeric">{proceeding.caseIds.length}</span>,
    },
    {
      id: 'updatedAt',
      header: 'columns.updatedAt',
      width: [9, 0],
      render: (p) => <Updated iso={p.updatedAt} />,
    },
  ],
  fetchPage: async (params, cursor) =>
    unwrap(
      await api.GET('/api/proceedings', {
        params: { query: asQuery<ListQuery<'proceedings'>>(params, cursor) },
      }),
    ),
});
