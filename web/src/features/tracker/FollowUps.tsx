import { Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session.ts';
import { useFormat } from '../../i18n/format.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import type { Engagement } from './api.ts';
import { isConflict, serverFieldErrors } from './form-errors.ts';
import { useLabels } from './labels.ts';
import { ConflictAlert, OverdueBadge, ScrollTable, Section } from './parts.tsx';
import { DAY, today } from './ratings.ts';
import { useEngagementWrite } from './use-engagement-write.ts';

type FollowUp = Engagement['followUps'][number];

/** The tasks the engagement leaves behind: who does what by when, and which are done. */
export function FollowUps({ engagement, onReload }: { engagement: Engagement; onReload: () => void }) {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  const format = useFormat();
  const user = useCurrentUser();
  const write = useEngagementWrite(engagement);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [isMine, setIsMine] = useState(true);
  const day = today();
  const canWrite = engagement.abilities.write;
  const owner = (item: FollowUp) =>
    item.ownerUserId === null
      ? t('followUps.nobody')
      : item.ownerUserId === user.id
        ? t('followUps.you')
        : `${item.ownerUserId.slice(0, 8)}…`;
  const markDone = (id: string) =>
    write.mutate({
      followUps: engagement.followUps.map((item) => (item.id === id ? { ...item, status: 'done' } : item)),
    });
  const add = () => {
    if (!title.trim()) return;
    write.mutate(
      {
        followUps: [
          ...engagement.followUps,
          {
            title: title.trim(),
            ownerUserId: isMine ? user.id : null,
            dueOn: dueOn.trim() || null,
            status: 'open',
          },
        ],
      },
      {
        onSuccess: () => {
          setTitle('');
          setDueOn('');
        },
      },
    );
  };
  const errors = serverFieldErrors(write.error);
  const dueError = Object.entries(errors).find(([path]) => path.endsWith('dueOn'))?.[1];
  return (
    <Section title={t('followUps.title')} testId="follow-ups">
      <Stack gap="sm">
        {engagement.followUps.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('followUps.none')}
          </Text>
        ) : (
          <ScrollTable minWidth={560} label={t('followUps.title')}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('followUps.task')}</Table.Th>
                  <Table.Th>{t('followUps.owner')}</Table.Th>
                  <Table.Th>{t('followUps.due')}</Table.Th>
                  <Table.Th>{t('followUps.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {engagement.followUps.map((item) => {
                  const isLate = item.status === 'open' && item.dueOn !== null && item.dueOn < day;
                  return (
                    <Table.Tr key={item.id} data-testid="follow-up">
                      <Table.Td>{item.title}</Table.Td>
                      <Table.Td>{owner(item)}</Table.Td>
                      <Table.Td>
                        <Group gap={6}>
                          <Text size="sm">{item.dueOn ? format.partialDate(item.dueOn) : '—'}</Text>
                          {isLate ? <OverdueBadge size="sm" /> : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6}>
                          <Badge maw="none" variant="light" color={item.status === 'done' ? 'green' : 'gray'}>
                            {labels.of('followUpStatus', item.status)}
                          </Badge>
                          {canWrite && item.status === 'open' ? (
                            <Button
                              size="compact-xs"
                              variant="light"
                              disabled={write.isPending}
                              aria-label={t('followUps.markDoneOne', { title: item.title })}
                              onClick={() => markDone(item.id)}
                            >
                              {t('followUps.markDone')}
                            </Button>
                          ) : null}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {isConflict(write.error) ? (
          <ConflictAlert
            onReload={() => {
              write.reset();
              onReload();
            }}
          />
        ) : (
          <ProblemAlert error={Object.keys(errors).length ? null : write.error} />
        )}
        {canWrite ? (
          <Paper withBorder p="sm">
            <Group align="flex-end" wrap="wrap" gap="sm">
              <TextInput
                label={t('followUps.newTask')}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                w={320}
              />
              <TextInput
                label={t('followUps.due')}
                type="date"
                value={dueOn}
                onChange={(e) => setDueOn(e.currentTarget.value)}
                error={dueOn && !DAY.test(dueOn) ? t('date.day') : dueError}
              />
              <Checkbox
                label={t('followUps.mine')}
                checked={isMine}
                onChange={(e) => setIsMine(e.currentTarget.checked)}
                mb={8}
              />
              <Button variant="light" onClick={add} disabled={!title.trim() || write.isPending}>
                {t('followUps.add')}
              </Button>
            </Group>
          </Paper>
        ) : null}
      </Stack>
    </Section>
  );
}
