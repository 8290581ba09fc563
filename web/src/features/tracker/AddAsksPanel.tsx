import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../app/SignedInLayout.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { type Engagement, useOpenAsks } from './api.ts';
import { isConflict } from './form-errors.ts';
import { useLabels } from './labels.ts';
import { ConflictAlert } from './parts.tsx';
import classes from './tracker.module.css';
import { agendaBody, useEngagementWrite } from './use-engagement-write.ts';

const PRIORITY_COLOR: Record<string, string> = { high: 'red', medium: 'yellow', low: 'gray' };

/** The open asks to the engagement's governments that are not on its agenda yet, each added with one click. */
export function AddAsksPanel({ engagement, onReload }: { engagement: Engagement; onReload: () => void }) {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  const open = useOpenAsks(engagement.countries, true);
  const write = useEngagementWrite(engagement);
  const onAgenda = new Set(engagement.agenda.map((item) => item.askId));
  const candidates = (open.data?.items ?? []).filter((ask) => !onAgenda.has(ask.id));
  if (open.isPending) return <PageLoader />;
  if (open.isError) return <ProblemAlert error={open.error} />;
  return (
    <Paper withBorder p="sm" data-testid="add-asks">
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('plan.help', {
            countries: engagement.countries.map((code) => labels.country(code)).join(', '),
          })}
        </Text>
        {isConflict(write.error) ? (
          <ConflictAlert
            onReload={() => {
              write.reset();
              onReload();
            }}
          />
        ) : (
          <ProblemAlert error={write.error} />
        )}
        {open.data.isPartial ? <Alert color="yellow">{t('plan.partial')}</Alert> : null}
        {candidates.length === 0 ? (
          <Text size="sm">{t('plan.none')}</Text>
        ) : (
          <Stack component="ul" gap={6} className={classes.cards}>
            {candidates.map((ask) => {
              const title = labels.text(ask.title);
              return (
                <Group
                  component="li"
                  key={ask.id}
                  justify="space-between"
                  wrap="nowrap"
                  data-testid="open-ask"
                >
                  <Group gap="xs" wrap="nowrap">
                    <Badge maw="none" color={PRIORITY_COLOR[ask.priority]} variant="light" size="sm">
                      {labels.of('askPriority', ask.priority)}
                    </Badge>
                    <Anchor component={Link} to={`/asks/${ask.id}`} size="sm" underline="always">
                      {title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {labels.country(ask.country)} · {labels.of('askStatus', ask.status)}
                    </Text>
                  </Group>
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={t('plan.addOne', { title })}
                    disabled={write.isPending}
                    onClick={() => write.mutate({ agenda: [...agendaBody(engagement), { askId: ask.id }] })}
                  >
                    {t('plan.add')}
                  </Button>
                </Group>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
