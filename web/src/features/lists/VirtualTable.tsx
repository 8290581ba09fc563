// biome-ignore-all lint/a11y/useSemanticElements: virtualized rows are absolutely positioned, which table layout cannot hold, so the table is divs with ARIA table roles (the WAI-ARIA pattern for such lists)
// biome-ignore-all lint/a11y/useFocusableInteractive: an ARIA table (not a grid) has no focusable rows or headers; each row's link is its focus stop
import { Loader } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ListConfig, ListedRecord } from './list-types.ts';
import classes from './lists.module.css';

const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 40;
/** Rows kept rendered beyond the visible ones, so quick scrolling and Tab find them ready. */
const OVERSCAN = 12;
/** Asks for the next page this many rows before the end, so scrolling rarely waits. */
const PREFETCH_ROWS = 30;

interface Props {
  config: ListConfig;
  label: string;
  items: readonly ListedRecord[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  sortColumn: string | undefined;
  order: 'asc' | 'desc';
  /** Sorts by a column's sort (or turns its order round when it is the sort already). */
  onSort(sort: string): void;
}

/**
 * The rows of a list, only those on screen (and a few around) in the DOM however many are loaded,
 * as an ARIA table. Each row's name is its link: Tab goes from row to row, Enter opens the record,
 * and the arrow keys move up and down, scrolling rows into the DOM as they go.
 */
export function VirtualTable(props: Props) {
  const { config, items, hasNextPage, isFetchingNextPage, fetchNextPage } = props;
  const { t } = useTranslation('lists');
  const scroller = useRef<HTMLDivElement>(null);
  const count = items.length + (hasNextPage ? 1 : 0);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    // The rows start below the sticky header, which must not cover a row scrolled to.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const rows = virtualizer.getVirtualItems();
  const lastIndex = rows.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= items.length - PREFETCH_ROWS) fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, lastIndex, items.length, fetchNextPage]);

  const widths = [config.titleWidth, ...config.columns.map((column) => column.width)];
  const columns = widths
    .map(([min, grow]) => (grow > 0 ? `minmax(${min}rem, ${grow}fr)` : `${min}rem`))
    .join(' ');
  // The narrowest the rows may be: every column's minimum, the gaps between and the padding.
  const minWidth = `calc(${widths.reduce((sum, [min]) => sum + min, 0)}rem + ${widths.length + 1} * var(--mantine-spacing-sm))`;

  const focusRow = (index: number) => {
    if (index < 0 || index >= items.length) return;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    // The row may only now enter the DOM; focus it once React has drawn it.
    requestAnimationFrame(() => {
      scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"] a`)?.focus();
    });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + 10,
      PageUp: index - 10,
      Home: 0,
      End: items.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusRow(Math.max(0, Math.min(items.length - 1, target)));
  };

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      role="table"
      aria-label={props.label}
      aria-rowcount={hasNextPage ? -1 : items.length + 1}
      onKeyDown={onKeyDown}
      data-testid="record-table"
    >
      <div role="rowgroup" className={classes.header}>
        <div
          role="row"
          aria-rowindex={1}
          className={`${classes.row} ${classes.headerRow}`}
          style={{ gridTemplateColumns: columns, height: HEADER_HEIGHT, minWidth }}
        >
          <HeaderCell props={props} column="title" label={t(`types.${config.type}.titleColumn`)} />
          {config.columns.map((column) => (
            <HeaderCell key={column.id} props={props} column={column.id} label={t(column.header)} />
          ))}
        </div>
      </div>
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const item = items[row.index];
          if (!item) {
            return (
              <div
                role="row"
                key="loading"
                className={`${classes.row} ${classes.bodyRow}`}
                style={{ height: ROW_HEIGHT, transform: `translateY(${row.start - HEADER_HEIGHT}px)` }}
              >
                <div role="cell" className={classes.cell}>
                  <Loader size="xs" role="status" aria-label={t('loadingMore')} />
                </div>
              </div>
            );
          }
          const title = config.rowTitle(item);
          return (
            <div
              role="row"
              key={item.id}
              data-index={row.index}
              aria-rowindex={row.index + 2}
              className={`${classes.row} ${classes.bodyRow}`}
              style={{
                gridTemplateColumns: columns,
                minWidth,
                height: ROW_HEIGHT,
                transform: `translateY(${row.start - HEADER_HEIGHT}px)`,
              }}
            >
              <div role="cell" className={`${classes.cell} ${classes.titleCell}`}>
                <Link to={`/${config.type}/${item.id}`} className={classes.rowLink}>
                  {title ?? t(`types.${config.type}.untitled`)}
                </Link>
                {config.rowTitleExtra?.(item)}
              </div>
              {config.columns.map((column) => (
                <div role="cell" key={column.id} className={classes.cell}>
                  {column.render(item)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The sort a column stands for: the first column is the name (or title); others by their id. */
function sortOf(config: ListConfig, column: string): string | undefined {
  if (column === 'title') return config.sorts.find((sort) => sort === 'name' || sort === 'title');
  return config.sorts.includes(column) ? column : undefined;
}

/** A column's header: a button that sorts by it where the API sorts by it, with its sort state. */
function HeaderCell({ props, column, label }: { props: Props; column: string; label: string }) {
  const sort = sortOf(props.config, column);
  const isSorted = sort !== undefined && sort === props.sortColumn;
  const state = isSorted ? (props.order === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <div role="columnheader" className={classes.cell} aria-sort={state}>
      {sort ? (
        <button type="button" className={classes.sortButton} onClick={() => props.onSort(sort)}>
          {label}
          <span aria-hidden className={classes.sortMark}>
            {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}
          </span>
        </button>
      ) : (
        label
      )}
    </div>
  );
}
