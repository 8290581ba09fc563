import { Button, Group, MultiSelect, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ItemsInput } from '../cases/ItemsInput.tsx';
import type { RecordEditor } from '../editor/useRecordEditor.ts';
import { LocalizedTextInput } from '../form/LocalizedTextInput.tsx';
import { CONTENT_LANGUAGES, useDisplayNames } from '../form/languages.ts';
import { type NameRow, NamesInput } from '../form/NamesInput.tsx';
import { PartialDateInput } from '../form/PartialDateInput.tsx';
import { RecordSelect } from '../form/RecordSelect.tsx';
import { SourceSelect } from '../form/SourceSelect.tsx';
import { RecordName } from '../shared/RecordName.tsx';
import type { RecordSegment } from '../shared/types.ts';
import { errorsUnder } from '../shared/validation.ts';
import { FiguresInput } from './FiguresInput.tsx';
import type { FieldSpec } from './spec-types.ts';
import { UnRecommendationInput } from './UnRecommendationInput.tsx';

/** The control of one field of a spec-built form. `set` keeps dependent fields consistent. */
export function SpecControl({
  spec,
  editor,
  label,
  set,
}: {
  spec: FieldSpec;
  editor: RecordEditor;
  label: string;
  set: (field: string, value: unknown) => void;
}) {
  const { t } = useTranslation('records');
  const display = useDisplayNames();
  const { draft, errors } = editor;
  const value = draft[spec.field];
  // A list or a text by language reports its problems under its members (`title.en`).
  const error = errors[spec.field] ?? errorsUnder(errors, spec.field)[0];
  const required = 'required' in spec && spec.required === true;
  switch (spec.control) {
    case 'names':
      return (
        <NamesInput
          legend={label}
          field={spec.field}
          value={value as NameRow[]}
          onChange={(v) => set(spec.field, v)}
          errors={errors}
        />
      );
    case 'date':
      return (
        <PartialDateInput
          label={label}
          value={(value as string | null) ?? null}
          required={required}
          error={error}
          onChange={(v) => set(spec.field, v ?? (required ? '' : null))}
        />
      );
    case 'localized':
      return (
        <LocalizedTextInput
          label={label}
          value={value as Record<string, string> | null}
          required={required}
          onChange={(v) => set(spec.field, v)}
          error={error}
        />
      );
    case 'enum':
      return (
        <Select
          label={label}
          data={spec.options.map((o) => ({
            value: o,
            label: t(`vocabulary:${spec.group}.${o}`, { defaultValue: o }),
          }))}
          value={value as string}
          required={required}
          allowDeselect={false}
          error={error}
          onChange={(v) => set(spec.field, v)}
        />
      );
    case 'enums':
      return (
        <MultiSelect
          label={label}
          data={spec.options.map((o) => ({
            value: o,
            label: t(`vocabulary:${spec.group}.${o}`, { defaultValue: o }),
          }))}
          value={(value as string[] | null) ?? []}
          searchable
          clearable
          error={error}
          onChange={(v) => set(spec.field, v)}
        />
      );
    case 'words':
      return (
        <TagsInput
          label={label}
          description={t('form.wordsHelp')}
          value={(value as string[] | null) ?? []}
          error={error}
          onChange={(v) => set(spec.field, v)}
        />
      );
    case 'countries':
      return (
        <TagsInput
          label={label}
          description={t('form.countriesHelp')}
          required={required}
          value={(value as string[] | null) ?? []}
          error={error}
          onChange={(v) => set(spec.field, [...new Set(v.map((code) => code.trim().toUpperCase()))])}
        />
      );
    case 'record':
      return (
        <RecordSelect
          segment={spec.segment}
          label={label}
          value={(value as string | null) ?? null}
          error={error}
          onChange={(v) => set(spec.field, v)}
        />
      );
    case 'source':
      return (
        <SourceSelect
          label={label}
          value={(value as string | null) ?? null}
          error={error}
          onChange={(v) => set(spec.field, v)}
        />
      );
    case 'language':
      return (
        <Select
          label={label}
          data={CONTENT_LANGUAGES.map((code) => ({ value: code, label: display.language(code) }))}
          value={(value as string | null) ?? null}
          clearable
          error={error}
          onChange={(v) => set(spec.field, v)}
        />
      );
    case 'items':
      return (
        <ItemsInput
          field={spec.field}
          legend={label}
          itemLabel={(number) => t('items.generic', { field: label, number })}
          addLabel={t('items.addTo', { field: label })}
          fields={spec.items}
          blank={spec.blank}
          value={(value as Record<string, unknown>[] | null) ?? []}
          onChange={(v) => set(spec.field, v)}
          errors={errors}
        />
      );
    case 'figures':
      return (
        <FiguresInput
          legend={label}
          value={value as Parameters<typeof FiguresInput>[0]['value']}
          onChange={(v) => set(spec.field, v)}
          errors={errors}
        />
      );
    case 'un-recommendation':
      return (
        <UnRecommendationInput
          field={spec.field}
          legend={label}
          value={value as Parameters<typeof UnRecommendationInput>[0]['value']}
          onChange={(v) => set(spec.field, v)}
          errors={errors}
        />
      );
    case 'records':
      return (
        <RecordList
          segment={spec.segment}
          label={label}
          value={(value as string[] | null) ?? []}
          onChange={(v) => set(spec.field, v)}
          error={error}
        />
      );
    case 'country':
      return (
        <TextInput
          label={label}
          description={t('form.countryHelp')}
          value={(value as string | null) ?? ''}
          required={required}
          maxLength={2}
          error={error}
          onChange={(e) => set(spec.field, e.currentTarget.value.toUpperCase() || (required ? '' : null))}
        />
      );
    default:
      return (
        <TextInput
          label={label}
          type={spec.control === 'url' ? 'url' : 'text'}
          value={(value as string | null) ?? ''}
          required={required}
          error={error}
          onChange={(e) => set(spec.field, e.currentTarget.value || null)}
        />
      );
  }
}

/** An ordered list of linked records (a proceeding's cases): each removable, one added at a time. */
function RecordList({
  segment,
  label,
  value,
  onChange,
  error,
}: {
  segment: RecordSegment;
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('records');
  return (
    <Stack gap={4}>
      <Text fw={500} size="sm">
        {label}
      </Text>
      {value.map((id, index) => (
        <Group key={id} gap="xs">
          <Text size="sm">{index + 1}.</Text>
          <RecordName segment={segment} id={id} />
          <Button
            size="xs"
            variant="subtle"
            color="red"
            aria-label={t('form.removeN', { number: index + 1 })}
            onClick={() => onChange(value.filter((v) => v !== id))}
          >
            {t('form.remove')}
          </Button>
        </Group>
      ))}
      {error ? (
        <Text c="red.9" size="sm">
          {error}
        </Text>
      ) : null}
      <RecordSelect
        segment={segment}
        label={t('form.addLinked', { field: label })}
        value={null}
        onChange={(id) => id && !value.includes(id) && onChange([...value, id])}
      />
    </Stack>
  );
}
