import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EditorShell } from '../editor/EditorShell.tsx';
import { MetaFields } from '../editor/MetaFields.tsx';
import { useRecordEditor } from '../editor/useRecordEditor.ts';
import { editableDraft } from '../persons/PersonEditor.tsx';
import { useRecordFieldLabel } from '../shared/field-label.ts';
import { recordTitle } from '../shared/titles.ts';
import type { AnyRecord, RecordSegment } from '../shared/types.ts';
import { SpecControl } from './SpecControl.tsx';
import type { FieldSpec, TypeSpec } from './spec-types.ts';

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
  const { t, i18n } = useTranslation('records');
  const editor = useRecordEditor({
    segment,
    record,
    initial: { ...startingValues(spec, i18n.language), sensitivity: 'internal', fieldSensitivity: {} },
    toDraft: editableDraft,
    createSchema: spec.createSchema,
    updateSchema: spec.updateSchema,
  });
  const label = useRecordFieldLabel(segment);
  const set = (field: string, value: unknown) =>
    editor.setDraft((current) => {
      const next = { ...current, [field]: value };
      return spec.adjust ? spec.adjust(next, field) : next;
    });
  const title = record
    ? t('form.editTitle', { name: recordTitle(segment, record) })
    : t(`form.newTitle.${segment}`);
  const visible = spec.fields.filter((f) => !record?.redacted.includes(f.field));
  const wide = (f: FieldSpec) =>
    f.control === 'names' ||
    f.control === 'localized' ||
    f.control === 'records' ||
    f.control === 'figures' ||
    f.control === 'items' ||
    f.control === 'enums' ||
    f.control === 'un-recommendation';
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
          <SpecControl key={f.field} spec={f} editor={editor} label={label(f.field)} set={set} />
        ))}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {visible
          .filter((f) => !wide(f))
          .map((f) => (
            <SpecControl key={f.field} spec={f} editor={editor} label={label(f.field)} set={set} />
          ))}
      </SimpleGrid>
      {visible
        .filter(wide)
        .slice(1)
        .map((f) => (
          <SpecControl key={f.field} spec={f} editor={editor} label={label(f.field)} set={set} />
        ))}
      <MetaFields segment={segment} editor={editor} />
    </EditorShell>
  );
}

/** A new record's values: a required text by language starts with a box in the interface language. */
function startingValues(spec: TypeSpec, language: string): Record<string, unknown> {
  const values = { ...spec.initial };
  for (const field of spec.fields) {
    if (field.control === 'localized' && field.required && !values[field.field])
      values[field.field] = { [language]: '' };
  }
  return values;
}
