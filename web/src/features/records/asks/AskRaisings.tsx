import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickLanguage } from '../../../../../src/core/language.ts';
import { api, unwrap } from '../../../api/client.ts';
import { useFormat } from '../../../i18n/format.ts';
import { RecordName } from '../shared/RecordName.tsx';
import { LocalizedTextView } from '../shared/values.tsx';

/**
 * Where an ask was raised and what came of it: each engagement whose agenda held it, with the outcome
 * and the government's answer, then the commitments that answer it (those the caller may see).
 */
export function AskRaisings({ askId }: { askId: string }) {
  const { t, i18n } = useTranslation('records');
  const format = useFormat();
  const history = useQuery({
    queryKey: ['ask-history', askId],
    queryFn: async () => unwrap(await api.GET('/api/asks/{id}/history', { params: { path: { id: askId } } })),
  });
  if (!history.data) return null;
  const { raisings, commitmentIds } = history.data;
  return (
    <section aria-labelledby="ask-raisings">
      <Title order={2} size="h4" id="ask-raisings" mb="xs">
        {t('ask.raisings')}
      </Title>
      <Stack gap="xs">
        {raisings.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('ask.notRaised')}
          </Text>
        ) : null}
        {raisings.map((raising) => (
          <Paper key={raising.agendaItemId} withBorder p="xs" radius="sm">
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/engagements/${raising.engagementId}`} underline="always">
                {pickLanguage(raising.engagementTitle, i18n.language)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {format.partialDate(raising.startsOn)}
              </Text>
              <Badge variant="light" color="gray" radius="sm" size="sm">
                {t(`vocabulary:agendaOutcome.${raising.outcome}`, { defaultValue: raising.outcome })}
              </Badge>
            </Group>
            {raising.response ? <LocalizedTextView value={raising.response} /> : null}
          </Paper>
        ))}
      </Stack>
      <Title order={3} size="h5" mt="md" mb="xs">
        {t('ask.commitments')}
      </Title>
      {commitmentIds.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('ask.noCommitments')}
        </Text>
      ) : (
        <Stack gap={4}>
          {commitmentIds.map((id) => (
            <RecordName key={id} segment="commitments" id={id} />
          ))}
        </Stack>
      )}
    </section>
  );
}
