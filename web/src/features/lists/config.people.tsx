import { api, unwrap } from '../../api/client.ts';
import { CountryName, EnumLabel, EnumList, NameExtras, OtherNames, PartialDate, Updated } from './cells.tsx';
import { GENDERS, OCCUPATIONS, ORG_KINDS, REGISTRATION_STATUSES } from './enums.ts';
import { asQuery, defineList, filtersFor, type ListQuery, type Schemas } from './list-types.ts';
import { primaryName } from './names.ts';

const personFilters = filtersFor<ListQuery<'persons'>>();

export const personsList = defineList<Schemas['Person']>({
  type: 'persons',
  filters: [
    personFilters.select('gender', GENDERS, 'gender', { chips: true }),
    personFilters.select('occupation', OCCUPATIONS, 'occupation'),
    personFilters.partialDate('bornFrom'),
    personFilters.partialDate('bornTo'),
  ],
  sorts: personFilters.sorts(['name', 'updatedAt', 'createdAt']),
  defaultSort: 'name',
  rowTitle: (person) => primaryName(person.names)?.text ?? null,
  rowTitleExtra: (person) => <NameExtras record={person} names={person.names} />,
  titleWidth: [14, 2],
  columns: [
    {
      id: 'otherNames',
      header: 'columns.otherNames',
      width: [10, 2],
      render: (person) => <OtherNames names={person.names} />,
    },
    {
      id: 'occupations',
      header: 'columns.occupations',
      width: [9, 1.5],
      render: (person) => <EnumList group="occupation" values={person.occupations} />,
    },
    {
      id: 'gender',
      header: 'columns.gender',
      width: [7, 0],
      render: (person) => <EnumLabel group="gender" value={person.gender} />,
    },
    {
      id: 'birthDate',
      header: 'columns.birthDate',
      width: [9, 0],
      render: (person) => <PartialDate value={person.birthDate} />,
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
      await api.GET('/api/persons', { params: { query: asQuery<ListQuery<'persons'>>(params, cursor) } }),
    ),
});

const orgFilters = filtersFor<ListQuery<'organizations'>>();

type Organization = Schemas['Organization'];

/** The latest registration step (dates are ISO partial dates, so they sort as text). */
function latestRegistration(organization: Organization): string | null {
  const sorted = [...organization.registrations].sort((a, b) => a.date.localeCompare(b.date));
  return sorted.at(-1)?.status ?? null;
}

export const organizationsList = defineList<Organization>({
  type: 'organizations',
  filters: [
    orgFilters.select('kind', ORG_KINDS, 'kind'),
    orgFilters.country(),
    orgFilters.select('registrationStatus', REGISTRATION_STATUSES, 'status'),
  ],
  sorts: orgFilters.sorts(['name', 'updatedAt', 'createdAt']),
  defaultSort: 'name',
  rowTitle: (organization) => primaryName(organization.names)?.text ?? null,
  rowTitleExtra: (organization) => <NameExtras record={organization} names={organization.names} />,
  titleWidth: [14, 2],
  columns: [
    {
      id: 'otherNames',
      header: 'columns.otherNames',
      width: [10, 2],
      render: (organization) => <OtherNames names={organization.names} />,
    },
    {
      id: 'kind',
      header: 'columns.kind',
      width: [10, 0],
      render: (organization) => <EnumLabel group="kind" value={organization.kind} />,
    },
    {
      id: 'country',
      header: 'columns.country',
      width: [9, 0],
      render: (organization) => <CountryName code={organization.country} />,
    },
    {
      id: 'registration',
      header: 'columns.registration',
      width: [9, 0],
      render: (organization) => <EnumLabel group="status" value={latestRegistration(organization)} />,
    },
    {
      id: 'updatedAt',
      header: 'columns.updatedAt',
      width: [9, 0],
      render: (o) => <Updated iso={o.updatedAt} />,
    },
  ],
  fetchPage: async (params, cursor) =>
    unwrap(
      await api.GET('/api/organizations', {
        params: { query: asQuery<ListQuery<'organizations'>>(params, cursor) },
      }),
    ),
});
