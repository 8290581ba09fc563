import { Alert, Button, Group, Loader, Select, Skeleton, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../api/problem.ts';
import { useFormat } from '../../i18n/format.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { type SearchResult, useSearchResults } from './api.ts';
import { ActiveFilters, FacetSidebar } from './Facets.tsx';
import { HitList, Pager } from './Results.tsx';
import { SearchForm } from './SearchForm.tsx';
import classes from './search.module.css';
import {
  activeFilters,
  type SearchOrder,
  type SearchView,
  searchWith,
  useSearchView,
} from './search-state.ts';

/** "1 hit", "2,345 hits", "10,000+ hits": the number as the language writes it. */
function HitCount({ result }: { result: SearchResult }) {
  const { t } = useTranslation('search');
  const format = useFormat();
  const n = `${format.number(result.count)}${result.more ? '+' : ''}`;
  return (
    <Text fw={600} data-testid="hit-count">
      {t('results.count', { count: result.count, n })}
    </Text>
  );
}

function OrderSelect({ order, onChange }: { order: SearchOrder; onChange(order: string | null): void }) {
  const { t } = useTranslation('search');
  return (
    <Select
      className={classes.order}
      size="sm"
      label={t('order.label')}
      value={order}
      allowDeselect={false}
      data={(['relevance', 'date'] as const).map((value) => ({ value, label: t(`order.${value}`) }))}
      onChange={onChange}
    />
  );
}

function ResultsSkeleton() {
  const { t } = useTranslation('search');
  return (
    <div role="status" aria-live="polite" aria-label={t('results.loading')} className={classes.skeleton}>
      {Array.from({ length: 5 }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders with nothing else to key on
        <Stack key={index} gap={6} mb="lg">
          <Skeleton height={14} width={90} />
          <Skeleton height={20} width="55%" />
          <Skeleton height={12} width="85%" />
        </Stack>
      ))}
    </div>
  );
}

/**
 * Why the search did not run. Words with no letters or digits get one message in the interface
 * language in place of the server's English detail; any other problem is shown as the API gave it.
 */
function SearchProblem({ error }: { error: unknown }) {
  const { t } = useTranslation('search');
  const noWords = isApiError(error) && error.status === 400 && error.fieldErrors().q !== undefined;
  return (
    <div data-testid="search-problem">
      {noWords ? (
        <Alert color="red" role="alert" title={t('problem.title')}>
          {t('problem.noWords')}
        </Alert>
      ) : (
        <ProblemAlert error={error} title={t('problem.title')} />
      )}
    </div>
  );
}

/** No hits: what was searched, and a way out when filters narrowed it to nothing. */
function NoHits({ view, onClear }: { view: SearchView; onClear(): void }) {
  const { t } = useTranslation('search');
  const filtered = activeFilters(view).length > 0;
  return (
    <EmptyState
      title={t('empty.none', { q: view.q })}
      action={
        filtered ? (
          <Button variant="light" onClick={onClear}>
            {t('chips.clear')}
          </Button>
        ) : null
      }
    >
      {filtered ? t('empty.filtered') : t('empty.hint')}
    </EmptyState>
  );
}

function Results({
  view,
  search,
  result,
  busy,
  onClear,
}: {
  view: SearchView;
  search: URLSearchParams;
  result: SearchResult;
  busy: boolean;
  onClear(): void;
}) {
  const { t } = useTranslation('search');
  if (result.count === 0) return <NoHits view={view} onClear={onClear} />;
  if (result.hits.length === 0) {
    // A page past the last hit (an old link, or hits gone since).
    return (
      <EmptyState
        title={t('empty.pastEnd')}
        action={
          <Button component={Link} to={searchWith(search, { page: null })} variant="light">
            {t('pager.first')}
          </Button>
        }
      />
    );
  }
  return (
    <>
      <HitList hits={result.hits} page={view.page} busy={busy} />
      <Pager page={view.page} count={result.count} search={search} />
    </>
  );
}

/**
 * `/search`: one search over every record and document page the reader may see. The address holds
 * the words, the facets chosen, the order and the page; the screen only reads it and changes it.
 */
export function SearchPage() {
  const { t, i18n } = useTranslation('search');
  const { view, search, submit, toggle, setParam, remove, clear } = useSearchView();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const results = useSearchResults(view, language);
  const filters = activeFilters(view);
  const top = useRef<HTMLDivElement>(null);
  // Another page of hits starts at its top, as a new page would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the page number changes
  useEffect(() => {
    top.current?.scrollIntoView?.({ block: 'start' });
  }, [view.page]);

  const result = results.data;
  const busy = results.isFetching && results.isPlaceholderData;
  return (
    <div ref={top} className={classes.page}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <SearchForm q={view.q} onSearch={submit} />
      {view.q === '' ? (
        <EmptyState title={t('start.title')}>{t('start.text')}</EmptyState>
      ) : (
        <div className={classes.layout}>
          {result ? (
            <FacetSidebar
              view={view}
              facets={result.facets}
              onToggle={toggle}
              onDate={(key, value) => setParam(key, value)}
            />
          ) : null}
          <div className={classes.results}>
            <Group justify="space-between" align="flex-end" mb="sm" gap="sm">
              <Group gap="xs" role="status" aria-live="polite" aria-atomic="true">
                {result && !results.isError ? <HitCount result={result} /> : null}
                {busy ? <Loader size="xs" aria-label={t('results.loading')} /> : null}
              </Group>
              <OrderSelect order={view.order} onChange={(order) => setParam('order', order)} />
            </Group>
            <ActiveFilters filters={filters} onRemove={remove} onClear={clear} />
            <div className={classes.body}>
              {results.isError ? (
                <SearchProblem error={results.error} />
              ) : result === undefined ? (
                <ResultsSkeleton />
              ) : (
                <Results view={view} search={search} result={result} busy={busy} onClear={clear} />
              )}
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
