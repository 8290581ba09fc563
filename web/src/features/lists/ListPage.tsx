import { Button, Group, Skeleton, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/session.ts';
import { useFormat } from '../../i18n/format.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { FilterBar } from './FilterBar.tsx';
import { useCountriesWithRecords } from './fetch-all.ts';
import type { ListConfig } from './list-types.ts';
import classes from './lists.module.css';
import { VirtualTable } from './VirtualTable.tsx';
import { activeFilters, useListView, viewQueryString } from './view-state.ts';

/** Roles that create records (the API decides; this only hides a button that would be refused). */
const CREATORS = new Set(['administrator', 'editor', 'researcher']);

/** The list screen of one record type, configured by `config`. */
export function ListPage({ config }: { config: ListConfig }) {
  const { t } = useTranslation('lists');
  const format = useFormat();
  const user = useCurrentUser();
  const { view, update, clear } = useListView(config);
  const countries = useCountriesWithRecords({
    enabled: config.filters.some((filter) => filter.kind === 'country'),
    type: config.type,
  });
  const list = useInfiniteQuery({
    queryKey: ['list', config.type, view],
    queryFn: ({ pageParam }) => config.fetchPage(view, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const isFiltered = activeFilters(view).length > 0;
  const canCreate = CREATORS.has(user.role);
  const title = t(`types.${config.type}.title`);
  const exportHref = `/api/export/${config.type}?${viewQueryString(view, { format: 'csv' })}`;
  const newLink = canCreate ? (
    <Button component={Link} to={`/${config.type}/new`}>
      {t(`types.${config.type}.new`)}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={title}
        actions={
          <>
            <Button component="a" href={exportHref} download variant="default" data-testid="export-csv">
              {t('exportCsv')}
            </Button>
            {newLink}
          </>
        }
      />
      <FilterBar config={config} view={view} update={update} clear={clear} countries={countries.data ?? []} />
      {list.isPending ? (
        <div role="status" aria-live="polite" aria-label={t('loading')}>
          {Array.from({ length: 6 }, (_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders with nothing else to key on
            <Skeleton key={index} className={classes.skeletonRow} />
          ))}
        </div>
      ) : list.isError && items.length === 0 ? (
        <Group align="flex-start">
          <ProblemAlert error={list.error} title={t('loadFailed')} />
          <Button variant="light" onClick={() => void list.refetch()}>
            {t('retry')}
          </Button>
        </Group>
      ) : items.length === 0 ? (
        <EmptyState
          title={isFiltered ? t('emptyFiltered') : t(`types.${config.type}.empty`)}
          action={
            <Group gap="xs">
              {isFiltered ? (
                <Button variant="light" onClick={clear}>
                  {t('filters.clear')}
                </Button>
              ) : null}
              {newLink}
            </Group>
          }
        >
          {isFiltered ? t('emptyFilteredHint') : null}
        </EmptyState>
      ) : (
        <>
          <VirtualTable
            // A new view starts at its top rather than at the previous view's scroll position.
            key={JSON.stringify(view)}
            config={config}
            label={title}
            items={items}
            hasNextPage={list.hasNextPage}
            isFetchingNextPage={list.isFetchingNextPage}
            fetchNextPage={() => void list.fetchNextPage()}
            sortColumn={view.sort}
            order={view.order === 'desc' ? 'desc' : 'asc'}
            onSort={(sort) =>
              update(
                sort === view.sort
                  ? { order: view.order === 'desc' ? 'asc' : 'desc' }
                  : { sort, order: 'asc' },
              )
            }
          />
          <div className={classes.status}>
            <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="list-count">
              {list.hasNextPage
                ? t('loadedMore', { count: items.length, n: format.number(items.length) })
                : t('loadedAll', { count: items.length, n: format.number(items.length) })}
            </Text>
            {list.isFetchingNextPage ? <Text size="sm">{t('loadingMore')}</Text> : null}
            {list.isError ? <ProblemAlert error={list.error} title={t('loadFailed')} /> : null}
          </div>
        </>
      )}
    </>
  );
}
