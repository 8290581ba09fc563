import {
  Alert,
  Anchor,
  Button,
  CloseButton,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../api/problem.ts';
import { useFormat } from '../../i18n/format.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { InlineLoader } from '../letters/parts.tsx';
import { ScrollTable, Section } from '../tracker/parts.tsx';
import { type DocumentInfo, useDocumentPage, viewerPath } from './api.ts';
import classes from './documents.module.css';
import { PageNavigation, pageFrom } from './PageViewer.tsx';
import { WithDocument } from './parts.tsx';
import { RegionMasker } from './RegionMasker.tsx';
import {
  type Mask,
  type Redaction,
  type RegionMask,
  redactedImageUrl,
  redactPath,
  useCreateRedaction,
  useRedactedPage,
  useRedactions,
} from './redaction-api.ts';
import { occurrences } from './redaction-masks.ts';
import { TextMasker } from './TextMasker.tsx';

/** One mask in words: the page, and what it covers. */
function useDescribeMask(): (mask: Mask, pageText: string | null) => string {
  const { t } = useTranslation('documents');
  const format = useFormat();
  const pct = (value: number) => format.number(Math.round(value * 1000) / 10);
  return (mask, pageText) => {
    if (mask.kind === 'region')
      return t('redact.masks.region', {
        page: mask.page,
        x: pct(mask.x),
        y: pct(mask.y),
        width: pct(mask.width),
        height: pct(mask.height),
      });
    if (mask.match !== undefined) {
      const found = pageText === null ? null : occurrences(pageText, mask.match).length;
      return found === null
        ? t('redact.masks.matchElsewhere', { page: mask.page, match: mask.match })
        : t('redact.masks.match', { page: mask.page, match: mask.match, found: format.number(found) });
    }
    const start = mask.start ?? 0;
    const end = mask.end ?? start;
    const words = pageText === null ? null : pageText.slice(start, end).replace(/\s+/g, ' ');
    return words === null
      ? t('redact.masks.spanElsewhere', { page: mask.page, start: start + 1, end })
      : t('redact.masks.span', { page: mask.page, text: words, start: start + 1, end });
  };
}

/** The masks drawn so far, each with its remove button and whatever the server said of it. */
function MaskList({
  masks,
  errors,
  pageNumber,
  pageText,
  onRemove,
}: {
  masks: readonly Mask[];
  errors: Record<string, string>;
  pageNumber: number;
  pageText: string | null;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation('documents');
  const describe = useDescribeMask();
  if (masks.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="no-masks">
        {t('redact.masks.none')}
      </Text>
    );
  return (
    <List listStyleType="none" spacing="xs" data-testid="mask-list" aria-label={t('redact.masks.label')}>
      {masks.map((mask, index) => {
        const own = Object.entries(errors).filter(
          ([path]) => path === `masks.${index}` || path.startsWith(`masks.${index}.`),
        );
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: masks have no identity but their place
          <List.Item key={index} data-testid="mask-item">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Text size="sm" fw={600} className={classes.nowrap}>
                {index + 1}.
              </Text>
              <Stack gap={2} style={{ flex: 1 }}>
                <Text size="sm" className={classes.path}>
                  {describe(mask, mask.page === pageNumber ? pageText : null)}
                </Text>
                {own.map(([path, message]) => (
                  <Text key={path} size="sm" c="red.8" data-testid="mask-error">
                    {t('redact.masks.error', { field: path.split('.').slice(2).join('.') || '—', message })}
                  </Text>
                ))}
              </Stack>
              <CloseButton
                size="sm"
                aria-label={t('redact.masks.remove', { number: index + 1 })}
                onClick={() => onRemove(index)}
              />
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}

/** A copy made: its image, when regions were painted, and its text at the page being looked at. */
function RedactedCopy({
  redaction,
  document,
  pageNumber,
}: {
  redaction: Redaction;
  document: DocumentInfo;
  pageNumber: number;
}) {
  const { t } = useTranslation('documents');
  const format = useFormat();
  const page = useRedactedPage(redaction.id, pageNumber, document.pageCount > 0);
  const top = useRef<HTMLDivElement>(null);
  // A copy just saved, or opened from the list below, is brought into view.
  useEffect(() => {
    if (redaction.id) top.current?.scrollIntoView({ block: 'start' });
  }, [redaction.id]);
  return (
    <div ref={top} className={classes.copyAnchor}>
      <Section title={t('redact.copy.title')} testId="redacted-copy">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('redact.copy.made', {
              when: format.dateTime(redaction.createdAt),
              masks: format.number(redaction.masks.length),
            })}
            {redaction.note ? ` · ${redaction.note}` : ''}
          </Text>
          {redaction.hasImage ? (
            <Paper withBorder p="xs" radius="md">
              <img
                src={redactedImageUrl(redaction.id)}
                alt={t('redact.copy.imageAlt', { name: document.fileName })}
                className={classes.image}
                data-testid="redacted-image"
              />
              <Group mt="xs">
                <Button
                  component="a"
                  href={redactedImageUrl(redaction.id)}
                  download
                  variant="default"
                  size="xs"
                >
                  {t('redact.copy.download')}
                </Button>
              </Group>
            </Paper>
          ) : null}
          {document.pageCount > 0 ? (
            <>
              <Text size="sm" fw={600}>
                {t('redact.copy.page', { page: format.number(pageNumber) })}
              </Text>
              {page.isPending ? <InlineLoader /> : null}
              {page.isError ? <ProblemAlert error={page.error} /> : null}
              {page.data ? (
                <Paper withBorder p="md" radius="md">
                  <div
                    className={classes.pageText}
                    data-testid="redacted-text"
                    lang={document.language ?? undefined}
                  >
                    {page.data.text.trim() === '' ? t('page.noText') : page.data.text}
                  </div>
                </Paper>
              ) : null}
            </>
          ) : null}
        </Stack>
      </Section>
    </div>
  );
}

/** The copies made before, newest first, each opening on this screen. */
function EarlierCopies({
  document,
  redactions,
  current,
}: {
  document: DocumentInfo;
  redactions: readonly Redaction[];
  current: string | null;
}) {
  const { t } = useTranslation('documents');
  const format = useFormat();
  if (redactions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('redact.earlier.none')}
      </Text>
    );
  return (
    <ScrollTable minWidth={560} label={t('redact.earlier.title')}>
      <Table verticalSpacing="xs" data-testid="redactions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('redact.earlier.made')}</Table.Th>
            <Table.Th>{t('redact.earlier.masks')}</Table.Th>
            <Table.Th>{t('redact.earlier.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {redactions.map((redaction) => (
            <Table.Tr key={redaction.id} aria-current={redaction.id === current ? 'true' : undefined}>
              <Table.Td className={classes.nowrap}>
                <Anchor
                  component={Link}
                  to={redactPath(document.id, redaction.id)}
                  size="sm"
                  underline="always"
                >
                  {t('redact.earlier.view', { when: format.dateTime(redaction.createdAt) })}
                </Anchor>
              </Table.Td>
              <Table.Td>{format.number(redaction.masks.length)}</Table.Td>
              <Table.Td className={classes.path}>{redaction.note ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

function Redactor({ document }: { document: DocumentInfo }) {
  const { t } = useTranslation('documents');
  const [params, setParams] = useSearchParams();
  const pageNumber = pageFrom(params.get('page'), document.pageCount);
  const copyId = params.get('copy');
  const page = useDocumentPage(document.id, pageNumber, document.pageCount > 0);
  const redactions = useRedactions(document.id);
  const create = useCreateRedaction(document.id);
  const [masks, setMasks] = useState<Mask[]>([]);
  const [note, setNote] = useState('');
  const isImage = document.kind === 'image' && document.hasWorkingCopy;

  const change = (next: Mask[]) => {
    create.reset();
    setMasks(next);
  };
  const add = (mask: Mask) => change([...masks, mask]);
  const go = (number: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(number));
    setParams(next);
  };
  const save = () =>
    create.mutate(
      { masks, note: note.trim() || null },
      {
        onSuccess: (made) => {
          setMasks([]);
          setNote('');
          const next = new URLSearchParams(params);
          next.set('copy', made.id);
          setParams(next);
        },
      },
    );
  const errors = isApiError(create.error) ? create.error.fieldErrors() : {};
  const generalError = create.error && !Object.keys(errors).some((path) => path.startsWith('masks.'));
  const regions = masks.flatMap((mask, index) =>
    mask.kind === 'region' ? [{ mask: mask as RegionMask, index }] : [],
  );
  const shown = redactions.data?.find((redaction) => redaction.id === copyId) ?? null;

  return (
    <>
      <Alert color="blue" data-testid="redact-promise">
        {t('redact.promise')}
      </Alert>
      {isImage ? (
        <Section title={t('redact.regions.title')} testId="redact-regions">
          <RegionMasker document={document} regions={regions} onAdd={add} />
        </Section>
      ) : null}
      {document.pageCount > 0 ? (
        <Section title={isImage ? t('page.imageText') : t('page.title')} testId="redact-pages">
          <Stack gap="sm">
            {document.pageCount > 1 ? (
              <PageNavigation current={pageNumber} pageCount={document.pageCount} onGo={go} />
            ) : null}
            {page.isPending ? <InlineLoader /> : null}
            {page.isError ? <ProblemAlert error={page.error} /> : null}
            {page.data ? (
              <TextMasker page={page.data} masks={masks} language={document.language} onAdd={add} />
            ) : null}
          </Stack>
        </Section>
      ) : null}
      <Section title={t('redact.masks.title')} testId="redact-masks">
        <Stack gap="sm">
          <MaskList
            masks={masks}
            errors={errors}
            pageNumber={pageNumber}
            pageText={page.data?.text ?? null}
            onRemove={(index) => change(masks.filter((_, at) => at !== index))}
          />
          <Textarea
            label={t('redact.note')}
            description={t('redact.noteHelp')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
            maxLength={2000}
            autosize
            minRows={2}
            maw={640}
          />
          {generalError ? (
            create.error && isApiError(create.error) && create.error.status === 403 ? (
              <Alert color="red" role="alert" data-testid="redact-forbidden">
                {t('redact.forbidden')}
              </Alert>
            ) : (
              <ProblemAlert error={create.error} />
            )
          ) : null}
          {Object.keys(errors).some((path) => path.startsWith('masks.')) ? (
            <Alert color="red" role="alert">
              {t('redact.masks.invalid')}
            </Alert>
          ) : null}
          <Group>
            <Button onClick={save} loading={create.isPending} disabled={masks.length === 0}>
              {t('redact.save')}
            </Button>
          </Group>
        </Stack>
      </Section>
      {shown ? <RedactedCopy redaction={shown} document={document} pageNumber={pageNumber} /> : null}
      <Section title={t('redact.earlier.title')} testId="redact-earlier">
        {redactions.isPending ? <InlineLoader /> : null}
        {redactions.isError ? <ProblemAlert error={redactions.error} /> : null}
        {redactions.data ? (
          <EarlierCopies document={document} redactions={redactions.data} current={copyId} />
        ) : null}
      </Section>
    </>
  );
}

/** `/documents/:id/redact?page=N&copy=…`: masks drawn over a document's text and image, saved as a copy. */
export function RedactPage() {
  return <WithDocument>{(info) => <RedactScreen info={info} />}</WithDocument>;
}

function RedactScreen({ info }: { info: DocumentInfo }) {
  const { t } = useTranslation('documents');
  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader
        title={t('redact.title')}
        subtitle={<span className={classes.path}>{info.fileName}</span>}
        actions={
          <Anchor component={Link} to={viewerPath(info.id)} size="sm" underline="always">
            {t('redact.back')}
          </Anchor>
        }
      />
      <Redactor document={info} />
    </Stack>
  );
}
