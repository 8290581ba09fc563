import { Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { detectScript } from '../../../../../src/core/scripts.ts';
import type { FieldErrors } from '../shared/validation.ts';
import { CONTENT_LANGUAGES, SCRIPTS, useDisplayNames } from './languages.ts';

export interface NameRow {
  text: string;
  script?: string | undefined;
  language: string | null;
  kind: 'primary' | 'alias' | 'former';
}

const KINDS = ['primary', 'alias', 'former'] as const;

/**
 * Names in several scripts: one row each with its text, script (detected from the letters unless
 * chosen), language and kind. At least one must be primary — the schema says so, this only helps.
 */
export function NamesInput({
  legend,
  field,
  value,
  onChange,
  errors,
}: {
  legend: string;
  field: string;
  value: NameRow[];
  onChange: (names: NameRow[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation('records');
  const display = useDisplayNames();
  const update = (index: number, patch: Partial<NameRow>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const listError = errors[field];
  return (
    <Fieldset legend={legend} data-testid={`${field}-input`}>
      <Stack gap="sm">
        {value.map((row, index) => {
          const at = `${field}.${index}`;
          const detected = row.text.trim() ? detectScript(row.text) : null;
          const number = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; a name's text is its only identity
            <Group key={index} align="flex-start" gap="xs" wrap="wrap" data-testid="name-row">
              <TextInput
                label={t('names.textN', { number })}
                value={row.text}
                required
                error={errors[`${at}.text`]}
                onChange={(event) => update(index, { text: event.currentTarget.value })}
                style={{ flex: '2 1 220px' }}
              />
              <Select
                label={t('names.scriptN', { number })}
                data={[
                  {
                    value: '',
                    label: detected
                      ? t('names.detected', { script: display.script(detected) })
                      : t('names.auto'),
                  },
                  ...SCRIPTS.map((code) => ({ value: code, label: display.script(code) })),
                ]}
                value={row.script ?? ''}
                allowDeselect={false}
                error={errors[`${at}.script`]}
                onChange={(script) => update(index, { script: script || undefined })}
                style={{ flex: '1 1 150px' }}
              />
              <Select
                label={t('names.languageN', { number })}
                data={CONTENT_LANGUAGES.map((code) => ({ value: code, label: display.language(code) }))}
                value={row.language}
                clearable
                placeholder={t('names.languageUnknown')}
                error={errors[`${at}.language`]}
                onChange={(language) => update(index, { language })}
                style={{ flex: '1 1 150px' }}
              />
              <Select
                label={t('names.kindN', { number })}
                data={KINDS.map((kind) => ({ value: kind, label: t(`vocabulary:nameKind.${kind}`) }))}
                value={row.kind}
                allowDeselect={false}
                onChange={(kind) => update(index, { kind: (kind ?? 'alias') as NameRow['kind'] })}
                style={{ flex: '1 1 130px' }}
              />
              <Button
                variant="subtle"
                color="red"
                mt={24}
                disabled={value.length === 1}
                aria-label={t('names.removeN', { number })}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                {t('form.remove')}
              </Button>
            </Group>
          );
        })}
        {listError ? (
          <Text c="red.9" size="sm" role="alert">
            {listError}
          </Text>
        ) : null}
        <Group>
          <Button
            variant="light"
            onClick={() =>
              onChange([...value, { text: '', language: null, kind: value.length ? 'alias' : 'primary' }])
            }
          >
            {t('names.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
