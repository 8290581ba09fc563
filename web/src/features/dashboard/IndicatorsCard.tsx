import { Skeleton, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useFormat } from '../../i18n/format.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SensitivityBadge } from '../../ui/SensitivityBadge.tsx';
import { useDisplayNames } from '../lists/countries.ts';
import type { Schemas } from '../lists/list-types.ts';
import { primaryName } from '../lists/names.ts';
import { Card } from './Card.tsx';
import classes from './dashboard.module.css';

/** Observations shown per indicator, newest first. */
const SHOWN = 4;

type Indicator = Schemas['Indicator'];
type Observation = Indicator['observations'][number];

/** Each indicator of the country with its latest recorded observations. */
export function IndicatorsCard({ country }: { country: string | null }) {
  const { t } = useTranslation('dashboard');
  const names = useDisplayNames();
  const indicators = useQuery({
    queryKey: ['dashboard', 'indicators', country],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/indicators', {
          params: { query: { limit: 100, sort: 'name', ...(country ? { country } : {}) } },
        }),
      ),
    staleTime: 60_000,
  });

  return (
    <Card title={t('indicators.title')} testId="indicators">
      {indicators.isPending ? (
        <Skeleton h={120} />
      ) : indicators.isError ? (
        <ProblemAlert error={indicators.error} />
      ) : indicators.data.items.length === 0 ? (
        <Text c="dimmed">{t('indicators.none')}</Text>
      ) : (
        <Stack gap="md">
          {indicators.data.items.map((indicator) => (
            <div key={indicator.id}>
              <Text fw={600}>
                {primaryName(indicator.names)?.text ?? t('recent.untitled')}
                {!country && indicator.country ? ` · ${names.country(indicator.country)}` : ''}{' '}
                <SensitivityBadge level={indicator.sensitivity} />
              </Text>
              <Text size="xs" c="dimmed">
                {t(`indicators.unit.${indicator.unit}`)}
              </Text>
              <ObservationTable indicator={indicator} />
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}

function ObservationTable({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const observations = [...indicator.observations]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, SHOWN);
  if (observations.length === 0) return <Text size="sm">{t('indicators.noObservations')}</Text>;
  const value = (observation: Observation) => {
    const n = format.number(observation.value) + (indicator.unit === 'percent' ? '%' : '');
    return observation.qualifier === 'exact' ? n : t(`indicators.qualifier.${observation.qualifier}`, { n });
  };
  return (
    <Table withRowBorders={false} verticalSpacing={2}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('indicators.date')}</Table.Th>
          <Table.Th className={classes.numeric}>{t('indicators.value')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {observations.map((observation) => (
          <Table.Tr key={observation.id}>
            <Table.Td>{format.partialDate(observation.date)}</Table.Td>
            <Table.Td className={classes.numeric}>{value(observation)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
