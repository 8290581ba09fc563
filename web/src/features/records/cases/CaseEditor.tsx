import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  caseDefaults,
  caseTypeSchema,
  createCaseSchema,
  updateCaseSchema,
} from '../../../../../src/modules/cases/case.schema.ts';
import { EditorShell } from '../editor/EditorShell.tsx';
import { MetaFields } from '../editor/MetaFields.tsx';
import { type Draft, useRecordEditor } from '../editor/useRecordEditor.ts';
import { LocalizedTextInput } from '../form/LocalizedTextInput.tsx';
import { RecordSelect } from '../form/RecordSelect.tsx';
import { editableDraft } from '../persons/PersonEditor.tsx';
import type { AnyRecord } from '../shared/types.ts';
import { ChargesInput } from './ChargesInput.tsx';
import { CASE_ITEM_SPECS } from './caseItemSpecs.ts';
import { ItemsInput } from './ItemsInput.tsx';
import type { StepDraft } from './stepDraft.ts';
import { TimelineInput } from './TimelineInput.tsx';

/** Creates or edits a case; the timeline is a list of steps and the status is derived from it. */
export function CaseEditor({ record }: { record?: AnyRecord }) {
  const { t } = useTranslation('records');
  const [search] = useSearchParams();
  const editor = useRecordEditor({
    segment: 'cases',
    record,
    // `?victim=<id>` starts a case from a person's page.
    initial: {
      ...caseDefaults,
      victimId: search.get('victim') ?? '',
      caseType: 'arbitrary-detention',
      sensitivity: 'internal',
      fieldSensitivity: {},
    } as Draft,
    toDraft: editableDraft,
    createSchema: createCaseSchema,
    updateSchema: updateCaseSchema,
  });
  const { draft, set, errors } = editor;
  const shows = (field: string) => !record?.redacted.includes(field);
  const label = (field: string) => t(`field.${field}`);
  const title = record
    ? t('form.editTitle', { name: (draft.title as string | null) ?? t('type.cases') })
    : t('form.newTitle.cases');

  return (
    <EditorShell
      title={title}
      editor={editor}
      cancelTo={record ? `/cases/${record.id}` : '/cases'}
      labelOf={label}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {shows('victimId') ? (
          <RecordSelect
            segment="persons"
            label={label('victimId')}
            value={(draft.victimId as string) || null}
            required
            error={errors.victimId}
            onChange={(id) => set('victimId', id ?? '')}
          />
        ) : null}
        {shows('caseType') ? (
          <Select
            label={label('caseType')}
            data={caseTypeSchema.options.map((c) => ({ value: c, label: t(`vocabulary:caseType.${c}`) }))}
            value={draft.caseType as string}
            allowDeselect={false}
            required
            error={errors.caseType}
            onChange={(c) => set('caseType', c)}
          />
        ) : null}
        {shows('title') ? (
          <TextInput
            label={label('title')}
            value={(draft.title as string | null) ?? ''}
            error={errors.title}
            onChange={(e) => set('title', e.currentTarget.value || null)}
          />
        ) : null}
        {shows('country') ? (
          <TextInput
            label={label('country')}
            description={t('form.countryHelp')}
            value={(draft.country as string | null) ?? ''}
            maxLength={2}
            error={errors.country}
            onChange={(e) => set('country', e.currentTarget.value.toUpperCase() || null)}
          />
        ) : null}
        {shows('eventId') ? (
          <RecordSelect
            segment="events"
            label={label('eventId')}
            value={(draft.eventId as string | null) ?? null}
            error={errors.eventId}
            onChange={(id) => set('eventId', id)}
          />
        ) : null}
      </SimpleGrid>
      {shows('summary') ? (
        <LocalizedTextInput
          label={label('summary')}
          value={draft.summary as Record<string, string> | null}
          onChange={(v) => set('summary', v)}
          error={errors.summary}
        />
      ) : null}
      {shows('timeline') ? (
        <TimelineInput
          legend={label('timeline')}
          value={draft.timeline as StepDraft[]}
          onChange={(v) => set('timeline', v)}
          errors={errors}
        />
      ) : null}
      {shows('charges') ? (
        <ChargesInput
          legend={label('charges')}
          value={draft.charges as Parameters<typeof ChargesInput>[0]['value']}
          onChange={(v) => set('charges', v)}
          errors={errors}
        />
      ) : null}
      {(['perpetrators', 'assessments', 'unDecisions', 'witnesses'] as const)
        .filter((field) => shows(field))
        .map((field) => {
          const spec = CASE_ITEM_SPECS[field];
          if (!spec) return null;
          return (
            <ItemsInput
              key={field}
              field={field}
              legend={label(field)}
              itemLabel={(number) => t(`items.${field}`, { number })}
              addLabel={t(`items.add.${field}`)}
              fields={spec.fields}
              blank={spec.blank}
              value={(draft[field] as Record<string, unknown>[] | null) ?? []}
              onChange={(v) => set(field, v)}
              errors={errors}
            />
          );
        })}
      <MetaFields segment="cases" editor={editor} />
    </EditorShell>
  );
}
