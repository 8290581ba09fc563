import { Button, Fieldset, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isPartialDate } from '../../../../../src/core/partial-date.ts';
import { deriveCustody, statusOn } from '../../../../../src/modules/cases/custody.ts';
import type { FieldErrors } from '../shared/validation.ts';
import { DerivedView } from './caseValues.tsx';
import { StepInput } from './StepInput.tsx';
import { newStep, type StepDraft } from './stepDraft.ts';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The timeline as a list of dated steps, with the status and custody they imply shown live beside
 * it — the same derivation the server runs on save, so nobody types a status.
 */
export function TimelineInput({
  value,
  onChange,
  errors,
  legend,
}: {
  value: StepDraft[];
  onChange: (steps: StepDraft[]) => void;
  errors: FieldErrors;
  legend: string;
}) {
  const { t } = useTranslation('records');
  // Steps still being typed (a half-written date) are left out of the preview until they parse.
  const complete = value.filter(
    (step) => step.date.length > 0 && step.date.every((claim) => isPartialDate(claim.value)),
  );
  const derived = { status: statusOn(complete, today()), custody: deriveCustody(complete).intervals };
  const replace = (index: number, step: StepDraft) => onChange(value.map((s, i) => (i === index ? step : s)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    onChange(next);
  };
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
          <DerivedView derived={derived} preview />
        </Paper>
        {value.length === 0 ? <Text c="dimmed">{t('timeline.empty')}</Text> : null}
        {value.map((step, index) => (
          <StepInput
            key={step.id ?? `new-${index}`}
            step={step}
            index={index}
            count={value.length}
            errors={errors}
            onChange={(next) => replace(index, next)}
            onMove={(by) => move(index, by)}
            onRemove={() => onChange(value.filter((_, i) => i !== index))}
          />
        ))}
        <Group>
          <Button variant="light" onClick={() => onChange([...value, newStep()])}>
            {t('timeline.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
