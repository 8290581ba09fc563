import { Anchor, Button, Code, CopyButton, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format.ts';
import { useActorName } from '../history/useActorName.ts';
import trackerClasses from '../tracker/tracker.module.css';
import type { DocumentInfo } from './api.ts';
import { NeedsOcrBadge, useFileSize, useKindLabel, useLanguageName } from './parts.tsx';

const ORIGINS = ['api', 'cli'] as const;

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The fingerprint of the original, short on screen and copied whole. */
function Sha256({ value }: { value: string }) {
  const { t } = useTranslation('documents');
  return (
    <Group gap={6} wrap="nowrap">
      <Code title={value} data-testid="sha256">
        {value.slice(0, 16)}…
      </Code>
      <CopyButton value={value} timeout={2000}>
        {({ copied, copy }) => (
          <Button size="compact-xs" variant="subtle" onClick={copy}>
            {copied ? t('facts.copied') : t('facts.copySha256')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

/** What the document is and where it came from: its chain of custody. */
export function DocumentFacts({ document }: { document: DocumentInfo }) {
  const { t } = useTranslation('documents');
  const format = useFormat();
  const size = useFileSize();
  const kindLabel = useKindLabel();
  const languageName = useLanguageName();
  const actorName = useActorName();
  const origin = ORIGINS.find((known) => known === document.origin);
  return (
    <dl className={trackerClasses.facts} data-testid="document-facts">
      <Fact term={t('facts.kind')}>
        {kindLabel(document.kind)}{' '}
        <Text span size="xs" c="dimmed">
          ({document.mediaType})
        </Text>
      </Fact>
      <Fact term={t('facts.size')}>{size(document.sizeBytes)}</Fact>
      <Fact term={t('facts.sha256')}>
        <Sha256 value={document.sha256} />
      </Fact>
      {document.pageCount > 0 ? (
        <Fact term={t('facts.pages')}>{format.number(document.pageCount)}</Fact>
      ) : null}
      <Fact term={t('facts.language')}>{languageName(document.language)}</Fact>
      <Fact term={t('facts.status')}>
        {document.status === 'needs-ocr' ? <NeedsOcrBadge status={document.status} /> : t('status.ready')}
      </Fact>
      <Fact term={t('facts.origin')}>{origin ? t(`origin.${origin}`) : document.origin}</Fact>
      <Fact term={t('facts.addedBy')}>{actorName(document.createdBy)}</Fact>
      <Fact term={t('facts.addedAt')}>{format.dateTime(document.createdAt)}</Fact>
      <Fact term={t('facts.source')}>
        <Anchor component={Link} to={`/sources/${document.sourceId}`} size="sm" underline="always">
          {t('facts.openSource')}
        </Anchor>
      </Fact>
    </dl>
  );
}

/** What the file said of itself (title, author, dates, duration…), as read. */
export function MetadataList({ metadata }: { metadata: DocumentInfo['metadata'] }) {
  const { t } = useTranslation('documents');
  const entries = Object.entries(metadata).filter(([, value]) => value !== null && value !== '');
  if (entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('metadata.none')}
      </Text>
    );
  return (
    <dl className={trackerClasses.facts} data-testid="metadata">
      {entries.map(([key, value]) => (
        <Fact key={key} term={key}>
          {typeof value === 'boolean' ? (value ? t('metadata.yes') : t('metadata.no')) : String(value)}
        </Fact>
      ))}
    </dl>
  );
}
