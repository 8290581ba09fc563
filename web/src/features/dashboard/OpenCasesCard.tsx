import { Anchor, Skeleton, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import type { CaseStatus } from '../lists/enums.ts';
import { fetchAll } from '../lists/fetch-all.ts';
import type { Schemas } from '../lists/list-types.ts';
import { Card } from './Card.tsx';
import classes from './dashboard.module.css';

/** Statuses that end a case: nothing more is pending for the victim in it. */
const CLOSED: ReadonlySet<CaseStatus> = new Set(['released', 'acquitted', 'died-in-custody']);

/**
 * Open cases by type. The API has no count by type, so the cases are read (up to 1,000) and counted
 * here; a note says when there were more.
 */
export function OpenCasesCard({ country }: { country: string | null }) {
  const { t } = useTranslation(['dashboard', 'lists']);
  const format = useFormat();
  const cases = useQuery({
    queryKey: ['dashboard', 'cases', country],
    queryFn: () => fetchAll<Schemas['Case']>('cases', country ? { country } : {}, 10),
    staleTime: 60_000,
  });
  const counts = new Map<string, number>();
  for (const item of cases.data?.items ?? []) {
    if (CLOSED.has(item.derived.status)) continue;
    counts.set(item.caseType, (counts.get(item.caseType) ?? 0) + 1);
  }
  const rows = [...counts].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, count]) => sum + count, 0);
  const listLink = (caseType?: string) =>
    `/cases?${new URLSearchParams({ ...(caseType ? { caseType } : {}), ...(country ? { country } : {}) })}`;

  return (
    <Card title={t('openCases.title')} testId="open-cases">
      {cases.isPending ? (
        <Skeleton h={120} />
      ) : cases.isError ? (
        <ProblemAlert error={cases.error} />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('openCases.none')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('openCases.type')}</Table.Th>
              <Table.Th className={classes.numeric}>{t('openCases.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([caseType, count]) => (
              <Table.Tr key={caseType}>
                <Table.Td>
                  <Anchor component={Link} to={listLink(caseType)}>
                    {t(`vocabulary:caseType.${caseType}`)}
                  </Anchor>
                </Table.Td>
                <Table.Td className={classes.numeric}>{format.number(count)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('openCases.total')}</Table.Th>
              <Table.Th className={classes.numeric} data-testid="open-cases-total">
                {format.number(total)}
              </Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      <Text size="xs" c="dimmed" mt="sm">
        {cases.data?.isPartial
          ? t('openCases.partial', { n: format.number(cases.data.items.length) })
          : t('openCases.rule')}{' '}
        <Anchor component={Link} to={listLink()} size="xs" underline="always">
          {t('openCases.all')}
        </Anchor>
      </Text>
    </Card>
  );
}
