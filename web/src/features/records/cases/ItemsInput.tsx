import {
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PartialDateInput } from '../form/PartialDateInput.tsx';
import { RecordSelect } from '../form/RecordSelect.tsx';
import { SourceSelect } from '../form/SourceSelect.tsx';
import type { RecordSegment } from '../shared/types.ts';
import type { FieldErrors } from '../shared/validation.ts';

type Item = Record<string, unknown>;

/** One member of a list item and how it is edited. */
export type ItemField =
  | {
      key: string;
      /** `day` is a whole day (YYYY-MM-DD); `localized` is text by language, edited in one of them. */
      kind: 'text' | 'textarea' | 'date' | 'day' | 'source' | 'number' | 'localized';
      required?: boolean;
    }
  | { key: string; kind: 'enum'; group: string | null; options: readonly string[] }
  | { key: string; kind: 'multi'; options: readonly string[]; emptyMeans?: string }
  | { key: string; kind: 'record'; segment: RecordSegment };

/**
 * A list of items inside a case (perpetrators, assessments, UN decisions, witnesses), each a small
 * form of its own fields; ids and members this form does not show are kept as they were.
 */
export function ItemsInput({
  field,
  legend,
  itemLabel,
  addLabel,
  fields,
  blank,
  value,
  onChange,
  errors,
}: {
  field: string;
  legend: string;
  /** "Perpetrator {{number}}", for each control's label. */
  itemLabel: (number: number) => string;
  addLabel: string;
  fields: readonly ItemField[];
  blank: Item;
  value: Item[];
  onChange: (items: Item[]) => void;
  errors: FieldErrors;
}) {
  const { t, i18n } = useTranslation('records');
  const update = (index: number, patch: Item) =>
    onChange(value.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        {value.map((item, index) => {
          const owner = itemLabel(index + 1);
          const label = (key: string) => `${t(`field.${key}`)} (${owner})`;
          const at = (key: string) => errors[`${field}.${index}.${key}`];
          return (
            <Paper key={typeof item.id === 'string' ? item.id : `new-${index}`} withBorder p="sm" radius="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {fields.map((spec) => {
                  const current = item[spec.key];
                  switch (spec.kind) {
                    case 'date':
                      return (
                        <PartialDateInput
                          key={spec.key}
                          label={label(spec.key)}
                          value={(current as string | null) ?? null}
                          required={spec.required ?? false}
                          error={at(spec.key)}
                          onChange={(v) => update(index, { [spec.key]: v ?? (spec.required ? '' : null) })}
                        />
                      );
                    case 'day':
                      return (
                        <TextInput
                          key={spec.key}
                          type="date"
                          label={label(spec.key)}
                          required={spec.required ?? false}
                          value={(current as string | null) ?? ''}
                          error={at(spec.key)}
                          onChange={(e) => update(index, { [spec.key]: e.currentTarget.value || null })}
                        />
                      );
                    case 'localized': {
                      // The text in the language it was first written in (the interface language for a
                      // new one); its other languages are kept as they are.
                      const text = (current ?? {}) as Record<string, string>;
                      const language = Object.keys(text)[0] ?? i18n.language;
                      return (
                        <Textarea
                          key={spec.key}
                          label={label(spec.key)}
                          autosize
                          minRows={1}
                          required={spec.required ?? false}
                          value={text[language] ?? ''}
                          error={at(spec.key) ?? at(`${spec.key}.${language}`)}
                          onChange={(e) =>
                            update(index, { [spec.key]: { ...text, [language]: e.currentTarget.value } })
                          }
                        />
                      );
                    }
                    case 'number':
                      return (
                        <NumberInput
                          key={spec.key}
                          label={label(spec.key)}
                          min={0}
                          value={typeof current === 'number' ? current : ''}
                          error={at(spec.key)}
                          onChange={(v) => update(index, { [spec.key]: typeof v === 'number' ? v : null })}
                        />
                      );
                    case 'source':
                      return (
                        <SourceSelect
                          key={spec.key}
                          label={label(spec.key)}
                          value={(current as string | null) ?? null}
                          onChange={(v) => update(index, { [spec.key]: v })}
                        />
                      );
                    case 'record':
                      return (
                        <RecordSelect
                          key={spec.key}
                          segment={spec.segment}
                          label={label(spec.key)}
                          value={(current as string | null) ?? null}
                          error={at(spec.key)}
                          onChange={(v) => update(index, { [spec.key]: v })}
                        />
                      );
                    case 'enum':
                      return (
                        <Select
                          key={spec.key}
                          label={label(spec.key)}
                          data={spec.options.map((o) => ({
                            value: o,
                            label: spec.group ? t(`vocabulary:${spec.group}.${o}`) : o,
                          }))}
                          value={current as string}
                          allowDeselect={false}
                          error={at(spec.key)}
                          onChange={(v) => update(index, { [spec.key]: v })}
                        />
                      );
                    case 'multi':
                      return (
                        <MultiSelect
                          key={spec.key}
                          label={label(spec.key)}
                          data={[...spec.options]}
                          value={Array.isArray(current) ? (current as string[]) : []}
                          error={at(spec.key)}
                          // An empty choice is stored as what it means ("not stated"), as the schema asks.
                          onChange={(v) =>
                            update(index, { [spec.key]: v.length || !spec.emptyMeans ? v : spec.emptyMeans })
                          }
                        />
                      );
                    case 'textarea':
                      return (
                        <Textarea
                          key={spec.key}
                          label={label(spec.key)}
                          autosize
                          minRows={1}
                          value={(current as string | null) ?? ''}
                          error={at(spec.key)}
                          onChange={(e) => update(index, { [spec.key]: e.currentTarget.value || null })}
                        />
                      );
                    default:
                      return (
                        <TextInput
                          key={spec.key}
                          label={label(spec.key)}
                          required={spec.required ?? false}
                          value={(current as string | null) ?? ''}
                          error={at(spec.key)}
                          onChange={(e) =>
                            update(index, {
                              [spec.key]: e.currentTarget.value || (spec.required ? '' : null),
                            })
                          }
                        />
                      );
                  }
                })}
              </SimpleGrid>
              <Group justify="flex-end" mt="xs">
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  aria-label={t('items.remove', { item: owner })}
                  onClick={() => onChange(value.filter((_, i) => i !== index))}
                >
                  {t('form.remove')}
                </Button>
              </Group>
            </Paper>
          );
        })}
        <Group>
          <Button variant="light" onClick={() => onChange([...value, { ...blank }])}>
            {addLabel}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
