import { Anchor, Skeleton, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client.ts';
import { useFormat } from '../../i18n/format.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { Card } from './Card.tsx';
import classes from './dashboard.module.css';
import { today } from './today.ts';

type Custody = 'deprived' | 'restricted';

/**
 * People deprived of liberty (or restricted) today, counted as CPJ does: in custody at 00:01. Partial
 * dates make some uncertain, so the count is given as certain, "possibly" more.
 */
export function CensusCard({ country }: { country: string | null }) {
  const { t } = useTranslation('dashboard');
  const day = today();
  return (
    <Card title={t('census.title')} testId="census">
      <div className={classes.census}>
        <CensusFigure custody="deprived" country={country} day={day} />
        <CensusFigure custody="restricted" country={country} day={day} />
      </div>
      <Text size="xs" c="dimmed" mt="sm">
        {t('census.rule')}
      </Text>
    </Card>
  );
}

function CensusFigure({ custody, country, day }: { custody: Custody; country: string | null; day: string }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const census = useQuery({
    queryKey: ['census', custody, country, day],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/cases/census', {
          params: { query: { on: day, custody, ...(country ? { country } : {}) } },
        }),
      ),
  });
  const cases = new URLSearchParams({ inCustodyOn: day, custody, ...(country ? { country } : {}) });
  return (
    <Stack gap={4} data-testid={`census-${custody}`}>
      <Text fw={600}>{t(`census.${custody}`)}</Text>
      {census.isPending ? (
        <Skeleton h={44} w={80} />
      ) : census.isError ? (
        <ProblemAlert error={census.error} />
      ) : (
        <>
          <div className={classes.figure} data-testid={`census-${custody}-certain`}>
            {format.number(census.data.certain)}
          </div>
          {census.data.possible > census.data.certain ? (
            <Text size="sm" data-testid={`census-${custody}-possible`}>
              {t('census.possibly', { n: format.number(census.data.possible) })}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            {t('census.asOf', { date: format.partialDate(day) })}
          </Text>
          <Anchor component={Link} to={`/cases?${cases}`} size="sm">
            {t('census.theirCases')}
          </Anchor>
        </>
      )}
    </Stack>
  );
}
