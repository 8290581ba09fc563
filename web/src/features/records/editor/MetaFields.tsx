import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SensitivitySelect } from '../form/SensitivitySelect.tsx';
import { FIELD_LEVELS } from '../shared/levels.ts';
import type { RecordSegment, Sensitivity } from '../shared/types.ts';
import type { RecordEditor } from './useRecordEditor.ts';

/**
 * Who may see the record and each of its identifying fields, and its external reference. A field
 * left at "default" keeps the level its type gives it (contacts confidential, whereabouts secret…).
 */
export function MetaFields({ segment, editor }: { segment: RecordSegment; editor: RecordEditor }) {
  const { t } = useTranslation('records');
  const levels = FIELD_LEVELS[segment] ?? {};
  const overrides = (editor.draft.fieldSensitivity ?? {}) as Record<string, Sensitivity>;
  const sensitivity = (editor.draft.sensitivity ?? 'internal') as Sensitivity;
  return (
    <Fieldset legend={t('sharing.sensitivity')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SensitivitySelect
          label={t('sharing.recordLevel')}
          value={sensitivity}
          onChange={(level) => editor.set('sensitivity', level ?? 'internal')}
        />
        <TextInput
          label={t('field.ref')}
          description={t('form.refHelp')}
          value={(editor.draft.ref as string | null) ?? ''}
          error={editor.errors.ref}
          onChange={(event) => editor.set('ref', event.currentTarget.value.trim() || null)}
        />
        {Object.entries(levels).map(([field, level]) => (
          <SensitivitySelect
            key={field}
            label={t('sharing.fieldLevel', { field: t(`field.${field}`) })}
            value={overrides[field] ?? null}
            defaultLevel={level}
            onChange={(next) => {
              const { [field]: _dropped, ...rest } = overrides;
              editor.set('fieldSensitivity', next ? { ...rest, [field]: next } : rest);
            }}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
}
