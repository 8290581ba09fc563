import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import type { Scorecard } from './api.ts';
import { useLabels } from './labels.ts';
import { ALL_RATINGS, type CurrentRating, PROMISE_COLUMNS, RATING_CHART_COLOR } from './ratings.ts';
import classes from './tracker.module.css';

/*
 * The charts are pictures for sighted readers (hidden from assistive technology, with recharts' own
 * keyboard layer off so nothing hidden can take focus); each comes with its text alternative, a
 * caption that says what it shows and a table of the same numbers.
 */

/** The ratings a scorecard shows: the promise scale always, UN implementation ratings when any is given. */
function ratingsShown(byRating: Record<string, number>): CurrentRating[] {
  return ALL_RATINGS.filter((rating) => PROMISE_COLUMNS.includes(rating) || (byRating[rating] ?? 0) > 0);
}

export function RatingChart({ scorecard }: { scorecard: Scorecard }) {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  const format = useFormat();
  const captionId = useId();
  const { byRating } = scorecard.totals;
  const shown = ratingsShown(byRating);
  // One row per rating, its count under the rating's own key, stacked: each bar gets its rating's colour.
  const data = shown.map((rating) => ({
    label: labels.of('rating', rating),
    [rating]: byRating[rating] ?? 0,
  }));
  return (
    <figure aria-labelledby={captionId} data-testid="rating-chart" className={classes.figure}>
      <Text component="figcaption" id={captionId} size="sm" fw={600} mb="xs">
        {t('scorecard.byRatingCaption', {
          count: scorecard.totals.commitments,
          date: format.partialDate(scorecard.asOf),
        })}
      </Text>
      <div aria-hidden="true">
        <BarChart
          // Bars run sideways so every rating's label has room beside its bar.
          orientation="vertical"
          h={40 + 32 * data.length}
          data={data}
          dataKey="label"
          type="stacked"
          series={shown.map((rating) => ({ name: rating, color: RATING_CHART_COLOR[rating] }))}
          withTooltip={false}
          barChartProps={{ accessibilityLayer: false }}
          xAxisProps={{ allowDecimals: false }}
          yAxisProps={{ width: 140, interval: 0 }}
        />
      </div>
      <Table withTableBorder mt="xs" data-testid="rating-table">
        <VisuallyHidden component="caption">{t('scorecard.byRatingTable')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('scorecard.rating')}</Table.Th>
            <Table.Th scope="col">{t('scorecard.count')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((rating) => (
            <Table.Tr key={rating}>
              <Table.Th scope="row" fw={400}>
                {labels.of('rating', rating)}
              </Table.Th>
              <Table.Td>{format.number(byRating[rating] ?? 0)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </figure>
  );
}

export function TimelineChart({ scorecard }: { scorecard: Scorecard }) {
  const { t } = useTranslation('tracker');
  const format = useFormat();
  const captionId = useId();
  const last = scorecard.timeline.at(-1);
  const series = [
    { name: 'made', label: t('scorecard.made'), color: 'blue.7' },
    { name: 'kept', label: t('scorecard.kept'), color: 'green.7' },
    { name: 'broken', label: t('scorecard.broken'), color: 'red.7' },
  ];
  return (
    <figure aria-labelledby={captionId} data-testid="timeline-chart" className={classes.figure}>
      <Text component="figcaption" id={captionId} size="sm" fw={600} mb="xs">
        {last
          ? t('scorecard.timelineCaption', {
              date: format.partialDate(last.day),
              made: last.made,
              kept: last.kept,
              broken: last.broken,
            })
          : t('scorecard.timelineEmpty')}
      </Text>
      <div aria-hidden="true">
        <LineChart
          h={240}
          // Days as times on a time scale, so the distance between points is the time between them.
          data={scorecard.timeline.map((point) => ({ ...point, time: Date.parse(point.day) }))}
          dataKey="time"
          series={series}
          curveType="stepAfter"
          withLegend
          withTooltip={false}
          lineChartProps={{ accessibilityLayer: false }}
          xAxisProps={{
            type: 'number',
            scale: 'time',
            domain: ['dataMin', 'dataMax'],
            tickFormatter: (time: number) => format.partialDate(new Date(time).toISOString().slice(0, 10)),
          }}
          yAxisProps={{ allowDecimals: false }}
        />
      </div>
      <details>
        <summary>
          <Text component="span" size="sm">
            {t('scorecard.timelineTable')}
          </Text>
        </summary>
        <Table withTableBorder mt="xs" data-testid="timeline-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('scorecard.day')}</Table.Th>
              {series.map((s) => (
                <Table.Th scope="col" key={s.name}>
                  {s.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scorecard.timeline.map((point) => (
              <Table.Tr key={point.day}>
                <Table.Th scope="row" fw={400}>
                  {format.partialDate(point.day)}
                </Table.Th>
                <Table.Td>{format.number(point.made)}</Table.Td>
                <Table.Td>{format.number(point.kept)}</Table.Td>
                <Table.Td>{format.number(point.broken)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </details>
    </figure>
  );
}
