import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  createSourceSchema,
  reliabilitySchema,
  sourceDefaults,
  sourceKindSchema,
  updateSourceSchema,
} from '../../../../../src/modules/sources/source.schema.ts';
import { EditorShell } from '../editor/EditorShell.tsx';
import { MetaFields } from '../editor/MetaFields.tsx';
import { type Draft, useRecordEditor } from '../editor/useRecordEditor.ts';
import { CONTENT_LANGUAGES, useDisplayNames } from '../form/languages.ts';
import { PartialDateInput } from '../form/PartialDateInput.tsx';
import { editableDraft } from '../persons/PersonEditor.tsx';
import type { AnyRecord } from '../shared/types.ts';

/** Creates or edits a source: what it is, who wrote it, when, where to find it, how reliable. */
export function SourceEditor({ record }: { record?: AnyRecord }) {
  const { t } = useTranslation('records');
  const display = useDisplayNames();
  const editor = useRecordEditor({
    segment: 'sources',
    record,
    initial: { ...sourceDefaults, kind: 'report', title: '', sensitivity: 'internal' } as Draft,
    toDraft: editableDraft,
    createSchema: createSourceSchema,
    updateSchema: updateSourceSchema,
  });
  const { draft, set, errors } = editor;
  const label = (field: string) => t(`field.${field}`);
  const text = (field: string) => ({
    label: label(field),
    value: (draft[field] as string | null) ?? '',
    error: errors[field],
    onChange: (event: { currentTarget: { value: string } }) => set(field, event.currentTarget.value || null),
  });
  return (
    <EditorShell
      title={record ? t('form.editTitle', { name: draft.title as string }) : t('form.newTitle.sources')}
      editor={editor}
      cancelTo={record ? `/sources/${record.id}` : '/sources'}
      labelOf={label}
    >
      <TextInput {...text('title')} required onChange={(e) => set('title', e.currentTarget.value)} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={label('kind')}
          data={sourceKindSchema.options.map((k) => ({ value: k, label: t(`vocabulary:kind.${k}`) }))}
          value={draft.kind as string}
          allowDeselect={false}
          onChange={(k) => set('kind', k)}
        />
        <Select
          label={label('reliability')}
          data={reliabilitySchema.options.map((r) => ({ value: r, label: t(`vocabulary:reliability.${r}`) }))}
          value={draft.reliability as string}
          allowDeselect={false}
          onChange={(r) => set('reliability', r)}
        />
        <TextInput {...text('author')} />
        <PartialDateInput
          label={label('publishedOn')}
          value={draft.publishedOn as string | null}
          onChange={(v) => set('publishedOn', v)}
          error={errors.publishedOn}
        />
        <TextInput {...text('url')} type="url" />
        <Select
          label={label('language')}
          data={CONTENT_LANGUAGES.map((code) => ({ value: code, label: display.language(code) }))}
          value={(draft.language as string | null) ?? null}
          clearable
          onChange={(l) => set('language', l)}
        />
      </SimpleGrid>
      <Textarea {...text('notes')} autosize minRows={2} />
      <MetaFields segment="sources" editor={editor} />
    </EditorShell>
  );
}
