import { Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../app/SignedInLayout.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { type ScorecardTotals, useScorecard } from './api.ts';
import { useLabels } from './labels.ts';
import { OverdueBadge, RatingBadge, ScrollTable } from './parts.tsx';
import { RatingChart, TimelineChart } from './ScorecardCharts.tsx';
import classes from './tracker.module.css';

function usePercent() {
  const format = useFormat();
  const percent = new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 0 });
  return (share: number | null) => (share === null ? '—' : percent.format(share));
}

function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Paper withBorder p="xs" className={classes.stat} data-testid={testId}>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Paper>
  );
}

function Totals({ totals }: { totals: ScorecardTotals }) {
  const { t } = useTranslation('tracker');
  const format = useFormat();
  const percent = usePercent();
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
      <Stat
        label={t('scorecard.commitments')}
        value={format.number(totals.commitments)}
        testId="stat-total"
      />
      <Stat label={t('scorecard.rated')} value={format.number(totals.rated)} />
      <Stat label={t('scorecard.shareKept')} value={percent(totals.shareKept)} testId="stat-share-kept" />
      <Stat label={t('scorecard.overdue')} value={format.number(totals.overdue)} testId="stat-overdue" />
      <Stat
        label={t('scorecard.medianDays')}
        value={
          totals.medianDaysToKept === null
            ? '—'
            : t('scorecard.days', {
                count: totals.medianDaysToKept,
                days: format.number(totals.medianDaysToKept),
              })
        }
      />
    </SimpleGrid>
  );
}

/** A government's scorecard as of one day: totals, the two charts, issue areas and the commitments. */
export function ScorecardColumn({ country, asOf }: { country: string; asOf: string }) {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  const format = useFormat();
  const percent = usePercent();
  const scorecard = useScorecard(country, asOf);
  const headingId = `scorecard-${asOf}`;
  if (scorecard.isPending) return <PageLoader />;
  if (scorecard.isError) return <ProblemAlert error={scorecard.error} />;
  const card = scorecard.data;
  return (
    <Stack gap="md" component="section" aria-labelledby={headingId} data-testid="scorecard-column">
      <Title order={2} size="h3" id={headingId}>
        {t('scorecard.asOf', { country: labels.country(card.country), date: format.partialDate(card.asOf) })}
      </Title>
      {card.totals.commitments === 0 ? (
        <Text size="sm" c="dimmed">
          {t('scorecard.none')}
        </Text>
      ) : (
        <>
          <Totals totals={card.totals} />
          <RatingChart scorecard={card} />
          <TimelineChart scorecard={card} />
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('scorecard.byIssueArea')}
            </Title>
            {card.byIssueArea.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('scorecard.noIssueAreas')}
              </Text>
            ) : (
              <ScrollTable minWidth={420} label={t('scorecard.byIssueArea')}>
                <Table withTableBorder verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('scorecard.issueArea')}</Table.Th>
                      <Table.Th scope="col">{t('scorecard.commitments')}</Table.Th>
                      <Table.Th scope="col">{t('scorecard.shareKept')}</Table.Th>
                      <Table.Th scope="col">{t('scorecard.overdue')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {card.byIssueArea.map((section) => (
                      <Table.Tr key={section.issueArea}>
                        <Table.Th scope="row" fw={400}>
                          {labels.of('issueArea', section.issueArea)}
                        </Table.Th>
                        <Table.Td>{format.number(section.totals.commitments)}</Table.Td>
                        <Table.Td>{percent(section.totals.shareKept)}</Table.Td>
                        <Table.Td>{format.number(section.totals.overdue)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
          </Stack>
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('scorecard.list')}
            </Title>
            <Stack component="ul" gap={4} className={classes.cards}>
              {card.commitments.map((c) => (
                <Group component="li" key={c.id} gap={6}>
                  <Anchor component={Link} to={`/commitments/${c.id}`} size="sm" underline="always">
                    {labels.text(c.title)}
                  </Anchor>
                  <RatingBadge rating={c.rating} size="sm" />
                  {c.isOverdue ? <OverdueBadge size="sm" /> : null}
                </Group>
              ))}
            </Stack>
          </Stack>
        </>
      )}
    </Stack>
  );
}
