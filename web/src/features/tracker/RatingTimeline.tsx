import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ratingAsOf, ratingsInOrder } from '../../../../src/modules/commitments/rating.ts';
import { useFormat } from '../../i18n/format.ts';
import { type Commitment, useSources } from './api.ts';
import { EvidenceLine, RatingBadge } from './parts.tsx';
import { today } from './ratings.ts';
import classes from './tracker.module.css';

/** Every rating, oldest first, each with its date, rationale and evidence; the one in force today marked. */
export function RatingTimeline({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation('tracker');
  const format = useFormat();
  const ratings = ratingsInOrder(commitment.ratings);
  const current = ratingAsOf(commitment.ratings, today());
  const sources = useSources(ratings.flatMap((rating) => rating.evidence.map((e) => e.sourceId)));
  if (ratings.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="no-ratings">
        {t('rating.none')}
      </Text>
    );
  return (
    <Stack component="ol" gap="sm" className={classes.timeline}>
      {ratings.map((rating) => {
        const isCurrent = rating.id === current?.id;
        return (
          <Paper
            component="li"
            key={rating.id}
            withBorder
            p="sm"
            className={isCurrent ? classes.current : undefined}
            data-testid="timeline-rating"
            aria-current={isCurrent ? 'true' : undefined}
          >
            <Group gap="sm" mb={4}>
              <Text fw={600} size="sm">
                {format.partialDate(rating.ratedOn)}
              </Text>
              <RatingBadge rating={rating.rating} />
              {isCurrent ? (
                <Badge maw="none" variant="light" color="blue" size="sm">
                  {t('rating.inForce')}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" className={classes.quote}>
              {rating.rationale}
            </Text>
            <Stack gap={4} mt="xs">
              <Text size="xs" fw={600}>
                {t('evidence.title', { count: rating.evidence.length })}
              </Text>
              {rating.evidence.map((evidence) => (
                <EvidenceLine
                  // Evidence has no id; the same source at the same place with the same summary is one item.
                  key={`${evidence.sourceId}|${evidence.locator ?? ''}|${evidence.summary ?? ''}`}
                  evidence={evidence}
                  sources={sources}
                />
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
