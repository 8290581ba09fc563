import { Anchor, Badge, Button, Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/problem.ts';
import { PageLoader } from '../../app/SignedInLayout.tsx';
import { NotFoundPage } from '../../ui/NotFoundPage.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { type Engagement, useEngagement } from '../tracker/api.ts';
import { useLabels } from '../tracker/labels.ts';
import { type DocumentFormat, FORMAT_NAMES, FORMATS, type Letter, type Standing } from './api.ts';
import { MarkdownView } from './MarkdownView.tsx';

/** The engagement named in the address, loaded, then the screen made from it. */
export function WithEngagement({ children }: { children: (engagement: Engagement) => ReactNode }) {
  const { id } = useParams();
  const engagement = useEngagement(id);
  if (engagement.isPending) return <PageLoader />;
  if (engagement.isError) {
    if (isApiError(engagement.error) && [400, 404, 410].includes(engagement.error.status))
      return <NotFoundPage />;
    return <ProblemAlert error={engagement.error} />;
  }
  return children(engagement.data);
}

/** A section's content on its way, announced once. */
export function InlineLoader() {
  const { t } = useTranslation();
  return (
    <Center py="md" role="status">
      <Loader size="sm" aria-label={t('loading')} />
    </Center>
  );
}

/** A screen opened from an engagement: its title, the engagement's, and a link back to it. */
export function EngagementHeader({ title, engagement }: { title: string; engagement: Engagement }) {
  const { t } = useTranslation('letters');
  const labels = useLabels();
  return (
    <PageHeader
      title={title}
      subtitle={labels.text(engagement.title)}
      actions={
        <Anchor component={Link} to={`/engagements/${engagement.id}`} size="sm" underline="always">
          {t('backTo', { title: labels.text(engagement.title) })}
        </Anchor>
      }
    />
  );
}

/** A drafted text shown before it is kept or exported; what to do to see one while there is none. */
export function PreviewPanel({
  title,
  markdown,
  error,
  emptyHint,
}: {
  title?: string | undefined;
  markdown: string | undefined;
  error: unknown;
  emptyHint: string;
}) {
  const { t } = useTranslation('letters');
  return (
    <Paper withBorder p="md" radius="md" aria-live="polite">
      <ProblemAlert error={error} title={t('preview.failed')} />
      {markdown === undefined ? (
        error ? null : (
          <Text size="sm" c="dimmed">
            {emptyHint}
          </Text>
        )
      ) : (
        <Stack gap="xs">
          {title ? (
            <Text fw={700} size="lg">
              {title}
            </Text>
          ) : null}
          <MarkdownView markdown={markdown} headingLevel={3} label={t('preview.title')} />
        </Stack>
      )}
    </Paper>
  );
}

/** One button a format, each starting its download. */
export function FormatButtons({
  onDownload,
  hrefOf,
  busy,
  label,
}: {
  onDownload?: (format: DocumentFormat) => void;
  hrefOf?: (format: DocumentFormat) => string;
  busy?: DocumentFormat | null;
  label: string;
}) {
  const { t } = useTranslation('letters');
  return (
    <Group gap="xs" role="group" aria-label={label}>
      {FORMATS.map((format) =>
        hrefOf ? (
          <Button key={format} component="a" href={hrefOf(format)} download variant="default" size="xs">
            {t('export.as', { format: FORMAT_NAMES[format] })}
          </Button>
        ) : (
          <Button
            key={format}
            variant="default"
            size="xs"
            loading={busy === format}
            onClick={() => onDownload?.(format)}
          >
            {t('export.as', { format: FORMAT_NAMES[format] })}
          </Button>
        ),
      )}
    </Group>
  );
}

export const STATUS_COLOR: Record<Letter['status'], string> = {
  draft: 'gray',
  circulating: 'blue',
  final: 'green',
};

export function StatusBadge({ status }: { status: Letter['status'] }) {
  const { t } = useTranslation('letters');
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" maw="none" data-testid="letter-status">
      {t(`status.${status}`)}
    </Badge>
  );
}

const STANDING_COLOR: Record<Standing['standing'], string> = {
  invited: 'gray',
  'needs-confirmation': 'orange',
  signed: 'green',
  'signed-anonymously': 'teal',
  declined: 'red',
  withdrawn: 'red',
};

export function StandingBadge({ standing }: { standing: Standing['standing'] }) {
  const { t } = useTranslation('letters');
  return (
    <Badge color={STANDING_COLOR[standing]} variant="light" maw="none" data-testid="standing">
      {t(`standing.${standing}`)}
    </Badge>
  );
}
