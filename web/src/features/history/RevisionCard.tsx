import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { ChangeTable } from './ChangeTable.tsx';
import { visibleChanges } from './diff.ts';
import classes from './history.module.css';
import type { Revision, RevisionAction } from './history-api.ts';

// Dark shades with white text: Mantine's light badges fall short of 4.5:1 at this size.
const ACTION_COLOR: Record<RevisionAction, string> = {
  create: 'teal.9',
  update: 'blue.9',
  delete: 'red.9',
  undelete: 'teal.9',
  restore: 'violet.9',
  publish: 'cyan.9',
  unpublish: 'gray.8',
  purge: 'orange.9',
};

/** One revision: what happened, who, when, and its changes field by field. */
export const RevisionCard = forwardRef<
  HTMLElement,
  {
    revision: Revision;
    isCurrent: boolean;
    isNew: boolean;
    restoredFromVersion: number | null;
    actorName: (actor: string) => string;
    /** Absent when the caller may not restore, or for the current revision. */
    onRestore?: () => void;
  }
>(function RevisionCard({ revision, isCurrent, isNew, restoredFromVersion, actorName, onRestore }, ref) {
  const { t } = useTranslation('history');
  const format = useFormat();
  const changes = visibleChanges(revision);
  const headingId = `revision-${revision.id}`;
  return (
    <Paper
      component="article"
      ref={ref}
      withBorder
      p="md"
      radius="md"
      aria-labelledby={headingId}
      tabIndex={-1}
      className={isNew ? classes.highlight : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Group gap="xs">
              <Text component="h2" fw={600} size="md" id={headingId}>
                {t('revision.heading', { version: revision.version })}
              </Text>
              <Badge color={ACTION_COLOR[revision.action]}>{t(`action.${revision.action}`)}</Badge>
              {isCurrent ? (
                <Badge variant="outline" color="gray.8">
                  {t('revision.current')}
                </Badge>
              ) : null}
              {isNew ? <Badge color="violet.9">{t('revision.new')}</Badge> : null}
            </Group>
            <Text size="sm" c="dimmed">
              {t('revision.byline', { who: actorName(revision.actor) })}{' '}
              <time dateTime={revision.at} title={format.dateTime(revision.at)}>
                {format.dateTime(revision.at)}
              </time>
            </Text>
            {restoredFromVersion !== null ? (
              <Text size="sm">{t('revision.restoredFrom', { version: restoredFromVersion })}</Text>
            ) : null}
          </Stack>
          {onRestore ? (
            <Button variant="light" size="xs" onClick={onRestore}>
              {t('revision.restore', { version: revision.version })}
            </Button>
          ) : null}
        </Group>
        {changes.length > 0 ? (
          <ChangeTable
            changes={changes}
            caption={t('revision.caption', { version: revision.version })}
            mode={revision.action === 'create' ? 'create' : 'change'}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('revision.noVisibleChanges')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
});
