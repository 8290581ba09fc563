import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/session.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Section } from '../tracker/parts.tsx';
import { type DocumentInfo, originalUrl, workingUrl } from './api.ts';
import { DocumentFacts, MetadataList } from './DocumentFacts.tsx';
import classes from './documents.module.css';
import { PageViewer } from './PageViewer.tsx';
import { useFileSize, useKindLabel, WithDocument, WRITER_ROLES } from './parts.tsx';
import { redactPath } from './redaction-api.ts';

/** The original (the evidentiary copy, exactly as it came in) and, for an image, its working copy. */
function Downloads({ document }: { document: DocumentInfo }) {
  const { t } = useTranslation('documents');
  return (
    <Group gap="xs" role="group" aria-label={t('files.label')}>
      <Button component="a" href={originalUrl(document.id)} download variant="default" size="xs">
        {t('files.original')}
      </Button>
      {document.hasWorkingCopy ? (
        <Button component="a" href={workingUrl(document.id)} download variant="default" size="xs">
          {t('files.working')}
        </Button>
      ) : null}
    </Group>
  );
}

/** An image as its working copy shows it: the same pixels, without the EXIF and GPS of the original. */
function ImageView({ document }: { document: DocumentInfo }) {
  const { t } = useTranslation('documents');
  return (
    <Paper withBorder p="xs" radius="md">
      <img
        src={workingUrl(document.id)}
        alt={t('image.alt', { name: document.fileName })}
        className={classes.image}
        data-testid="working-image"
      />
      <Text size="xs" c="dimmed" mt={4}>
        {t('image.help')}
      </Text>
    </Paper>
  );
}

function Body({ document }: { document: DocumentInfo }) {
  const { t } = useTranslation('documents');
  const isMedia = document.kind === 'audio' || document.kind === 'video';
  return (
    <>
      {document.kind === 'image' && document.hasWorkingCopy ? (
        <Section title={t('image.title')}>
          <ImageView document={document} />
        </Section>
      ) : null}
      {isMedia ? (
        <Section title={t('media.title')}>
          <Text size="sm">{t('media.help')}</Text>
        </Section>
      ) : null}
      {document.pageCount > 0 ? (
        <Section title={document.kind === 'image' ? t('page.imageText') : t('page.title')} testId="pages">
          <PageViewer document={document} />
        </Section>
      ) : null}
      <Section title={t('metadata.title')}>
        <MetadataList metadata={document.metadata} />
      </Section>
    </>
  );
}

/** `/documents/:id?page=N&quote=…`: a document's chain of custody, its files, and its text page by page. */
export function DocumentPage() {
  return <WithDocument>{(info) => <DocumentScreen info={info} />}</WithDocument>;
}

function DocumentScreen({ info }: { info: DocumentInfo }) {
  const { t } = useTranslation('documents');
  const size = useFileSize();
  const kindLabel = useKindLabel();
  const user = useCurrentUser();
  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader
        title={<span className={classes.path}>{info.fileName}</span>}
        subtitle={`${kindLabel(info.kind)} · ${size(info.sizeBytes)}`}
        actions={
          <>
            {/* Writers of the source may redact; the server checks, and the screen shows its 403. */}
            {WRITER_ROLES.includes(user.role) && info.kind !== 'audio' && info.kind !== 'video' ? (
              <Button component={Link} to={redactPath(info.id)} variant="light" size="xs">
                {t('redact.open')}
              </Button>
            ) : null}
            <Anchor component={Link} to="/documents" size="sm" underline="always">
              {t('viewer.toList')}
            </Anchor>
          </>
        }
      />
      <Section title={t('facts.title')} actions={<Downloads document={info} />}>
        <Text size="xs" c="dimmed" mb="xs">
          {t('files.help')}
        </Text>
        <DocumentFacts document={info} />
      </Section>
      <Body document={info} />
    </Stack>
  );
}
