import { Badge, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDisplayNames } from '../form/languages.ts';
import { FieldRow } from '../shared/FieldRow.tsx';
import { fieldLevel } from '../shared/levels.ts';
import type { PageData } from '../shared/pageData.ts';
import { RecordName } from '../shared/RecordName.tsx';
import { type Case, isWithheld } from '../shared/types.ts';
import { LocalizedTextView } from '../shared/values.tsx';
import {
  AssessmentsView,
  ChargesView,
  PerpetratorsView,
  UnDecisionsView,
  WitnessesView,
} from './CaseItems.tsx';
import { DerivedView } from './caseValues.tsx';
import { TimelineView } from './TimelineView.tsx';

/** Whether every item of a list names its source, so the list as a whole needs no uncited mark. */
const allSourced = (items: ReadonlyArray<{ sourceId: string | null }>) =>
  items.every((item) => item.sourceId);

/** A case: the victim and the act, where it stands (derived), the timeline, charges and assessments. */
export function CasePage({ data }: { data: PageData }) {
  const { t } = useTranslation('records');
  const display = useDisplayNames();
  const { record, citations, sources } = data;
  const item = record as unknown as Case;
  const shows = (field: string) => !isWithheld(record, field);
  const row = (field: string) => ({
    field,
    label: t(`field.${field}`),
    citations,
    sources,
    level: fieldLevel('cases', record, field),
    onCite: data.cite,
  });
  const list = <K extends 'perpetrators' | 'charges' | 'assessments' | 'unDecisions'>(field: K) =>
    shows(field) && item[field].length > 0;

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <DerivedView derived={item.derived} />
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {shows('victimId') ? (
          <FieldRow {...row('victimId')} quiet>
            <RecordName segment="persons" id={item.victimId} />
          </FieldRow>
        ) : null}
        {shows('caseType') ? (
          <FieldRow {...row('caseType')} quiet>
            <Badge variant="light" radius="sm">
              {t(`vocabulary:caseType.${item.caseType}`)}
            </Badge>
          </FieldRow>
        ) : null}
        {shows('country') && item.country ? (
          <FieldRow {...row('country')} quiet>
            <Text>{display.country(item.country)}</Text>
          </FieldRow>
        ) : null}
        {shows('eventId') && item.eventId ? (
          <FieldRow {...row('eventId')} quiet>
            <RecordName segment="events" id={item.eventId} />
          </FieldRow>
        ) : null}
      </SimpleGrid>
      {shows('summary') && item.summary ? (
        <FieldRow {...row('summary')}>
          <LocalizedTextView value={item.summary} />
        </FieldRow>
      ) : null}
      {shows('timeline') ? (
        <section aria-labelledby="case-timeline">
          <Title order={2} size="h4" id="case-timeline" mb="xs">
            {t('field.timeline')}
          </Title>
          <FieldRow
            {...row('timeline')}
            label={t('timeline.sourcesOfTimeline')}
            cited={allSourced(item.timeline)}
          >
            {item.timeline.length ? null : <Text c="dimmed">{t('timeline.empty')}</Text>}
          </FieldRow>
          {item.timeline.length ? <TimelineView steps={item.timeline} sources={sources} /> : null}
        </section>
      ) : null}
      {list('charges') ? (
        <FieldRow {...row('charges')} cited={allSourced(item.charges)}>
          <ChargesView charges={item.charges} sources={sources} />
        </FieldRow>
      ) : null}
      {list('perpetrators') ? (
        <FieldRow {...row('perpetrators')} cited={allSourced(item.perpetrators)}>
          <PerpetratorsView list={item.perpetrators} sources={sources} />
        </FieldRow>
      ) : null}
      {list('assessments') ? (
        <FieldRow {...row('assessments')} cited={allSourced(item.assessments)}>
          <AssessmentsView list={item.assessments} sources={sources} />
        </FieldRow>
      ) : null}
      {list('unDecisions') ? (
        <FieldRow {...row('unDecisions')} cited={allSourced(item.unDecisions)}>
          <UnDecisionsView list={item.unDecisions} sources={sources} />
        </FieldRow>
      ) : null}
      {shows('witnesses') && item.witnesses?.length ? (
        <FieldRow {...row('witnesses')} quiet>
          <WitnessesView list={item.witnesses ?? []} />
        </FieldRow>
      ) : null}
    </Stack>
  );
}
