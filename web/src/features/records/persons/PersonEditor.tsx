import { Group, MultiSelect, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  consentBasisSchema,
  createPersonSchema,
  genderSchema,
  occupationSchema,
  personDefaults,
  updatePersonSchema,
} from '../../../../../src/modules/persons/person.schema.ts';
import { SensitivityBadge } from '../../../ui/SensitivityBadge.tsx';
import { EditorShell } from '../editor/EditorShell.tsx';
import { MetaFields } from '../editor/MetaFields.tsx';
import { type Draft, useRecordEditor } from '../editor/useRecordEditor.ts';
import { type ContactRow, ContactsInput } from '../form/ContactsInput.tsx';
import { LocalizedTextInput } from '../form/LocalizedTextInput.tsx';
import { type NameRow, NamesInput } from '../form/NamesInput.tsx';
import { PartialDateInput } from '../form/PartialDateInput.tsx';
import { FIELD_LEVELS } from '../shared/levels.ts';
import { type AnyRecord, META_KEYS, type Sensitivity } from '../shared/types.ts';

const EDITABLE = ['ref', 'sensitivity', 'fieldSensitivity'];

/** The editable values of a stored record: its fields and the meta a user may set. */
export function editableDraft(record: AnyRecord): Draft {
  return Object.fromEntries(
    Object.entries(record).filter(([key]) => !META_KEYS.has(key) || EDITABLE.includes(key)),
  );
}

const NEW_PERSON: Draft = {
  ...personDefaults,
  names: [{ text: '', language: null, kind: 'primary' }],
  sensitivity: 'internal',
  fieldSensitivity: {},
};

/** Creates or edits a person, validated with the API's own person schemas. */
export function PersonEditor({ record }: { record?: AnyRecord }) {
  const { t } = useTranslation('records');
  const editor = useRecordEditor({
    segment: 'persons',
    record,
    initial: NEW_PERSON,
    toDraft: editableDraft,
    createSchema: createPersonSchema,
    updateSchema: updatePersonSchema,
  });
  const { draft, set, errors } = editor;
  // A field the caller may not see has no control: editing it blind would overwrite it.
  const shows = (field: string) => !record?.redacted.includes(field);
  const label = (field: string) => t(`field.${field}`);
  const level = (field: string) => {
    const chosen = (draft.fieldSensitivity as Record<string, string> | undefined)?.[field];
    const effective = (chosen ?? FIELD_LEVELS.persons?.[field]) as Sensitivity | undefined;
    return effective ? <SensitivityBadge level={effective} /> : null;
  };
  const title = record
    ? t('form.editTitle', { name: (draft.names as NameRow[])[0]?.text ?? '' })
    : t('form.newTitle.persons');

  return (
    <EditorShell
      title={title}
      editor={editor}
      cancelTo={record ? `/persons/${record.id}` : '/persons'}
      labelOf={label}
    >
      {shows('names') ? (
        <NamesInput
          legend={label('names')}
          field="names"
          value={draft.names as NameRow[]}
          onChange={(v) => set('names', v)}
          errors={errors}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {shows('gender') ? (
          <Select
            label={label('gender')}
            data={genderSchema.options.map((g) => ({ value: g, label: t(`vocabulary:gender.${g}`) }))}
            value={(draft.gender as string | null) ?? null}
            clearable
            error={errors.gender}
            onChange={(g) => set('gender', g)}
          />
        ) : null}
        {shows('birthDate') ? (
          <Stack gap={2}>
            <PartialDateInput
              label={label('birthDate')}
              value={draft.birthDate as string | null}
              onChange={(v) => set('birthDate', v)}
              error={errors.birthDate}
            />
            <Group gap={4}>{level('birthDate')}</Group>
          </Stack>
        ) : null}
        {shows('occupations') ? (
          <MultiSelect
            label={label('occupations')}
            data={occupationSchema.options.map((o) => ({ value: o, label: t(`vocabulary:occupation.${o}`) }))}
            value={draft.occupations as string[]}
            error={errors.occupations}
            onChange={(v) => set('occupations', v)}
            searchable
          />
        ) : null}
        {shows('consentBasis') ? (
          <Select
            label={label('consentBasis')}
            description={t('form.consentHelp')}
            data={consentBasisSchema.options.map((c) => ({
              value: c,
              label: t(`vocabulary:consentBasis.${c}`),
            }))}
            value={draft.consentBasis as string}
            allowDeselect={false}
            error={errors.consentBasis}
            onChange={(c) => set('consentBasis', c ?? 'none')}
          />
        ) : null}
      </SimpleGrid>
      {shows('biography') ? (
        <LocalizedTextInput
          label={label('biography')}
          value={draft.biography as Record<string, string> | null}
          onChange={(v) => set('biography', v)}
          error={errors.biography}
        />
      ) : null}
      {shows('contacts') ? (
        <Stack gap={4}>
          <Group gap={4}>{level('contacts')}</Group>
          <ContactsInput
            legend={label('contacts')}
            value={draft.contacts as ContactRow[]}
            onChange={(v) => set('contacts', v)}
            errors={errors}
          />
        </Stack>
      ) : null}
      {shows('whereabouts') ? (
        <Stack gap={4}>
          <Group gap={4}>{level('whereabouts')}</Group>
          <Textarea
            label={label('whereabouts')}
            autosize
            minRows={2}
            value={(draft.whereabouts as string | null) ?? ''}
            error={errors.whereabouts}
            onChange={(event) => set('whereabouts', event.currentTarget.value || null)}
          />
        </Stack>
      ) : null}
      {shows('notes') ? (
        <Textarea
          label={label('notes')}
          autosize
          minRows={2}
          value={(draft.notes as string | null) ?? ''}
          error={errors.notes}
          onChange={(event) => set('notes', event.currentTarget.value || null)}
        />
      ) : null}
      <MetaFields segment="persons" editor={editor} />
    </EditorShell>
  );
}
