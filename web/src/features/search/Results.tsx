import { Anchor, Badge, Button, Group, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format.ts';
import { useDisplayNames } from '../lists/countries.ts';
import type { SearchHit, SnippetPart } from './api.ts';
import { hitPath, recordPath, useRecordTypeLabel } from './labels.ts';
import classes from './search.module.css';
import { LAST_PAGE, PAGE_SIZE, SEARCH_WINDOW, searchWith } from './search-state.ts';

/**
 * The text around the words found, as written, those words in `<mark>`. Each part is a text node:
 * nothing a record holds can become markup here.
 */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <Text component="p" size="sm" className={classes.snippet} data-testid="snippet">
      {parts.map((part, index) =>
        part.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts are a fixed sequence of one text
          <mark key={index} className={classes.mark}>
            {part.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </Text>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation('search');
  const format = useFormat();
  const names = useDisplayNames();
  const typeLabel = useRecordTypeLabel();
  const path = hitPath(hit);
  const title = hit.title || t('hit.withheld');
  const source = hit.documentId ? recordPath(hit) : null;
  const facts = [
    hit.date ? format.partialDate(hit.date) : null,
    hit.countries.map((code) => names.country(code)).join(', ') || null,
  ].filter((fact): fact is string => fact !== null);
  return (
    <li className={classes.hit} data-testid="hit" data-type={hit.recordType}>
      <Group gap="xs" mb={2}>
        <Badge variant="light" color="gray" size="sm" radius="sm" maw="none">
          {typeLabel(hit.recordType)}
        </Badge>
        {hit.page !== null ? (
          <Badge variant="light" size="sm" radius="sm" maw="none" data-testid="hit-page">
            {t('hit.page', { page: format.number(hit.page) })}
          </Badge>
        ) : null}
      </Group>
      <Title order={2} size="h4" className={hit.title ? undefined : classes.withheld}>
        {path ? (
          <Anchor component={Link} to={path} underline="hover">
            {title}
          </Anchor>
        ) : (
          title
        )}
      </Title>
      {facts.length > 0 || source ? (
        <Text size="sm" c="dimmed">
          {facts.join(' · ')}
          {source ? (
            <>
              {facts.length > 0 ? ' · ' : null}
              <Anchor component={Link} to={source} size="sm">
                {t('hit.source')}
              </Anchor>
            </>
          ) : null}
        </Text>
      ) : null}
      {hit.snippet.length > 0 ? <Snippet parts={hit.snippet} /> : null}
    </li>
  );
}

/** One page of hits, in an ordered list numbered from the page's first hit. */
export function HitList({ hits, page, busy }: { hits: readonly SearchHit[]; page: number; busy: boolean }) {
  const { t } = useTranslation('search');
  return (
    <ol
      className={classes.hits}
      start={(page - 1) * PAGE_SIZE + 1}
      aria-label={t('results.label')}
      aria-busy={busy}
      data-busy={busy || undefined}
      data-testid="hits"
    >
      {hits.map((hit) => (
        <Hit key={`${hit.recordType}:${hit.recordId}:${hit.page ?? ''}`} hit={hit} />
      ))}
    </ol>
  );
}

/** Previous and next, as links (each page is an address); never past the hits the API counts. */
export function Pager({ page, count, search }: { page: number; count: number; search: URLSearchParams }) {
  const { t } = useTranslation('search');
  const format = useFormat();
  const pages = Math.min(Math.ceil(Math.min(count, SEARCH_WINDOW) / PAGE_SIZE), LAST_PAGE);
  if (pages <= 1) return null;
  const link = (to: number) => searchWith(search, { page: to === 1 ? null : String(to) });
  return (
    <nav aria-label={t('pager.label')} className={classes.pager}>
      <Group justify="space-between" gap="xs">
        {page > 1 ? (
          <Button component={Link} to={link(page - 1)} variant="default" rel="prev">
            {t('pager.previous')}
          </Button>
        ) : (
          <Button variant="default" disabled>
            {t('pager.previous')}
          </Button>
        )}
        <Text size="sm" c="dimmed" data-testid="page-of">
          {t('pager.of', { page: format.number(page), pages: format.number(pages) })}
        </Text>
        {page < pages ? (
          <Button component={Link} to={link(page + 1)} variant="default" rel="next">
            {t('pager.next')}
          </Button>
        ) : (
          <Button variant="default" disabled>
            {t('pager.next')}
          </Button>
        )}
      </Group>
    </nav>
  );
}
