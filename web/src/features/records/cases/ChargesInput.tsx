import { Button, Fieldset, Group, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RecordSelect } from '../form/RecordSelect.tsx';
import { SourceSelect } from '../form/SourceSelect.tsx';
import type { Case } from '../shared/types.ts';
import type { FieldErrors } from '../shared/validation.ts';

type Charge = Omit<Case['charges'][number], 'id' | 'locator'> & { id?: string; locator?: string | undefined };

/** The articles the victim is charged under, each with its law and its source. */
export function ChargesInput({
  legend,
  value,
  onChange,
  errors,
}: {
  legend: string;
  value: Charge[];
  onChange: (charges: Charge[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation('records');
  const update = (index: number, patch: Partial<Charge>) =>
    onChange(value.map((charge, i) => (i === index ? { ...charge, ...patch } : charge)));
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        {value.map((charge, index) => {
          const number = index + 1;
          return (
            <Paper key={charge.id ?? `new-${index}`} withBorder p="sm" radius="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('charges.articleN', { number })}
                  required
                  value={charge.article}
                  error={errors[`charges.${index}.article`]}
                  onChange={(e) => update(index, { article: e.currentTarget.value })}
                />
                <RecordSelect
                  segment="legal-instruments"
                  label={t('charges.instrumentN', { number })}
                  value={charge.instrumentId}
                  onChange={(instrumentId) => update(index, { instrumentId })}
                />
                <TextInput
                  label={t('charges.descriptionN', { number })}
                  value={charge.description ?? ''}
                  onChange={(e) => update(index, { description: e.currentTarget.value || null })}
                />
                <SourceSelect
                  label={t('charges.sourceN', { number })}
                  value={charge.sourceId}
                  onChange={(sourceId) => update(index, { sourceId })}
                />
              </SimpleGrid>
              <Group justify="flex-end" mt="xs">
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  aria-label={t('charges.removeN', { number })}
                  onClick={() => onChange(value.filter((_, i) => i !== index))}
                >
                  {t('form.remove')}
                </Button>
              </Group>
            </Paper>
          );
        })}
        <Group>
          <Button
            variant="light"
            onClick={() =>
              onChange([...value, { instrumentId: null, article: '', description: null, sourceId: null }])
            }
          >
            {t('charges.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
