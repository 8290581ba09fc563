import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ItemsInput } from '../cases/ItemsInput.tsx';
import { EditorShell } from '../editor/EditorShell.tsx';
import { MetaFields } from '../editor/MetaFields.tsx';
import { type RecordEditor, useRecordEditor } from '../editor/useRecordEditor.ts';
import { LocalizedTextInput } from '../form/LocalizedTextInput.tsx';
import { type NameRow, NamesInput } from '../form/NamesInput.tsx';
import { PartialDateInput } from '../form/PartialDateInput.tsx';
import { RecordSelect } from '../form/RecordSelect.tsx';
import { editableDraft } from '../persons/PersonEditor.tsx';
import { RecordName } from '../shared/RecordName.tsx';
import { recordTitle } from '../shared/titles.ts';
import type { AnyRecord, RecordSegment } from '../shared/types.ts';
import { FiguresInput } from './FiguresInput.tsx';
import type { FieldSpec, TypeSpec } from './specs.ts';

/** A form built from a type's field list, validated with the API's schemas of that type. */
export function SpecEditor({
  segment,
  spec,
  record,
}: {
  segment: RecordSegment;
  spec: TypeSpec;
  record?: AnyRecord;
}) {
  const { t } = useTranslation('records');
  const editor = useRecordEditor({
    segment,
    record,
    initial: { ...spec.initial, sensitivity: 'internal', fieldSensitivity: {} },
    toDraft: editableDraft,
    createSchema: spec.createSchema,
    updateSchema: spec.updateSchema,
  });
  const label = (field: string) => t(`field.${field}`, { defaultValue: field });
  const title = record
    ? t('form.editTitle', { name: recordTitle(segment, record) })
    : t(`form.newTitle.${segment}`);
  const visible = spec.fields.filter((f) => !record?.redacted.includes(f.field));
  const wide = (f: FieldSpec) =>
    f.control === 'names' ||
    f.control === 'localized' ||
    f.control === 'records' ||
    f.control === 'figures' ||
    f.control === 'items';
  return (
    <EditorShell
      title={title}
      editor={editor}
      cancelTo={record ? `/${segment}/${record.id}` : `/${segment}`}
      labelOf={label}
    >
      {visible
        .filter(wide)
        .slice(0, 1)
        .map((f) => (
          <SpecControl key={f.field} spec={f} editor={editor} label={label(f.field)} />
        ))}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {visible
          .filter((f) => !wide(f))
          .map((f) => (
            <SpecControl key={f.field} spec={f} editor={editor} label={label(f.field)} />
          ))}
      </SimpleGrid>
      {visible
        .filter(wide)
        .slice(1)
        .map((f) => (
          <SpecControl key={f.field} spec={f} editor={editor} label={label(f.field)} />
        ))}
      <MetaFields segment={segment} editor={editor} />
    </EditorShell>
  );
}

function SpecControl({ spec, editor, label }: { spec: FieldSpec; editor: RecordEditor; label: string }) {
  const { t } = useTranslation('records');
  const { draft, set, errors } = editor;
  const value = draft[spec.field];
  const error = errors[spec.field];
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
    case 'records':
      return (
        <RecordList
          segment={spec.segment}
          label={label}
          value={value as string[]}
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
          maxLength={2}
          error={error}
          onChange={(e) => set(spec.field, e.currentTarget.value.toUpperCase() || null)}
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
