import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/problem.ts';
import { PageLoader } from '../../app/SignedInLayout.tsx';
import { useFormat } from '../../i18n/format.ts';
import { NotFoundPage } from '../../ui/NotFoundPage.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { RecordName } from '../records/shared/RecordName.tsx';
import type { RecordSegment } from '../records/shared/types.ts';
import { type Commitment, useAsks, useCommitment, useEngagements, useSources } from './api.ts';
import { useLabels } from './labels.ts';
import { OverdueBadge, RatingBadge, Section, TitleLink } from './parts.tsx';
import { RateForm } from './RateForm.tsx';
import { RatingTimeline } from './RatingTimeline.tsx';
import classes from './tracker.module.css';

/** A term and its description; left out when there is nothing to say. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '' || children === false) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Links({ segment, ids }: { segment: RecordSegment; ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <Group gap="sm" component="span">
      {ids.map((id) => (
        <RecordName key={id} segment={segment} id={id} />
      ))}
    </Group>
  );
}

function Facts({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  const format = useFormat();
  const asks = useAsks(commitment.askIds);
  const engagements = useEngagements([commitment.engagementId]);
  const engagement = commitment.engagementId ? engagements.get(commitment.engagementId) : undefined;
  const un = commitment.unRecommendation;
  const maker =
    commitment.makerLabel || commitment.makerOrganizationId || commitment.makerPersonId ? (
      <Group gap="sm" component="span">
        {commitment.makerLabel ? <span>{commitment.makerLabel}</span> : null}
        <RecordName segment="organizations" id={commitment.makerOrganizationId} />
        <RecordName segment="persons" id={commitment.makerPersonId} />
      </Group>
    ) : null;
  const texts = Object.entries(commitment.text ?? {});
  return (
    <dl className={classes.facts}>
      <Fact term={t('field.kind')}>{labels.of('commitmentKind', commitment.kind)}</Fact>
      <Fact term={t('field.country')}>{labels.country(commitment.country)}</Fact>
      <Fact term={t('field.maker')}>{maker}</Fact>
      <Fact term={t('field.recipient')}>{commitment.recipient}</Fact>
      <Fact term={t('field.madeOn')}>
        {commitment.madeOn ? format.partialDate(commitment.madeOn) : t('notReported')}
      </Fact>
      <Fact term={t('field.deadline')}>
        {commitment.deadline ? format.partialDate(commitment.deadline) : t('field.noDeadline')}
      </Fact>
      {texts.map(([language, text]) => (
        <Fact
          key={language}
          term={
            language === commitment.originalLanguage
              ? t('field.textOriginal', { language })
              : t('field.textTranslation', { language })
          }
        >
          <Text size="sm" lang={language} className={classes.quote}>
            {text}
          </Text>
        </Fact>
      ))}
      <Fact term={t('field.issueAreas')}>
        {commitment.issueAreas.length ? (
          <Group gap={4} component="span">
            {commitment.issueAreas.map((area) => (
              <Badge maw="none" key={area} variant="light" color="gray" size="sm">
                {labels.of('issueArea', area)}
              </Badge>
            ))}
          </Group>
        ) : null}
      </Fact>
      {un ? (
        <>
          <Fact term={t('field.unMechanism')}>{labels.of('unMechanism', un.mechanism)}</Fact>
          <Fact term={t('field.unCycle')}>{un.cycle}</Fact>
          <Fact term={t('field.recommendingStates')}>{un.recommendingStates.join(', ')}</Fact>
          <Fact term={t('field.unResponse')}>
            {un.response ? labels.of('recommendationResponse', un.response) : t('field.noResponse')}
          </Fact>
          <Fact term={t('field.alreadyImplemented')}>{un.isAlreadyImplemented ? t('yes') : null}</Fact>
        </>
      ) : null}
      <Fact term={t('field.engagement')}>
        {engagement ? (
          <TitleLink to={`/engagements/${engagement.id}`} title={labels.text(engagement.title)} />
        ) : null}
      </Fact>
      <Fact term={t('field.asks')}>
        {commitment.askIds.length ? (
          <Group gap="sm" component="span">
            {commitment.askIds.map((id) => (
              <TitleLink key={id} to={`/asks/${id}`} title={labels.text(asks.get(id)?.title)} />
            ))}
          </Group>
        ) : null}
      </Fact>
      <Fact term={t('field.cases')}>
        {commitment.caseIds.length ? <Links segment="cases" ids={commitment.caseIds} /> : null}
      </Fact>
      <Fact term={t('field.organizations')}>
        {commitment.organizationIds.length ? (
          <Links segment="organizations" ids={commitment.organizationIds} />
        ) : null}
      </Fact>
      <Fact term={t('field.events')}>
        {commitment.eventIds.length ? <Links segment="events" ids={commitment.eventIds} /> : null}
      </Fact>
      <Fact term={t('field.instruments')}>
        {commitment.legalInstrumentIds.length ? (
          <Links segment="legal-instruments" ids={commitment.legalInstrumentIds} />
        ) : null}
      </Fact>
    </dl>
  );
}

function Benchmarks({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  const sources = useSources(commitment.benchmarks.map((b) => b.sourceId));
  if (commitment.benchmarks.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('benchmarks.none')}
      </Text>
    );
  return (
    <Stack component="ul" gap="xs" className={classes.timeline}>
      {commitment.benchmarks.map((benchmark) => {
        const source = benchmark.sourceId ? sources.get(benchmark.sourceId) : undefined;
        return (
          <Paper component="li" key={benchmark.id} withBorder p="xs" data-testid="benchmark">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm">{labels.text(benchmark.text)}</Text>
              <Badge maw="none" variant="light" color={benchmark.status === 'met' ? 'green' : 'gray'}>
                {labels.of('benchmarkStatus', benchmark.status)}
              </Badge>
            </Group>
            {source ? (
              <Text size="xs" c="dimmed">
                {t('evidence.source')}:{' '}
                <Anchor component={Link} to={`/sources/${source.id}`} size="xs" underline="always">
                  {source.title}
                </Anchor>
                {benchmark.locator ? `, ${benchmark.locator}` : ''}
              </Text>
            ) : null}
          </Paper>
        );
      })}
    </Stack>
  );
}

/** A commitment: what was promised, by whom and where, its benchmarks, and its ratings over time. */
export function CommitmentPage() {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  const { id } = useParams();
  const commitment = useCommitment(id);
  if (commitment.isPending) return <PageLoader />;
  if (commitment.isError) {
    if (isApiError(commitment.error) && [400, 404, 410].includes(commitment.error.status))
      return <NotFoundPage />;
    return <ProblemAlert error={commitment.error} />;
  }
  const record = commitment.data;
  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader
        title={labels.text(record.title)}
        subtitle={`${labels.of('commitmentKind', record.kind)} · ${labels.country(record.country)}`}
        actions={
          <>
            {record.abilities.write ? (
              <Button component={Link} to={`/commitments/${record.id}/edit`} variant="light">
                {t('edit')}
              </Button>
            ) : null}
            <Button component={Link} to={`/commitments/${record.id}/history`} variant="default">
              {t('history')}
            </Button>
          </>
        }
      />
      <Group gap="sm" data-testid="current-rating">
        <Text fw={600}>{t('rating.current')}:</Text>
        <RatingBadge rating={record.currentRating} size="lg" />
        {record.isOverdue ? <OverdueBadge size="lg" /> : null}
      </Group>
      <Section title={t('commitment.facts')}>
        <Facts commitment={record} />
      </Section>
      <Section title={t('benchmarks.title')}>
        <Benchmarks commitment={record} />
      </Section>
      <Section title={t('rating.timeline')} testId="rating-timeline">
        <RatingTimeline commitment={record} />
      </Section>
      {record.abilities.write ? (
        <Section title={t('rate.title')}>
          <RateForm commitment={record} onReload={() => commitment.refetch()} />
        </Section>
      ) : null}
    </Stack>
  );
}
