import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isPartialDate } from '../../../../../src/core/partial-date.ts';
import { useFormat } from '../../../i18n/format.ts';
import { useVocabularyLabel } from '../../../i18n/vocabulary.ts';
import { useDisplayNames } from '../form/languages.ts';
import { ClaimsView, type ClaimView } from '../shared/ClaimsView.tsx';
import { UncitedMark } from '../shared/FieldRow.tsx';
import { RecordName } from '../shared/RecordName.tsx';
import { SourceLink } from '../shared/SourceLink.tsx';
import type { RecordSegment, Source } from '../shared/types.ts';
import { LocalizedTextView, NamesTable, type NameValue } from '../shared/values.tsx';

/** Fields naming another record, and the type of that record. */
const REFERENCES: Record<string, RecordSegment> = {
  courtId: 'organizations',
  issuedBy: 'organizations',
  authorityId: 'organizations',
  instrumentId: 'legal-instruments',
  personId: 'persons',
  organizationId: 'organizations',
  victimId: 'persons',
  eventId: 'events',
  caseIds: 'cases',
  personIds: 'persons',
  organizationIds: 'organizations',
  eventIds: 'events',
  legalInstrumentIds: 'legal-instruments',
  submittedById: 'organizations',
  makerOrganizationId: 'organizations',
  makerPersonId: 'persons',
  engagementId: 'engagements',
  askId: 'asks',
  askIds: 'asks',
  commitmentIds: 'commitments',
  sourceId: 'sources',
};

/** Members an item shows elsewhere (its source line) or never (its id). */
const HIDDEN = new Set(['id', 'sourceId', 'locator']);

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isName = (value: unknown) => isObj(value) && 'text' in value && 'script' in value && 'kind' in value;
const isClaim = (value: unknown) => isObj(value) && 'value' in value && 'isPreferred' in value;
const isLocalized = (value: unknown) =>
  isObj(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([k, v]) => /^[a-z]{2,3}(-|$)/.test(k) && typeof v === 'string');

/**
 * Any field of any record, read by its shape: names as a table, claims side by side, dated and
 * sourced items as cards, references as links, enums as translated labels.
 */
export function GenericValue({
  field,
  value,
  sources,
}: {
  field: string;
  value: unknown;
  sources: ReadonlyMap<string, Source>;
}) {
  const { t, i18n } = useTranslation('records');
  const format = useFormat();
  const display = useDisplayNames();
  const vocabularyLabel = useVocabularyLabel();
  const reference = REFERENCES[field];
  // The field's own group first (an event's `kind`), then the groups its name may stand for.
  const enumLabel = (text: string) => {
    const key = `vocabulary:${field}.${text}`;
    return i18n.exists(key) ? t(key) : vocabularyLabel(field, text);
  };

  if (value === null || value === undefined || value === '') return null;
  if (reference) {
    const ids = Array.isArray(value) ? (value as string[]) : [value as string];
    return (
      <Group gap="xs">
        {ids.map((id) => (
          <RecordName key={id} segment={reference} id={id} />
        ))}
      </Group>
    );
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    if (value.every(isName))
      return (
        <NamesTable names={value as NameValue[]} caption={t(`field.${field}`, { defaultValue: field })} />
      );
    if (value.every(isClaim))
      return (
        <ClaimsView
          claims={value as ClaimView<unknown>[]}
          sources={sources}
          label={t(`field.${field}`, { defaultValue: field })}
          render={(claim) => <GenericValue field="value" value={claim} sources={sources} />}
          extra={(claim) => <ClaimExtra claim={claim as ClaimView<unknown> & Obj} />}
        />
      );
    if (value.every(isObj))
      return (
        <Stack gap="xs">
          {value.map((item, index) => (
            <ItemCard key={String(item.id ?? index)} item={item} sources={sources} />
          ))}
        </Stack>
      );
    return (
      <Group gap={4}>
        {value.map((item) => (
          <Badge key={String(item)} variant="light" radius="sm">
            {enumLabel(String(item)) ?? String(item)}
          </Badge>
        ))}
      </Group>
    );
  }
  if (isLocalized(value)) return <LocalizedTextView value={value as Record<string, string>} />;
  if (isObj(value)) return <ItemCard item={value} sources={sources} />;
  if (typeof value === 'boolean') return <Text>{value ? t('form.yes') : t('form.no')}</Text>;
  if (typeof value === 'number') return <Text>{format.number(value)}</Text>;
  const text = String(value);
  if (field === 'country') return <Text>{display.country(text)}</Text>;
  if (field === 'language') return <Text>{display.language(text)}</Text>;
  if (field === 'url' || field === 'website')
    return (
      <Anchor href={text} target="_blank" rel="noreferrer noopener">
        {text}
      </Anchor>
    );
  if (isPartialDate(text)) return <Text>{format.partialDate(text)}</Text>;
  const label = enumLabel(text);
  if (label)
    return (
      <Badge variant="light" radius="sm">
        {label}
      </Badge>
    );
  return <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>;
}

/** An item of a list (a registration step, a figure, a provision…), with its source or uncited mark. */
function ItemCard({ item, sources }: { item: Obj; sources: ReadonlyMap<string, Source> }) {
  const { t } = useTranslation('records');
  const sourced = 'sourceId' in item;
  return (
    <Paper withBorder p="xs" radius="sm">
      <Stack gap={4}>
        {Object.entries(item)
          .filter(([key, inner]) => !HIDDEN.has(key) && inner !== null && inner !== undefined)
          .map(([key, inner]) => (
            <Group key={key} gap="xs" align="baseline" wrap="nowrap">
              <Text size="xs" c="dimmed" miw={110}>
                {t(`field.${key}`, { defaultValue: key })}
              </Text>
              <GenericValue field={key} value={inner} sources={sources} />
            </Group>
          ))}
        {sourced ? (
          typeof item.sourceId === 'string' ? (
            <SourceLink
              sourceId={item.sourceId}
              sources={sources}
              locator={item.locator as string | undefined}
            />
          ) : (
            <UncitedMark />
          )
        ) : null}
      </Stack>
    </Paper>
  );
}

/** How precise a figure is ("at least") and when the source stated it, where the claim says. */
function ClaimExtra({ claim }: { claim: Obj }) {
  const { t } = useTranslation('records');
  const format = useFormat();
  const parts: string[] = [];
  if (typeof claim.qualifier === 'string' && claim.qualifier !== 'exact')
    parts.push(t(`vocabulary:qualifier.${claim.qualifier}`));
  if (typeof claim.statedOn === 'string')
    parts.push(t('claims.statedOn', { date: format.partialDate(claim.statedOn) }));
  if (parts.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" component="span">
      {parts.join(' · ')}
    </Text>
  );
}
