import { Button, Stack, Table, Text } from '@mantine/core';
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
import { AgendaSection } from './AgendaSection.tsx';
import { type Engagement, useEngagement } from './api.ts';
import { FollowUps } from './FollowUps.tsx';
import { useLabels } from './labels.ts';
import { ScrollTable, Section } from './parts.tsx';
import { SinceSection } from './SinceSection.tsx';
import classes from './tracker.module.css';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Facts({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  const format = useFormat();
  // A range reads the same in every language Docket speaks: the dates with a dash between them.
  const dates = engagement.endsOn
    ? `${format.partialDate(engagement.startsOn)} – ${format.partialDate(engagement.endsOn)}`
    : format.partialDate(engagement.startsOn);
  return (
    <dl className={classes.facts}>
      <Fact term={t('field.kind')}>{labels.of('engagementKind', engagement.kind)}</Fact>
      <Fact term={t('engagement.when')}>{dates}</Fact>
      <Fact term={t('engagement.places')}>{engagement.places.join(', ')}</Fact>
      <Fact term={t('engagement.countries')}>
        {engagement.countries.map((code) => labels.country(code)).join(', ')}
      </Fact>
      <Fact term={t('engagement.summary')}>
        {engagement.summary ? (
          <Text size="sm" className={classes.quote}>
            {labels.text(engagement.summary)}
          </Text>
        ) : null}
      </Fact>
    </dl>
  );
}

function Participants({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation('tracker');
  const labels = useLabels();
  if (engagement.participants.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('participants.none')}
      </Text>
    );
  return (
    <ScrollTable minWidth={560} label={t('participants.title')}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('participants.name')}</Table.Th>
            <Table.Th>{t('participants.role')}</Table.Th>
            <Table.Th>{t('participants.organization')}</Table.Th>
            <Table.Th>{t('participants.side')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {engagement.participants.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                {p.name}
                {p.personId ? (
                  <>
                    {p.name ? ' · ' : ''}
                    <RecordName segment="persons" id={p.personId} />
                  </>
                ) : null}
              </Table.Td>
              <Table.Td>{p.role}</Table.Td>
              <Table.Td>
                <RecordName segment="organizations" id={p.organizationId} />
              </Table.Td>
              <Table.Td>{labels.of('participantSide', p.side)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** An engagement and its planner: the agenda of asks, what came of them, follow-ups, and what happened since. */
export function EngagementPage() {
  const { t } = useTranslation('tracker');
  const { t: letters } = useTranslation('letters');
  const labels = useLabels();
  const { id } = useParams();
  const engagement = useEngagement(id);
  if (engagement.isPending) return <PageLoader />;
  if (engagement.isError) {
    if (isApiError(engagement.error) && [400, 404, 410].includes(engagement.error.status))
      return <NotFoundPage />;
    return <ProblemAlert error={engagement.error} />;
  }
  const record = engagement.data;
  const reload = () => void engagement.refetch();
  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader
        title={labels.text(record.title)}
        subtitle={labels.of('engagementKind', record.kind)}
        actions={
          <>
            <Button component={Link} to={`/engagements/${record.id}/briefing`} variant="default">
              {letters('engagement.briefing')}
            </Button>
            {record.abilities.write ? (
              <Button component={Link} to={`/engagements/${record.id}/letter/new`} variant="default">
                {letters('engagement.letter')}
              </Button>
            ) : null}
            {record.abilities.write ? (
              <Button component={Link} to={`/engagements/${record.id}/edit`} variant="light">
                {t('edit')}
              </Button>
            ) : null}
            <Button component={Link} to={`/engagements/${record.id}/history`} variant="default">
              {t('history')}
            </Button>
          </>
        }
      />
      <Section title={t('engagement.facts')}>
        <Facts engagement={record} />
      </Section>
      <Section title={t('participants.title')}>
        <Participants engagement={record} />
      </Section>
      <AgendaSection engagement={record} onReload={reload} />
      <FollowUps engagement={record} onReload={reload} />
      <SinceSection engagementId={record.id} />
    </Stack>
  );
}
