import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AddAsksPanel } from './AddAsksPanel.tsx';
import { type Engagement, useAsks, useCommitments } from './api.ts';
import { useLabels } from './labels.ts';
import { OutcomeModal } from './OutcomeModal.tsx';
import { RatingBadge, ScrollTable, Section } from './parts.tsx';
import classes from './tracker.module.css';

const OUTCOME_COLOR: Record<string, string> = {
  pending: 'gray',
  raised: 'green',
  'not-raised': 'red',
  'not-reported': 'yellow',
};

/** What is to be asked at the engagement and, afterwards, what came of each ask. */
export function AgendaSection({ engagement, onReload }: { engagement: Engagement; onReload: () => void }) {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  const [isPlanning, planning] = useDisclosure(false);
  const [isRecording, recording] = useDisclosure(false);
  const asks = useAsks(engagement.agenda.map((item) => item.askId));
  const given = useCommitments({ engagementId: engagement.id, sort: 'createdAt' });
  const commitments = new Map((given.data?.items ?? []).map((c) => [c.id, c]));
  const canWrite = engagement.abilities.write;
  return (
    <Section
      title={t('agenda.title')}
      testId="agenda"
      actions={
        canWrite ? (
          <>
            <Button variant="light" size="xs" onClick={planning.toggle} aria-expanded={isPlanning}>
              {isPlanning ? t('plan.close') : t('plan.open')}
            </Button>
            {engagement.agenda.length > 0 ? (
              <Button size="xs" onClick={recording.open}>
                {t('outcome.open')}
              </Button>
            ) : null}
          </>
        ) : null
      }
    >
      <Stack gap="sm">
        {isPlanning ? <AddAsksPanel engagement={engagement} onReload={onReload} /> : null}
        {engagement.agenda.length === 0 ? (
          <Text size="sm" c="dimmed">
            {canWrite ? t('agenda.emptyPlan') : t('agenda.empty')}
          </Text>
        ) : (
          <ScrollTable minWidth={640} label={t('agenda.title')}>
            <Table verticalSpacing="xs" data-testid="agenda-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('agenda.ask')}</Table.Th>
                  <Table.Th>{t('agenda.outcome')}</Table.Th>
                  <Table.Th>{t('agenda.response')}</Table.Th>
                  <Table.Th>{t('agenda.commitments')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {engagement.agenda.map((item) => {
                  const ask = asks.get(item.askId);
                  return (
                    <Table.Tr key={item.id} data-testid="agenda-item">
                      <Table.Td>
                        {ask ? (
                          <Anchor component={Link} to={`/asks/${ask.id}`} size="sm" underline="always">
                            {labels.text(ask.title)}
                          </Anchor>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('agenda.hiddenAsk')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Badge
                          maw="none"
                          className={classes.wholeBadge}
                          color={OUTCOME_COLOR[item.outcome]}
                          variant="light"
                        >
                          {labels.of('agendaOutcome', item.outcome)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{labels.text(item.response) || '—'}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4}>
                          {item.commitmentIds.map((id) => {
                            const commitment = commitments.get(id);
                            if (!commitment) return null;
                            return (
                              <Group key={id} gap={6} wrap="nowrap">
                                <Anchor
                                  component={Link}
                                  to={`/commitments/${id}`}
                                  size="sm"
                                  underline="always"
                                >
                                  {labels.text(commitment.title)}
                                </Anchor>
                                <RatingBadge rating={commitment.currentRating} size="sm" />
                              </Group>
                            );
                          })}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
      {isRecording ? (
        <OutcomeModal
          key={engagement.version}
          engagement={engagement}
          asks={asks}
          opened
          onClose={recording.close}
          onReload={onReload}
        />
      ) : null}
    </Section>
  );
}
