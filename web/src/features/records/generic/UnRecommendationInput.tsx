import { Checkbox, Fieldset, Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  recommendationResponseSchema,
  unMechanismSchema,
} from '../../../../../src/modules/commitments/commitment.schema.ts';
import type { FieldErrors } from '../shared/validation.ts';

interface UnRecommendation {
  mechanism: string;
  cycle: string | null;
  recommendingStates: string[];
  response: string | null;
  isAlreadyImplemented: boolean;
}

/**
 * A UN recommendation's mechanism, review cycle, the states that made it and the state's response.
 * Only a commitment of the kind "UN recommendation" has one; for any other kind there is nothing to show.
 */
export function UnRecommendationInput({
  field,
  legend,
  value,
  onChange,
  errors,
}: {
  field: string;
  legend: string;
  value: UnRecommendation | null;
  onChange: (value: UnRecommendation) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation('records');
  if (!value) return null;
  const set = (patch: Partial<UnRecommendation>) => onChange({ ...value, ...patch });
  const at = (key: string) => errors[`${field}.${key}`];
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('field.mechanism')}
          data={unMechanismSchema.options.map((m) => ({ value: m, label: t(`vocabulary:unMechanism.${m}`) }))}
          value={value.mechanism}
          allowDeselect={false}
          required
          error={at('mechanism')}
          onChange={(mechanism) => mechanism && set({ mechanism })}
        />
        <TextInput
          label={t('field.cycle')}
          description={t('form.cycleHelp')}
          value={value.cycle ?? ''}
          error={at('cycle')}
          onChange={(event) => set({ cycle: event.currentTarget.value || null })}
        />
        <TagsInput
          label={t('field.recommendingStates')}
          description={t('form.wordsHelp')}
          value={value.recommendingStates}
          error={at('recommendingStates')}
          onChange={(recommendingStates) => set({ recommendingStates })}
        />
        <Select
          label={t('field.response')}
          placeholder={t('form.noResponseYet')}
          data={recommendationResponseSchema.options.map((r) => ({
            value: r,
            label: t(`vocabulary:recommendationResponse.${r}`),
          }))}
          value={value.response}
          clearable
          error={at('response')}
          onChange={(response) => set({ response })}
        />
        <Checkbox
          label={t('field.isAlreadyImplemented')}
          checked={value.isAlreadyImplemented}
          onChange={(event) => set({ isAlreadyImplemented: event.currentTarget.checked })}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
