import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Source } from './api.ts';
import { useLabels } from './labels.ts';
import { type CurrentRating, RATING_COLOR } from './ratings.ts';

export function RatingBadge({ rating, size = 'md' }: { rating: CurrentRating; size?: 'sm' | 'md' | 'lg' }) {
  const labels = useLabels();
  return (
    <Badge maw="none" color={RATING_COLOR[rating]} variant="light" size={size} data-testid="rating-badge">
      {labels.of('rating', rating)}
    </Badge>
  );
}

export function OverdueBadge({ size = 'md' }: { size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation('tracker');
  return (
    <Badge maw="none" color="red" variant="filled" size={size} data-testid="overdue">
      {t('overdue')}
    </Badge>
  );
}

/** A titled part of a page: an h2 the section is labelled by, its actions, then its content. */
export function Section({
  title,
  actions,
  children,
  testId,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} data-testid={testId}>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
      {children}
    </section>
  );
}

/** The answer to a write made on a version someone else has since replaced: reload, then redo. */
export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation('tracker');
  return (
    <Alert color="orange" role="alert" title={t('conflict.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('conflict.detail')}</Text>
        <Button size="xs" variant="light" color="orange" onClick={onReload}>
          {t('conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}

/** A link to a record's tracker page by its title; nothing while the title is unknown. */
export function TitleLink({ to, title }: { to: string; title: string | undefined }) {
  if (!title) return null;
  return (
    <Anchor component={Link} to={to} underline="always">
      {title}
    </Anchor>
  );
}

/** One piece of evidence: its source's title (linked), where in it, and the summary. */
export function EvidenceLine({
  evidence,
  sources,
}: {
  evidence: { sourceId: string; locator?: string; summary?: string };
  sources: ReadonlyMap<string, Source>;
}) {
  const { t } = useTranslation('tracker');
  const source = sources.get(evidence.sourceId);
  return (
    <Stack gap={0} data-testid="evidence">
      <Text size="sm">
        {source ? (
          <Anchor component={Link} to={`/sources/${evidence.sourceId}`} underline="always">
            {source.title}
          </Anchor>
        ) : (
          <Text component="span" c="dimmed" size="sm">
            {t('evidence.hiddenSource')}
          </Text>
        )}
        {evidence.locator ? `, ${evidence.locator}` : ''}
      </Text>
      {evidence.summary ? (
        <Text size="sm" c="dimmed">
          {t('evidence.summaryMark')}: {evidence.summary}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * A table that scrolls sideways when the screen is narrow. The scrolling viewport is a named,
 * focusable region, so keyboard users can scroll it even when no cell holds a link.
 */
export function ScrollTable({
  minWidth,
  label,
  children,
}: {
  minWidth: number;
  label: string;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': label } }}
    >
      {children}
    </Table.ScrollContainer>
  );
}
