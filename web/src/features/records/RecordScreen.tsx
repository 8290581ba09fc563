import { Anchor, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../api/problem.ts';
import { PageLoader } from '../../app/SignedInLayout.tsx';
import { NotFoundPage } from '../../ui/NotFoundPage.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SourceDocumentLink } from '../documents/SourceDocument.tsx';
import { AskRaisings } from './asks/AskRaisings.tsx';
import { CasePage } from './cases/CasePage.tsx';
import { AddCitationModal } from './citations/AddCitationModal.tsx';
import { CitationList } from './citations/CitationList.tsx';
import { indexCitations } from './citations/citationIndex.ts';
import { GenericPage } from './generic/GenericPage.tsx';
import { PersonPage } from './persons/PersonPage.tsx';
import { useCitations, useRecord, useSources } from './shared/api.ts';
import { useRecordFieldLabel } from './shared/field-label.ts';
import type { PageData } from './shared/pageData.ts';
import { RecordHeader } from './shared/RecordHeader.tsx';
import { recordTitle } from './shared/titles.ts';
import { type AnyRecord, CITATION_TYPE, isWithheld, META_KEYS } from './shared/types.ts';
import { useSegment } from './shared/useSegment.ts';

/** Every `sourceId` inside a record: items and claims name their sources there. */
function sourceIdsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) sourceIdsIn(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'sourceId' && typeof inner === 'string') out.push(inner);
      else sourceIdsIn(inner, out);
    }
  }
  return out;
}

/** A record's page: its header and actions, its fields by type, and its sources as footnotes. */
export function RecordScreen() {
  const { t } = useTranslation('records');
  const segment = useSegment();
  const { id } = useParams();
  const record = useRecord(segment, id);
  const citations = useCitations(CITATION_TYPE[segment], id);
  const sourceIds = [
    ...(citations.data ?? []).map((citation) => citation.sourceId),
    ...(record.data ? sourceIdsIn(record.data) : []),
  ];
  const sources = useSources(sourceIds);
  const [isCiting, citing] = useDisclosure(false);
  const fieldLabel = useRecordFieldLabel(segment);
  const [citedField, setCitedField] = useState('');
  // A case without a title is headed by its victim's name.
  const untitledVictim =
    segment === 'cases' && record.data && !record.data.title && typeof record.data.victimId === 'string'
      ? record.data.victimId
      : undefined;
  const victim = useRecord('persons', untitledVictim);

  if (record.isPending) return <PageLoader />;
  if (record.isError) {
    if (isApiError(record.error) && (record.error.status === 404 || record.error.status === 400))
      return <NotFoundPage />;
    return <ProblemAlert error={record.error} />;
  }
  const data: PageData = {
    segment,
    record: record.data as AnyRecord,
    citations: indexCitations(citations.data ?? []),
    sources: sources.data ?? new Map(),
    cite: record.data.abilities.write
      ? (field: string) => {
          setCitedField(field);
          citing.open();
        }
      : undefined,
  };
  return (
    <Stack gap="md" maw={1100}>
      <RecordHeader
        segment={segment}
        record={data.record}
        {...(victim.data ? { title: recordTitle('persons', victim.data) } : {})}
      />
      {segment === 'sources' ? <SourceDocumentLink sourceId={data.record.id} /> : null}
      {segment === 'persons' ? (
        <PersonPage data={data} />
      ) : segment === 'cases' ? (
        <CasePage data={data} />
      ) : (
        <GenericPage data={data} />
      )}
      {segment === 'asks' ? <AskRaisings askId={data.record.id} /> : null}
      <Divider />
      <section aria-labelledby="record-sources">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4" id="record-sources">
            {t('citations.title')}
          </Title>
          {data.record.abilities.write ? (
            <Button
              variant="light"
              size="xs"
              onClick={() => {
                setCitedField('');
                citing.open();
              }}
            >
              {t('citations.add')}
            </Button>
          ) : null}
        </Group>
        {data.citations.all.length ? (
          <CitationList data={data} />
        ) : (
          <Text c="dimmed" size="sm">
            {t('citations.none')}
          </Text>
        )}
      </section>
      {data.record.abilities.write ? (
        <AddCitationModal
          // A fresh form for each field it is opened for.
          key={citedField}
          initialField={citedField}
          opened={isCiting}
          onClose={citing.close}
          recordType={CITATION_TYPE[segment]}
          recordId={data.record.id}
          fields={Object.keys(data.record).filter(
            (field) => !META_KEYS.has(field) && !isWithheld(data.record, field),
          )}
          labelOf={fieldLabel}
        />
      ) : null}
      <Text size="xs" c="dimmed">
        {data.record.ref ? `${t('field.ref')}: ${data.record.ref} · ` : ''}
        {t('meta.version', { version: data.record.version })} ·{' '}
        <Anchor href={`/api/${segment}/${data.record.id}`} size="xs" underline="always">
          {t('meta.api')}
        </Anchor>
      </Text>
    </Stack>
  );
}
