import { Group } from '@mantine/core';
import { api, unwrap } from '../../api/client.ts';
import { CountryName, EnumLabel, PartialDate, RecordMarks, Updated } from './cells.tsx';
import { ASK_PRIORITIES, ASK_STATUSES, COMMITMENT_KINDS, ISSUE_AREA_CODES, RATINGS } from './enums.ts';
import { asQuery, defineList, filtersFor, type ListQuery, type Schemas } from './list-types.ts';
import { localized } from './localized.ts';
import { OverdueBadge, RatingBadge } from './RatingBadge.tsx';

const commitmentFilters = filtersFor<ListQuery<'commitments'>>();

type Commitment = Schemas['Commitment'];

/** The deadline, and beside it whether it passed with no final rating (the server judges it). */
function Deadline({ item }: { item: Commitment }) {
  return (
    <Group gap={6} wrap="nowrap">
      <PartialDate value={item.deadline} />
      {item.isOverdue ? <OverdueBadge /> : null}
    </Group>
  );
}

export const commitmentsList = defineList<Commitment>({
  type: 'commitments',
  filters: [
    commitmentFilters.country(),
    commitmentFilters.select('kind', COMMITMENT_KINDS, 'commitmentKind'),
    commitmentFilters.select('rating', RATINGS, 'rating', { label: 'filters.rating' }),
    commitmentFilters.select('issueArea', ISSUE_AREA_CODES, 'issueArea'),
    commitmentFilters.flag('isOverdue'),
  ],
  sorts: commitmentFilters.sorts(['name', 'madeOn', 'deadline', 'updatedAt', 'createdAt']),
  defaultSort: 'name',
  rowTitle: (item) => localized(item.title),
  rowTitleExtra: (item) => <RecordMarks record={item} />,
  titleWidth: [16, 3],
  columns: [
    {
      id: 'country',
      header: 'columns.country',
      width: [8, 0],
      render: (item) => <CountryName code={item.country} />,
    },
    {
      id: 'kind',
      header: 'columns.kind',
      width: [9, 0],
      render: (item) => <EnumLabel group="commitmentKind" value={item.kind} />,
    },
    {
      id: 'currentRating',
      header: 'columns.rating',
      width: [11, 0],
      render: (item) => <RatingBadge rating={item.currentRating} />,
    },
    {
      id: 'madeOn',
      header: 'columns.madeOn',
      width: [8, 0],
      render: (item) => <PartialDate value={item.madeOn} />,
    },
    {
      id: 'deadline',
      header: 'columns.deadline',
      width: [12, 0],
      render: (item) => <Deadline item={item} />,
    },
  ],
  fetchPage: async (params, cursor) =>
    unwrap(
      await api.GET('/api/commitments', {
        params: { query: asQuery<ListQuery<'commitments'>>(params, cursor) },
      }),
    ),
});

const askFilters = filtersFor<ListQuery<'asks'>>();

export const asksList = defineList<Schemas['Ask']>({
  type: 'asks',
  filters: [
    askFilters.country(),
    askFilters.select('status', ASK_STATUSES, 'askStatus'),
    askFilters.select('priority', ASK_PRIORITIES, 'askPriority', { chips: true }),
    askFilters.select('issueArea', ISSUE_AREA_CODES, 'issueArea'),
  ],
  sorts: askFilters.sorts(['priority', 'name', 'updatedAt', 'createdAt']),
  defaultSort: 'priority',
  rowTitle: (item) => localized(item.title),
  rowTitleExtra: (item) => <RecordMarks record={item} />,
  titleWidth: [18, 3],
  columns: [
    {
      id: 'country',
      header: 'columns.country',
      width: [9, 0],
      render: (item) => <CountryName code={item.country} />,
    },
    {
      id: 'priority',
      header: 'columns.priority',
      width: [8, 0],
      render: (item) => <EnumLabel group="askPriority" value={item.priority} />,
    },
    {
      id: 'status',
      header: 'columns.status',
      width: [9, 0],
      render: (item) => <EnumLabel group="askStatus" value={item.status} />,
    },
    {
      id: 'updatedAt',
      header: 'columns.updatedAt',
      width: [9, 0],
      render: (item) => <Updated iso={item.updatedAt} />,
    },
  ],
  fetchPage: async (params, cursor) =>
    unwrap(await api.GET('/api/asks', { params: { query: asQuery<ListQuery<'asks'>>(params, cursor) } })),
});
