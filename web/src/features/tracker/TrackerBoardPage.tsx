import { Alert, Anchor, Button, Group, Paper, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ISSUE_AREAS } from '../../../../src/modules/commitments/issue-areas.ts';
import { PageLoader } from '../../app/SignedInLayout.tsx';
import { useFormat } from '../../i18n/format.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { type Commitment, useCommitments } from './api.ts';
import { KINDS, toQuery, useBoardFilters } from './board-filters.ts';
import { useLabels } from './labels.ts';
import { OverdueBadge } from './parts.tsx';
import { type CurrentRating, IMPLEMENTATION_COLUMNS, PROMISE_COLUMNS, RATING_COLOR } from './ratings.ts';
import classes from './tracker.module.css';

/** The region's governments first; any other country in a link still shows. */
const COUNTRIES = ['KZ', 'UZ', 'KG', 'TJ', 'TM'];

/** Which columns the board shows: the kind's scale, else promises plus UN ratings that have cards. */
function columnsFor(kind: string | null, items: readonly Commitment[]): readonly CurrentRating[] {
  if (kind === 'un-recommendation') return ['not-yet-rated', ...IMPLEMENTATION_COLUMNS];
  if (kind) return PROMISE_COLUMNS;
  return [
    ...PROMISE_COLUMNS,
    ...IMPLEMENTATION_COLUMNS.filter((rating) => items.some((c) => c.currentRating === rating)),
  ];
}

function CommitmentCard({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  const format = useFormat();
  return (
    <Paper component="li" withBorder p="sm" radius="sm" className={classes.card} data-testid="board-card">
      <Stack gap={4}>
        <Anchor component={Link} to={`/commitments/${commitment.id}`} fw={600} size="sm" underline="always">
          {labels.text(commitment.title)}
        </Anchor>
        <Text size="xs" c="dimmed">
          {labels.country(commitment.country)} · {labels.of('commitmentKind', commitment.kind)}
        </Text>
        <Text size="xs">
          {t('board.madeOn')}: {commitment.madeOn ? format.partialDate(commitment.madeOn) : t('notReported')}
        </Text>
        {commitment.deadline ? (
          <Group gap={6}>
            <Text size="xs">
              {t('board.deadline')}: {format.partialDate(commitment.deadline)}
            </Text>
            {commitment.isOverdue ? <OverdueBadge size="sm" /> : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

function Column({ rating, items }: { rating: CurrentRating; items: readonly Commitment[] }) {
  const labels = useLabels();
  const id = `board-column-${rating}`;
  return (
    <section aria-labelledby={id} className={classes.column} data-testid={`column-${rating}`}>
      <Group gap={6} mb="xs" className={classes.columnHead} data-color={RATING_COLOR[rating]}>
        <Title order={2} size="h5" id={id}>
          {labels.of('rating', rating)}
        </Title>
        <Text size="sm" c="dimmed" aria-hidden>
          {items.length}
        </Text>
      </Group>
      <Stack component="ul" gap="xs" className={classes.cards}>
        {items.map((commitment) => (
          <CommitmentCard key={commitment.id} commitment={commitment} />
        ))}
      </Stack>
    </section>
  );
}

function Filters() {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  const { filters, update } = useBoardFilters();
  const countries =
    filters.country && !COUNTRIES.includes(filters.country) ? [...COUNTRIES, filters.country] : COUNTRIES;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" mb="md" role="search" aria-label={t('board.filters')}>
      <Select
        label={t('filter.country')}
        placeholder={t('filter.any')}
        clearable
        w={200}
        value={filters.country}
        data={countries.map((code) => ({ value: code, label: labels.country(code) }))}
        onChange={(value) => update('country', value)}
      />
      <Select
        label={t('filter.kind')}
        placeholder={t('filter.any')}
        clearable
        w={200}
        value={filters.kind}
        data={KINDS.map((kind) => ({ value: kind, label: labels.of('commitmentKind', kind) }))}
        onChange={(value) => update('kind', value)}
      />
      <Select
        label={t('filter.issueArea')}
        placeholder={t('filter.any')}
        clearable
        searchable
        w={280}
        value={filters.issueArea}
        data={ISSUE_AREAS.map((area) => ({ value: area, label: labels.of('issueArea', area) }))}
        onChange={(value) => update('issueArea', value)}
      />
      <Switch
        label={t('filter.overdue')}
        checked={filters.isOverdue}
        onChange={(event) => update('overdue', event.currentTarget.checked ? 'true' : null)}
        mb={8}
      />
    </Group>
  );
}

/** Commitments in columns by their current rating: what is kept, what is broken, what nobody has judged yet. */
export function TrackerBoardPage() {
  const { t } = useTranslation('tracker');
  const { filters, clear, isFiltered } = useBoardFilters();
  const commitments = useCommitments(toQuery(filters));
  const items = commitments.data?.items ?? [];
  const columns = columnsFor(filters.kind, items);
  return (
    <Stack gap="xs">
      <PageHeader
        title={t('board.title')}
        subtitle={t('board.subtitle')}
        actions={
          <Button component={Link} to="/commitments/new" variant="light">
            {t('board.new')}
          </Button>
        }
      />
      <Filters />
      {commitments.isPending ? (
        <PageLoader />
      ) : commitments.isError ? (
        <ProblemAlert error={commitments.error} />
      ) : items.length === 0 ? (
        <EmptyState
          title={isFiltered ? t('board.emptyFiltered') : t('board.empty')}
          action={
            isFiltered ? (
              <Button variant="light" onClick={clear}>
                {t('filter.clear')}
              </Button>
            ) : undefined
          }
        >
          {isFiltered ? t('board.emptyFilteredHelp') : t('board.emptyHelp')}
        </EmptyState>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('board.count', { count: items.length })}
          </Text>
          {commitments.data.isPartial ? <Alert color="yellow">{t('board.partial')}</Alert> : null}
          <div className={classes.board}>
            {columns.map((rating) => (
              <Column
                key={rating}
                rating={rating}
                items={items.filter((commitment) => commitment.currentRating === rating)}
              />
            ))}
          </div>
        </>
      )}
    </Stack>
  );
}
