import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sentenceCustodySchema, stepKindSchema } from '../../../../../src/modules/cases/timeline.schema.ts';
import { PartialDateInput } from '../form/PartialDateInput.tsx';
import { SourceSelect } from '../form/SourceSelect.tsx';
import type { FieldErrors } from '../shared/validation.ts';
import type { SentenceClaim, StepDraft } from './stepDraft.ts';

const APPEAL_OUTCOMES = ['upheld', 'reduced', 'increased', 'overturned', 'sent-back'] as const;

/**
 * One dated step of a timeline. Its date is a list of claims: sources that disagree ("29 or 30
 * January") each add one, and one may be preferred. Sentence and appeal steps take the sentence.
 */
export function StepInput({
  step,
  index,
  count,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  step: StepDraft;
  index: number;
  count: number;
  errors: FieldErrors;
  onChange: (step: StepDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('records');
  const number = index + 1;
  const at = `timeline.${index}`;
  const set = (patch: Partial<StepDraft>) => onChange({ ...step, ...patch });
  const dates = step.date;
  const setDate = (i: number, patch: Partial<StepDraft['date'][number]>) =>
    set({ date: dates.map((claim, j) => (j === i ? { ...claim, ...patch } : claim)) });
  const sentences = step.sentence ?? [];
  const setSentence = (i: number, patch: Partial<SentenceClaim['value']>) =>
    set({
      sentence: sentences.map((claim, j) =>
        j === i ? { ...claim, value: { ...claim.value, ...patch } } : claim,
      ),
    });
  const takesSentence = step.kind === 'sentence' || step.kind === 'appeal';

  return (
    <Paper withBorder p="sm" radius="sm" data-testid="timeline-step">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={700}>{t('timeline.stepN', { number })}</Text>
          <Group gap={4}>
            <Button
              size="xs"
              variant="subtle"
              disabled={index === 0}
              onClick={() => onMove(-1)}
              aria-label={t('timeline.moveUp', { number })}
            >
              ↑
            </Button>
            <Button
              size="xs"
              variant="subtle"
              disabled={index === count - 1}
              onClick={() => onMove(1)}
              aria-label={t('timeline.moveDown', { number })}
            >
              ↓
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={onRemove}
              aria-label={t('timeline.removeN', { number })}
            >
              {t('form.remove')}
            </Button>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('timeline.kindN', { number })}
            data={stepKindSchema.options.map((kind) => ({
              value: kind,
              label: t(`vocabulary:stepKind.${kind}`),
            }))}
            value={step.kind}
            allowDeselect={false}
            error={errors[`${at}.kind`]}
            onChange={(kind) => set({ kind: (kind ?? 'other') as StepDraft['kind'] })}
          />
          <TextInput
            label={t('timeline.placeN', { number })}
            value={step.place ?? ''}
            onChange={(e) => set({ place: e.currentTarget.value || null })}
          />
        </SimpleGrid>
        {dates.map((claim, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: date claims have no ids and are edited in place
          <Group key={i} align="flex-start" gap="xs" wrap="wrap">
            <div style={{ flex: '1 1 200px' }}>
              <PartialDateInput
                label={
                  dates.length > 1
                    ? t('timeline.dateClaimN', { number, claim: i + 1 })
                    : t('timeline.dateN', { number })
                }
                value={claim.value || null}
                required
                error={errors[`${at}.date.${i}.value`] ?? (i === 0 ? errors[`${at}.date`] : undefined)}
                onChange={(value) => setDate(i, { value: value ?? '' })}
              />
            </div>
            {dates.length > 1 ? (
              <>
                <div style={{ flex: '1 1 200px' }}>
                  <SourceSelect
                    label={t('timeline.dateSourceN', { claim: i + 1 })}
                    value={claim.sourceId}
                    onChange={(sourceId) => setDate(i, { sourceId })}
                  />
                </div>
                <Checkbox
                  mt={30}
                  label={t('claims.preferred')}
                  checked={claim.isPreferred}
                  onChange={(e) =>
                    set({
                      date: dates.map((c, j) => ({
                        ...c,
                        isPreferred: j === i ? e.currentTarget.checked : false,
                      })),
                    })
                  }
                />
                <Button
                  mt={24}
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => set({ date: dates.filter((_, j) => j !== i) })}
                >
                  {t('form.remove')}
                </Button>
              </>
            ) : null}
          </Group>
        ))}
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() => set({ date: [...dates, { value: '', sourceId: null, isPreferred: false }] })}
          >
            {t('timeline.addDate')}
          </Button>
        </Group>
        {step.kind === 'administrative-detention' ? (
          <NumberInput
            label={t('timeline.durationN', { number })}
            min={1}
            max={366}
            value={step.durationDays ?? ''}
            error={errors[`${at}.durationDays`]}
            onChange={(value) => set({ durationDays: typeof value === 'number' ? value : null })}
            w={220}
          />
        ) : null}
        {takesSentence
          ? sentences.map((claim, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: sentence claims have no ids
              <SimpleGrid key={i} cols={{ base: 1, sm: 3 }}>
                <Select
                  label={t('timeline.sentenceCustodyN', { claim: i + 1 })}
                  data={sentenceCustodySchema.options.map((c) => ({
                    value: c,
                    label: t(`vocabulary:sentenceCustody.${c}`),
                  }))}
                  value={claim.value.custody}
                  allowDeselect={false}
                  onChange={(custody) =>
                    setSentence(i, { custody: (custody ?? 'none') as SentenceClaim['value']['custody'] })
                  }
                />
                <NumberInput
                  label={t('timeline.termMonthsN', { claim: i + 1 })}
                  min={0}
                  max={1200}
                  value={claim.value.termMonths ?? ''}
                  error={errors[`${at}.sentence.${i}.value.termMonths`]}
                  onChange={(value) =>
                    setSentence(i, { termMonths: typeof value === 'number' ? value : null })
                  }
                />
                <SourceSelect
                  label={t('timeline.sentenceSourceN', { claim: i + 1 })}
                  value={claim.sourceId}
                  onChange={(sourceId) =>
                    set({ sentence: sentences.map((c, j) => (j === i ? { ...c, sourceId } : c)) })
                  }
                />
              </SimpleGrid>
            ))
          : null}
        {takesSentence ? (
          <Group>
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                set({
                  sentence: [
                    ...sentences,
                    {
                      value: { custody: 'imprisonment', termMonths: null, fines: [], bans: [], text: null },
                      sourceId: null,
                      isPreferred: false,
                    },
                  ],
                })
              }
            >
              {sentences.length ? t('timeline.addSentenceClaim') : t('timeline.addSentence')}
            </Button>
          </Group>
        ) : null}
        {step.kind === 'appeal' ? (
          <Select
            label={t('timeline.appealOutcomeN', { number })}
            data={APPEAL_OUTCOMES.map((o) => ({ value: o, label: t(`vocabulary:appealOutcome.${o}`) }))}
            value={step.appealOutcome}
            clearable
            onChange={(o) => set({ appealOutcome: o as StepDraft['appealOutcome'] })}
          />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <SourceSelect
            label={t('timeline.sourceN', { number })}
            value={step.sourceId}
            onChange={(sourceId) => set({ sourceId })}
            error={errors[`${at}.sourceId`]}
          />
          <TextInput
            label={t('timeline.locatorN', { number })}
            value={step.locator ?? ''}
            onChange={(e) => set({ locator: e.currentTarget.value || undefined })}
          />
        </SimpleGrid>
        <Textarea
          label={t('timeline.noteN', { number })}
          autosize
          minRows={1}
          value={step.note ?? ''}
          onChange={(e) => set({ note: e.currentTarget.value || null })}
        />
      </Stack>
    </Paper>
  );
}
