import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { CountryName, EnumLabel, RecordMarks, Updated, VictimName } from './cells.tsx';
import { CASE_STATUSES, CASE_TYPES, CUSTODY } from './enums.ts';
import { asQuery, defineList, filtersFor, type ListQuery, type Schemas } from './list-types.ts';

const caseFilters = filtersFor<ListQuery<'cases'>>();

type Case = Schemas['Case'];

/** A case's status, derived from its timeline: shown, never typed. */
function CaseStatus({ item }: { item: Case }) {
  const { t } = useTranslation('lists');
  return <span title={t('derivedStatus')}>{t(`vocabulary:caseStatus.${item.derived.status}`)}</span>;
}

export const casesList = defineList<Case>({
  type: 'cases',
  filters: [
    caseFilters.select('caseType', CASE_TYPES, 'caseType'),
    caseFilters.select('status', CASE_STATUSES, 'caseStatus'),
    caseFilters.country(),
    caseFilters.day('inCustodyOn'),
    caseFilters.select('custody', CUSTODY, 'custodyKind', { chips: true }),
  ],
  sorts: caseFilters.sorts(['createdAt', 'updatedAt', 'title']),
  defaultSort: 'createdAt',
  rowTitle: (item) => item.title,
  rowTitleExtra: (item) => <RecordMarks record={item} />,
  titleWidth: [14, 2],
  columns: [
    {
      id: 'victim',
      header: 'columns.victim',
      width: [10, 1.5],
      render: (item) => <VictimName id={item.victimId} />,
    },
    {
      id: 'caseType',
      header: 'columns.caseType',
      width: [9, 1],
      render: (item) => <EnumLabel group="caseType" value={item.caseType} />,
    },
    {
      id: 'country',
      header: 'columns.country',
      width: [9, 0],
      render: (item) => <CountryName code={item.country} />,
    },
    {
      id: 'status',
      header: 'columns.status',
      width: [9, 1],
      render: (item) => <CaseStatus item={item} />,
    },
    {
      id: 'updatedAt',
      header: 'columns.updatedAt',
      width: [9, 0],
      render: (c) => <Updated iso={c.updatedAt} />,
    },
  ],
  fetchPage: async (params, cursor) =>
    unwrap(await api.GET('/api/cases', { params: { query: asQuery<ListQuery<'cases'>>(params, cursor) } })),
});
