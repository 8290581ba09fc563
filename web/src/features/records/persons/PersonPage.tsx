import { Badge, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format.ts';
import { OK_BADGE_STYLE, WARN_BADGE_STYLE } from '../shared/badge-styles.ts';
import { FieldRow } from '../shared/FieldRow.tsx';
import { fieldLevel } from '../shared/levels.ts';
import type { PageData } from '../shared/pageData.ts';
import { isWithheld, type Person } from '../shared/types.ts';
import { EnumBadges, LocalizedTextView, NamesTable } from '../shared/values.tsx';
import { PersonCases } from './PersonCases.tsx';

/** A person: names in every script, the facts about them with their sources, and how to reach them. */
export function PersonPage({ data }: { data: PageData }) {
  const { t } = useTranslation('records');
  const format = useFormat();
  const { record, citations, sources } = data;
  const person = record as unknown as Person;
  const shows = (field: string) => !isWithheld(record, field);
  const row = (field: string) => ({
    field,
    label: t(`field.${field}`),
    citations,
    sources,
    level: fieldLevel('persons', record, field),
    onCite: data.cite,
  });

  return (
    <Stack gap="md">
      {shows('names') && person.names ? (
        <FieldRow {...row('names')}>
          <NamesTable names={person.names} caption={t('field.names')} />
        </FieldRow>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {shows('gender') && person.gender ? (
          <FieldRow {...row('gender')}>
            <Text>{t(`vocabulary:gender.${person.gender}`)}</Text>
          </FieldRow>
        ) : null}
        {shows('birthDate') && person.birthDate ? (
          <FieldRow {...row('birthDate')}>
            <Text>{format.partialDate(person.birthDate)}</Text>
          </FieldRow>
        ) : null}
        {shows('occupations') && person.occupations.length ? (
          <FieldRow {...row('occupations')}>
            <EnumBadges group="occupation" values={person.occupations} />
          </FieldRow>
        ) : null}
        {shows('consentBasis') ? (
          <FieldRow {...row('consentBasis')} quiet>
            <Badge
              variant="light"
              color="green"
              radius="sm"
              style={person.consentBasis === 'none' ? WARN_BADGE_STYLE : OK_BADGE_STYLE}
            >
              {t(`vocabulary:consentBasis.${person.consentBasis}`)}
            </Badge>
          </FieldRow>
        ) : null}
      </SimpleGrid>
      {shows('biography') && person.biography ? (
        <FieldRow {...row('biography')}>
          <LocalizedTextView value={person.biography} />
        </FieldRow>
      ) : null}
      {shows('contacts') && person.contacts?.length ? (
        <FieldRow {...row('contacts')} quiet>
          <Stack gap={2}>
            {person.contacts.map((contact) => (
              <Text key={`${contact.kind}:${contact.value}`}>
                <Text span c="dimmed">
                  {t(`vocabulary:contactKind.${contact.kind}`)}:{' '}
                </Text>
                {contact.value}
                {contact.note ? ` (${contact.note})` : ''}
              </Text>
            ))}
          </Stack>
        </FieldRow>
      ) : null}
      {shows('whereabouts') ? (
        <FieldRow {...row('whereabouts')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{person.whereabouts}</Text>
        </FieldRow>
      ) : null}
      {shows('notes') ? (
        <FieldRow {...row('notes')} quiet>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{person.notes}</Text>
        </FieldRow>
      ) : null}
      <PersonCases person={record} />
    </Stack>
  );
}
