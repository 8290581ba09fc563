import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import { UncitedMark } from '../shared/FieldRow.tsx';
import { RecordName } from '../shared/RecordName.tsx';
import { SourceLink } from '../shared/SourceLink.tsx';
import type { Case, Source } from '../shared/types.ts';

type Sources = ReadonlyMap<string, Source>;

/** One sourced item of a list in a case: its content, then its source or the uncited mark. */
function Item({
  sourceId,
  locator,
  sources,
  children,
}: {
  sourceId: string | null;
  locator?: string | undefined;
  sources: Sources;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="xs" radius="sm">
      <Stack gap={2}>
        {children}
        {sourceId ? <SourceLink sourceId={sourceId} sources={sources} locator={locator} /> : <UncitedMark />}
      </Stack>
    </Paper>
  );
}

export function ChargesView({ charges, sources }: { charges: Case['charges']; sources: Sources }) {
  return (
    <Stack gap="xs">
      {charges.map((charge) => (
        <Item key={charge.id} sourceId={charge.sourceId} locator={charge.locator} sources={sources}>
          <Group gap="xs">
            <Text fw={600}>{charge.article}</Text>
            {charge.instrumentId ? <RecordName segment="legal-instruments" id={charge.instrumentId} /> : null}
          </Group>
          {charge.description ? <Text size="sm">{charge.description}</Text> : null}
        </Item>
      ))}
    </Stack>
  );
}

export function PerpetratorsView({ list, sources }: { list: Case['perpetrators']; sources: Sources }) {
  const { t } = useTranslation('records');
  return (
    <Stack gap="xs">
      {list.map((perpetrator) => (
        <Item
          key={perpetrator.id}
          sourceId={perpetrator.sourceId}
          locator={perpetrator.locator}
          sources={sources}
        >
          <Group gap="xs">
            <RecordName segment="persons" id={perpetrator.personId} />
            <RecordName segment="organizations" id={perpetrator.organizationId} />
            {perpetrator.description ? <Text>{perpetrator.description}</Text> : null}
            <Badge variant="light" color="gray" size="sm">
              {t(`vocabulary:involvement.${perpetrator.involvement}`)}
            </Badge>
          </Group>
        </Item>
      ))}
    </Stack>
  );
}

export function AssessmentsView({ list, sources }: { list: Case['assessments']; sources: Sources }) {
  const { t } = useTranslation('records');
  const format = useFormat();
  return (
    <Stack gap="xs">
      {list.map((assessment) => (
        <Item
          key={assessment.id}
          sourceId={assessment.sourceId}
          locator={assessment.locator}
          sources={sources}
        >
          <Group gap="xs">
            <Text fw={600}>{t(`vocabulary:conclusion.${assessment.conclusion}`)}</Text>
            <Text size="sm">{format.partialDate(assessment.date)}</Text>
            {assessment.assessorName ? <Text size="sm">{assessment.assessorName}</Text> : null}
            <RecordName segment="organizations" id={assessment.assessorId} />
          </Group>
          <Text size="sm" c="dimmed">
            {assessment.criteria === 'not-stated'
              ? t('assessment.criteriaNotStated')
              : t('assessment.criteria', { list: assessment.criteria.join(', ') })}
          </Text>
        </Item>
      ))}
    </Stack>
  );
}

export function UnDecisionsView({ list, sources }: { list: Case['unDecisions']; sources: Sources }) {
  const { t } = useTranslation('records');
  const format = useFormat();
  return (
    <Stack gap="xs">
      {list.map((decision) => (
        <Item key={decision.id} sourceId={decision.sourceId} locator={decision.locator} sources={sources}>
          <Group gap="xs">
            <Text fw={600}>
              {decision.body}
              {decision.opinionNumber ? ` ${decision.opinionNumber}` : ''}
            </Text>
            <Badge variant="light" size="sm">
              {t(`vocabulary:finding.${decision.finding}`)}
            </Badge>
            {decision.adoptedOn ? <Text size="sm">{format.partialDate(decision.adoptedOn)}</Text> : null}
            {decision.categories.length ? <Text size="sm">{decision.categories.join(', ')}</Text> : null}
          </Group>
          {decision.note ? <Text size="sm">{decision.note}</Text> : null}
        </Item>
      ))}
    </Stack>
  );
}

export function WitnessesView({ list }: { list: NonNullable<Case['witnesses']> }) {
  return (
    <Stack gap="xs">
      {list.map((witness, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: witnesses have no ids
        <Paper key={index} withBorder p="xs" radius="sm">
          <Group gap="xs">
            <RecordName segment="persons" id={witness.personId} />
            {witness.name ? <Text fw={600}>{witness.name}</Text> : null}
            {witness.contact ? <Text size="sm">{witness.contact}</Text> : null}
          </Group>
          {witness.statement ? <Text size="sm">{witness.statement}</Text> : null}
        </Paper>
      ))}
    </Stack>
  );
}
