import { Button, Fieldset, Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../shared/validation.ts';

export interface ContactRow {
  kind: 'phone' | 'email' | 'address' | 'messenger' | 'other';
  value: string;
  note: string | null;
}

const KINDS = ['phone', 'email', 'address', 'messenger', 'other'] as const;

/** How to reach a person, one row per contact; confidential by default, as the badge beside it says. */
export function ContactsInput({
  legend,
  value,
  onChange,
  errors,
}: {
  legend: string;
  value: ContactRow[];
  onChange: (contacts: ContactRow[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation('records');
  const update = (index: number, patch: Partial<ContactRow>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Fieldset legend={legend}>
      <Stack gap="xs">
        {value.map((row, index) => {
          const number = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no ids and are edited in place
            <Group key={index} align="flex-start" gap="xs" wrap="wrap">
              <Select
                label={t('contacts.kindN', { number })}
                data={KINDS.map((kind) => ({ value: kind, label: t(`vocabulary:contactKind.${kind}`) }))}
                value={row.kind}
                allowDeselect={false}
                onChange={(kind) => update(index, { kind: (kind ?? 'other') as ContactRow['kind'] })}
                w={160}
              />
              <TextInput
                label={t('contacts.valueN', { number })}
                value={row.value}
                error={errors[`contacts.${index}.value`]}
                onChange={(event) => update(index, { value: event.currentTarget.value })}
                style={{ flex: '2 1 200px' }}
              />
              <TextInput
                label={t('contacts.noteN', { number })}
                value={row.note ?? ''}
                onChange={(event) => update(index, { note: event.currentTarget.value || null })}
                style={{ flex: '1 1 160px' }}
              />
              <Button
                variant="subtle"
                color="red"
                mt={24}
                aria-label={t('contacts.removeN', { number })}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                {t('form.remove')}
              </Button>
            </Group>
          );
        })}
        <Group>
          <Button
            variant="light"
            onClick={() => onChange([...value, { kind: 'phone', value: '', note: null }])}
          >
            {t('contacts.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
