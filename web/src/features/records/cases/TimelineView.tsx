import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import { ClaimsView } from '../shared/ClaimsView.tsx';
import { UncitedMark } from '../shared/FieldRow.tsx';
import { RecordName } from '../shared/RecordName.tsx';
import { SourceLink } from '../shared/SourceLink.tsx';
import type { Case, Source } from '../shared/types.ts';
import { SentenceText } from './caseValues.tsx';

type Step = Case['timeline'][number];

/** The timeline as a table of dated steps; dates and sentences that sources dispute sit side by side. */
export function TimelineView({
  steps,
  sources,
}: {
  steps: readonly Step[];
  sources: ReadonlyMap<string, Source>;
}) {
  const { t } = useTranslation('records');
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" aria-label={t('field.timeline')} data-testid="timeline">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={200}>{t('timeline.date')}</Table.Th>
            <Table.Th w={180}>{t('timeline.step')}</Table.Th>
            <Table.Th>{t('timeline.details')}</Table.Th>
            <Table.Th w={200}>{t('timeline.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {steps.map((step) => (
            <Table.Tr key={step.id}>
              <Table.Td>
                <ClaimsView
                  claims={step.date}
                  sources={sources}
                  render={(value) => format.partialDate(value)}
                  label={t('timeline.date')}
                  covered={step.sourceId !== null}
                />
              </Table.Td>
              <Table.Td>
                <Text fw={600} size="sm">
                  {t(`vocabulary:stepKind.${step.kind}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  {step.place ? <Text size="sm">{t('timeline.placeIs', { place: step.place })}</Text> : null}
                  {step.durationDays ? (
                    <Text size="sm">{t('timeline.durationIs', { count: step.durationDays })}</Text>
                  ) : null}
                  {step.courtId ? (
                    <Text size="sm">
                      {t('timeline.court')}: <RecordName segment="organizations" id={step.courtId} />
                    </Text>
                  ) : null}
                  {step.sentence ? (
                    <ClaimsView
                      claims={step.sentence}
                      sources={sources}
                      render={(value) => <SentenceText sentence={value} />}
                      label={t('timeline.sentence')}
                    />
                  ) : null}
                  {step.appealOutcome ? (
                    <Text size="sm">{t(`vocabulary:appealOutcome.${step.appealOutcome}`)}</Text>
                  ) : null}
                  {step.note ? (
                    <Text size="sm" c="dimmed">
                      {step.note}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                {step.sourceId ? (
                  <SourceLink sourceId={step.sourceId} sources={sources} locator={step.locator} />
                ) : (
                  <UncitedMark />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
