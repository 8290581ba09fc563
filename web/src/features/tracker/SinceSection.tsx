import { Anchor, Badge, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { type ScoredCommitment, useEngagementScorecard } from './api.ts';
import { useLabels } from './labels.ts';
import { OverdueBadge, RatingBadge, ScrollTable, Section } from './parts.tsx';
import { DAY, today } from './ratings.ts';
import classes from './tracker.module.css';

function Scored({ commitments }: { commitments: readonly ScoredCommitment[] }) {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  if (commitments.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('since.noCommitments')}
      </Text>
    );
  return (
    <Stack gap={4}>
      {commitments.map((c) => (
        <Group key={c.id} gap={6}>
          <Anchor component={Link} to={`/commitments/${c.id}`} size="sm" underline="always">
            {labels.text(c.title)}
          </Anchor>
          <RatingBadge rating={c.rating} size="sm" />
          {c.isOverdue ? <OverdueBadge size="sm" /> : null}
        </Group>
      ))}
    </Stack>
  );
}

/** What came of each ask since the engagement: its commitments as rated on a chosen day. */
export function SinceSection({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  const format = useFormat();
  const [asOf, setAsOf] = useState(today());
  const day = DAY.test(asOf) ? asOf : null;
  const scorecard = useEngagementScorecard(engagementId, day);
  return (
    <Section title={t('since.title')} testId="since">
      <Stack gap="sm">
        <TextInput
          label={t('since.asOf')}
          type="date"
          w={200}
          value={asOf}
          onChange={(e) => setAsOf(e.currentTarget.value)}
          error={day ? undefined : t('date.day')}
        />
        <ProblemAlert error={scorecard.error} />
        {scorecard.data ? (
          <>
            <Text size="sm" c="dimmed">
              {t('since.summary', { date: format.partialDate(scorecard.data.asOf) })}
            </Text>
            {scorecard.data.items.length === 0 ? (
              <Text size="sm">{t('agenda.empty')}</Text>
            ) : (
              <ScrollTable minWidth={560} label={t('since.title')}>
                <Table verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('agenda.ask')}</Table.Th>
                      <Table.Th>{t('agenda.outcome')}</Table.Th>
                      <Table.Th>{t('since.ratings')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {scorecard.data.items.map((item) => (
                      <Table.Tr key={item.agendaItemId}>
                        <Table.Td>
                          {item.askTitle ? (
                            <Anchor component={Link} to={`/asks/${item.askId}`} size="sm" underline="always">
                              {labels.text(item.askTitle)}
                            </Anchor>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {t('agenda.hiddenAsk')}
                            </Text>
                          )}
                          {item.askStatus ? (
                            <Text size="xs" c="dimmed">
                              {labels.of('askStatus', item.askStatus)}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <Badge maw="none" className={classes.wholeBadge} variant="light" color="gray">
                            {labels.of('agendaOutcome', item.outcome)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Scored commitments={item.commitments} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
            {scorecard.data.otherCommitments.length ? (
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t('since.other')}
                </Text>
                <Scored commitments={scorecard.data.otherCommitments} />
              </Stack>
            ) : null}
          </>
        ) : null}
      </Stack>
    </Section>
  );
}
