import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CurrentRating } from './enums.ts';

/**
 * The colour of each rating: green kept, red broken, amber on the way between, blue in progress and
 * grey not yet rated. The label is always written beside it, so the colour is never the only sign.
 * The light variants' text colours are darkened to AA contrast in `ui/theme.css`.
 */
const RATING_COLOURS: Record<CurrentRating, MantineColor> = {
  'not-yet-rated': 'gray',
  'in-the-works': 'blue',
  stalled: 'orange',
  kept: 'green',
  compromise: 'yellow',
  broken: 'red',
  'not-implemented': 'red',
  'partially-implemented': 'yellow',
  'fully-implemented': 'green',
};

/** A commitment's rating as a coloured badge with its label. */
export function RatingBadge({ rating }: { rating: CurrentRating }) {
  const { t } = useTranslation('vocabulary');
  return (
    <Badge color={RATING_COLOURS[rating]} variant="light" radius="sm" size="sm" data-rating={rating}>
      {t(`rating.${rating}`)}
    </Badge>
  );
}

/** The "overdue" mark beside a deadline: passed with no final rating. */
export function OverdueBadge() {
  const { t } = useTranslation('lists');
  return (
    <Badge color="red" variant="outline" radius="sm" size="sm">
      {t('overdue')}
    </Badge>
  );
}
