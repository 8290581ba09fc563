import { api, unwrap } from '../../api/client.ts';
import { CountryName, Dash, EnumLabel, NameExtras, PartialDate, RecordMarks, Updated } from './cells.tsx';
import { INSTRUMENT_KINDS, INSTRUMENT_STATUSES, RELIABILITIES, SOURCE_KINDS } from './enums.ts';
import { asQuery, defineList, filtersFor, type ListQuery, type Schemas } from './list-types.ts';
import { primaryName } from './names.ts';

const instrumentFilters = filtersFor<ListQuery<'legal-instruments'>>();

export const legalInstrumentsList = defineList<Schemas['LegalInstrument']>({
  type: 'legal-instruments',
  filters: [
    instrumentFilters.select('kind', INSTRUMENT_KINDS, 'kind'),
    instrumentFilters.country(),
    instrumentFilters.select('status', INSTRUMENT_STATUSES, 'status'),
  ],
  sorts: instrumentFilters.sorts(['name', 'updatedAt', 'createdAt']),
  defaultSort: 'name',
  rowTitle: (instrument) => primaryName(instrument.titles)?.text ?? null,
  rowTitleExtra: (instrument) => <NameExtras record={instrument} names={instrument.titles} />,
  titleWidth: [16, 3],
  columns: [
    {
      id: 'number',
      header: 'columns.number',
      width: [7, 0],
      render: (instrument) => instrument.number ?? <Dash />,
    },
    {
      id: 'kind',
      header: 'columns.kind',
      width: [9, 0],
      render: (instrument) => <EnumLabel group="kind" value={instrument.kind} />,
    },
    {
      id: 'country',
      header: 'columns.country',
      width: [9, 0],
      render: (instrument) => <CountryName code={instrument.country} />,
    },
    {
      id: 'status',
      header: 'columns.status',
      width: [8, 0],
      render: (instrument) => <EnumLabel group="status" value={instrument.status} />,
    },
    {
      id: 'inForceFrom',
      header: 'columns.inForceFrom',
      width: [9, 0],
      render: (instrument) => <PartialDate value={instrument.inForceFrom} />,
    },
    {
      id: 'updatedAt',
      header: 'columns.updatedAt',
      width: [9, 0],
      render: (i) => <Updated iso={i.updatedAt} />,
    },
  ],
  fetchPage: async (params, cursor) =>
    unwrap(
      await api.GET('/api/legal-instruments', {
        params: { query: asQuery<ListQuery<'legal-instruments'>>(params, cursor) },
      }),
    ),
});

const sourceFilters = filtersFor<ListQuery<'sources'>>();

export const sourcesList = defineList<Schemas['Source']>({
  type: 'sources',
  filters: [
    sourceFilters.select('kind', SOURCE_KINDS, 'kind', { chips: true }),
    sourceFilters.select('reliability', RELIABILITIES, 'reliability'),
  ],
  sorts: sourceFilters.sorts(['title', 'updatedAt', 'createdAt']),
  defaultSort: 'title',
  rowTitle: (source) => source.title,
  rowTitleExtra: (source) => <RecordMarks record={source} />,
  titleWidth: [16, 3],
  columns: [
    {
      id: 'kind',
      header: 'columns.kind',
      width: [8, 0],
      render: (source) => <EnumLabel group="kind" value={source.kind} />,
    },
    {
      id: 'author',
      header: 'columns.author',
      width: [8, 1],
      render: (source) => source.author ?? <Dash />,
    },
    {
      id: 'publishedOn',
      header: 'columns.publishedOn',
      width: [9, 0],
      render: (source) => <PartialDate value={source.publishedOn} />,
    },
    {
      id: 'reliability',
      header: 'columns.reliability',
      width: [10, 0],
      render: (source) => <EnumLabel group="reliability" value={source.reliability} />,
    },
    {
      id: 'updatedAt',
      header: 'columns.updatedAt',
      width: [9, 0],
      render: (s) => <Updated iso={s.updatedAt} />,
    },
  ],
  fetchPage: async (params, cursor) =>
    unwrap(
      await api.GET('/api/sources', { params: { query: asQuery<ListQuery<'sources'>>(params, cursor) } }),
    ),
});
