import { Anchor, Badge, Blockquote, Group, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OpenAtPage } from '../../documents/OpenAtPage.tsx';
import type { Citation, Source } from '../shared/types.ts';
import classes from './citations.module.css';

/**
 * A footnote marker beside a fact: a numbered button that opens the source, where in it, and the
 * quote (exact words) or summary (ours), with a link to the source's page.
 */
export function CitationMarker({
  number,
  citation,
  source,
}: {
  number: number;
  citation: Citation;
  source: Source | undefined;
}) {
  const { t } = useTranslation('records');
  const title = source?.title ?? t('citations.unreadableSource');
  return (
    <Popover
      width={360}
      position="bottom-start"
      withArrow
      shadow="md"
      trapFocus={false}
      transitionProps={{ duration: 0 }}
    >
      <Popover.Target>
        <UnstyledButton
          className={classes.marker}
          aria-label={t('citations.marker', { number, title })}
          data-testid="citation-marker"
        >
          <sup>[{number}]</sup>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <CitationDetail citation={citation} source={source} title={title} />
      </Popover.Dropdown>
    </Popover>
  );
}

/** One part of a citation after its name ("Page: 2"); nothing when the citation leaves it out. */
function Labelled({ label, value }: { label: string; value: string | number | null }) {
  if (value === null || value === '') return null;
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {label}:{' '}
      </Text>
      {value}
    </Text>
  );
}

export function CitationDetail({
  citation,
  source,
  title,
}: {
  citation: Citation;
  source: Source | undefined;
  title: string;
}) {
  const { t } = useTranslation('records');
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        {source ? (
          <Anchor component={Link} to={`/sources/${citation.sourceId}`} fw={600} size="sm">
            {title}
          </Anchor>
        ) : (
          <Text fw={600} size="sm">
            {title}
          </Text>
        )}
      </Group>
      {source ? (
        <Group gap={4}>
          <Badge variant="light" color="gray" size="xs">
            {t(`vocabulary:kind.${source.kind}`)}
          </Badge>
          <Badge variant="light" color="gray" size="xs">
            {t(`vocabulary:reliability.${source.reliability}`)}
          </Badge>
        </Group>
      ) : null}
      <Labelled label={t('citations.locator')} value={citation.locator} />
      <Labelled label={t('documents:citation.page')} value={citation.page} />
      {citation.quote ? (
        <Blockquote p="xs" cite={t('citations.quote')}>
          {citation.quote}
        </Blockquote>
      ) : null}
      <Labelled label={t('citations.summary')} value={citation.summary} />
      {citation.page ? (
        <OpenAtPage sourceId={citation.sourceId} page={citation.page} quote={citation.quote} />
      ) : null}
    </Stack>
  );
}
